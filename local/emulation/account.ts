/**
 * One emulated Google account with one bound spreadsheet: its script (dist/Code.js), forms,
 * triggers, mail, properties, caches and locks, and running the script's functions as executions.
 * Workspace (workspace.ts) adds the clock, respondents and staff at the sheet.
 */
import crypto from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type FormData, type FormHost, type ResponseData, writeResponseRow } from "./forms/formData";
import { FormAppSvc } from "./forms/forms";
import { rng } from "./random";
import { Execution, type ExecutionKind, type ExecutionRecord, Realm } from "./runtime";
import { type Mail, MailAppSvc, type MailHost } from "./services/mail";
import { ConsoleSvc, LoggerSvc, SessionSvc, UtilitiesSvc } from "./services/services";
import {
  type CacheEntry,
  CacheServiceSvc,
  type LockHost,
  LockServiceSvc,
  PropertiesServiceSvc,
} from "./services/store";
import { type Schedule, ScriptAppSvc, type TriggerData, type TriggerHost } from "./services/triggers";
import { ChartsSvc } from "./sheets/charts";
import { BookData, type SheetData } from "./sheets/data";
import { SheetSvc, SpreadsheetAppSvc } from "./sheets/spreadsheet";
import { type HtmlOutputSvc, HtmlServiceSvc } from "./sheets/ui";
import { partsIn } from "./time";
import { LatencyModel, PLAIN, type Variants } from "./variants";
import type { MenuModel, UiAnswer, UiEvent, World } from "./world";

export interface WorkspaceOptions {
  /** Folder holding Code.js, appsscript.json and any HTML (default: dist/ of this project). */
  distDir?: string;
  /** The script source instead of distDir/Code.js (for tests of the runtime itself). */
  code?: string;
  /** Manifest instead of distDir/appsscript.json. */
  manifest?: { timeZone?: string; oauthScopes?: string[] };
  /** Start of the fake clock (default 2026-03-02 08:00 Asia/Jakarta, a Monday). */
  start?: Date;
  /** The account's language: Google names the responses tab and its timestamp header in it (default id). */
  accountLanguage?: "id" | "en";
  /** The spreadsheet's locale (default en_US, as a new spreadsheet of an English account). */
  locale?: string;
  user?: string;
  spreadsheetName?: string;
  /** Tabs to create before anything runs, each as rows typed by staff (parsed like typed input). */
  tabs?: Record<string, unknown[][]>;
  /** Daily mail recipients per user (100 on a consumer account). */
  mailQuota?: number;
  seed?: number;
  /** Readings of unverified behaviour (local/README.md, "Variants"); the default is the plain one. */
  variants?: Partial<Variants>;
}

export interface Faults {
  /** Fake ms each counted service call takes. */
  latencyMs: number;
  /** Crash the next executions at this call number (each entry is used by one execution). */
  crashAtCall: number[];
  /** Let this call of the next executions take effect, then stop the execution (each entry is used by one). */
  stopAfterCall: number[];
  /** Another process holds the script lock until this instant. */
  lockBusyUntil: number;
  /** Another process holds the document lock until this instant. */
  documentLockBusyUntil: number;
  /** Random submit-event faults for replays: probabilities, drawn from the workspace's seeded generator. */
  events: { doubled: number; blank: number; dropped: number };
  /**
   * Methods that fail with a service error, by "Class.method", for as many calls as the count
   * says (a store that keeps refusing a write, a service outage).
   */
  failing: Record<string, number>;
}

const DEFAULT_START = Date.UTC(2026, 2, 2, 1, 0, 0); // 08:00 WIB, Monday 2 March 2026

const scriptCache = new Map<string, vm.Script>();

export class Account implements World, TriggerHost, FormHost, MailHost, LockHost {
  readonly book: BookData;
  code: string;
  readonly manifest: { timeZone: string; oauthScopes: string[] };
  readonly distDir: string;
  protected clock: number;
  protected current?: Execution;
  protected execCounter = 0;
  protected readonly rand: () => number;
  /** Separate streams, so that a variant's draws never change the ids or events of the plain world. */
  protected readonly timingRand: () => number;
  protected latency: LatencyModel;
  /** When the script lock was last released (overlapping executions wait for it). */
  /** When each lock (script, document, user) was last released: overlapping executions wait for it. */
  protected lockFreeAt = new Map<string, number>();
  readonly variants: Variants;
  user: string;
  language: "id" | "en";
  uiLog: UiEvent[] = [];
  menus: MenuModel[] = [];
  uiAnswers: UiAnswer[] = [];
  executions: ExecutionRecord[] = [];
  triggers: TriggerData[] = [];
  forms: FormData[] = [];
  outbox: Mail[] = [];
  responsesTabCounter = 0;
  holders = new Map<string, number>();
  stores = new Map<string, Map<string, string>>();
  mailQuota: number;
  protected mailUsed = new Map<string, number>();
  readonly faults: Faults = {
    latencyMs: 0,
    crashAtCall: [],
    stopAfterCall: [],
    lockBusyUntil: 0,
    documentLockBusyUntil: 0,
    events: { doubled: 0, blank: 0, dropped: 0 },
    failing: {},
  };
  /** Counts of what the platform did to submit events (for fault replays). */
  readonly eventLog = { normal: 0, doubled: 0, blank: 0, dropped: 0 };

  constructor(opts: WorkspaceOptions = {}) {
    this.distDir = opts.distDir ?? join(__dirname, "..", "..", "dist");
    this.code = opts.code ?? readFileSync(join(this.distDir, "Code.js"), "utf8");
    const manifest = opts.manifest ?? JSON.parse(readFileSync(join(this.distDir, "appsscript.json"), "utf8"));
    this.manifest = {
      timeZone: manifest.timeZone ?? "America/New_York",
      oauthScopes: manifest.oauthScopes ?? [],
    };
    this.clock = (opts.start ?? new Date(DEFAULT_START)).getTime();
    this.user = opts.user ?? "admin@example.org";
    this.language = opts.accountLanguage ?? "id";
    this.mailQuota = opts.mailQuota ?? 100;
    this.rand = rng(opts.seed ?? 20260302);
    this.timingRand = rng((opts.seed ?? 20260302) ^ 0x5eed);
    this.latency = new LatencyModel(rng((opts.seed ?? 20260302) ^ 0x1a7e));
    this.variants = { ...PLAIN, ...opts.variants };
    const id = this.randomId(44);
    this.book = new BookData(
      id,
      opts.spreadsheetName ?? "Survei BerAKHLAK",
      opts.locale ?? "en_US",
      this.variants.spreadsheetTimeZone ?? this.manifest.timeZone,
    );
    this.book.addSheet(this.language === "id" ? "Sheet1" : "Sheet1");
    // Forms follows its questions' columns when staff insert or delete columns in the linked tab;
    // a question whose column was deleted gets a new one at the right.
    this.book.columnListeners.push((sheet, from, delta) => {
      for (const f of this.forms) {
        if (f.destSheetId !== sheet.id) continue;
        const edge = Math.max(sheet.lastCol(), ...f.columns.values()) + delta;
        let extra = 0;
        for (const [key, col] of f.columns) {
          if (col < from) continue;
          if (delta < 0 && col < from - delta) {
            extra++;
            f.columns.set(key, edge + extra);
          } else f.columns.set(key, col + delta);
        }
      }
    });
  }

  // ----- World -----
  now(): number {
    return this.clock;
  }
  advance(ms: number): void {
    this.clock += ms;
  }
  exec(): Execution {
    if (!this.current) throw new Error("no execution is running");
    return this.current;
  }
  accountLanguage(): "id" | "en" {
    return this.language;
  }
  scriptTimeZone(): string {
    return this.manifest.timeZone;
  }
  nextUiAnswer(): UiAnswer | undefined {
    return this.uiAnswers.shift();
  }
  sheetSvc(sheet: SheetData): SheetSvc {
    return new SheetSvc(this, sheet);
  }
  htmlFile(name: string): string | undefined {
    const p = join(this.distDir, name.endsWith(".html") ? name : `${name}.html`);
    return existsSync(p) ? readFileSync(p, "utf8") : undefined;
  }

  // ----- hosts -----
  protected randomId(len: number): string {
    const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    let s = "1";
    while (s.length < len) s += chars[Math.floor(this.rand() * chars.length)];
    return s;
  }
  newTriggerUid(): string {
    return String(Math.floor(this.rand() * 9e9) + 1e9);
  }
  minuteFor(uid: string, span: number): number {
    return Number(uid) % span;
  }
  fireTime(s: Schedule, nominal: number): number | undefined {
    if (s.type !== "hours" && s.type !== "days") return nominal;
    const mode = this.variants.triggerTiming;
    if (mode === "early") return nominal;
    const hour = 3_600_000;
    const hourStart = s.type === "days" ? nominal - s.minute * 60_000 : Math.floor(nominal / hour) * hour;
    const x = this.timingRand();
    if (mode === "late") return hourStart + hour + Math.floor(x * 20 * 60_000);
    if (mode === "skipping" && s.type === "hours" && this.timingRand() < 1 / 6) return undefined;
    return hourStart + Math.floor(x * hour);
  }
  newFormIds(): { id: string; publishedId: string } {
    return { id: this.randomId(44), publishedId: `1FAIpQL${this.randomId(49)}` };
  }
  protected itemCounter = 0;
  newItemIds(): { id: number; entry: number } {
    this.itemCounter++;
    return { id: 100_000_000 + this.itemCounter * 7_919, entry: 1_000_000_000 + this.itemCounter * 104_729 };
  }
  protected dayKey(): string {
    const p = partsIn(this.clock, this.manifest.timeZone);
    return `${p.y}-${p.mo}-${p.d}`;
  }
  remaining(user: string): number {
    return Math.max(0, this.mailQuota - (this.mailUsed.get(`${user}|${this.dayKey()}`) ?? 0));
  }
  use(user: string, n: number): void {
    const k = `${user}|${this.dayKey()}`;
    this.mailUsed.set(k, (this.mailUsed.get(k) ?? 0) + n);
  }
  busyUntil(key = "script"): number {
    const other = this.variants.executions === "overlapping" ? (this.lockFreeAt.get(key) ?? 0) : 0;
    const held =
      key === "script"
        ? this.faults.lockBusyUntil
        : key === "document"
          ? this.faults.documentLockBusyUntil
          : 0;
    return Math.max(held, other);
  }
  released(key: string, at: number): void {
    this.lockFreeAt.set(key, Math.max(this.lockFreeAt.get(key) ?? 0, at));
  }
  recordResponse(form: FormData, resp: ResponseData): void {
    form.responses.push(resp);
    const sheet = form.destSheetId === undefined ? undefined : this.book.sheetById(form.destSheetId);
    if (sheet && sheet.formId === form.id) writeResponseRow(form, sheet, resp, this.variants.responseRow);
  }
  protected readonly caches = new Map<string, Map<string, CacheEntry>>();
  /** A cache of CacheService ("script", "document", "user:<email>"); `clearCaches()` empties them all. */
  cache(kind: string): Map<string, CacheEntry> {
    let m = this.caches.get(kind);
    if (!m) {
      m = new Map();
      this.caches.set(kind, m);
    }
    return m;
  }

  /** Google evicts cached values when it likes: every cache emptied at once. */
  clearCaches(): void {
    for (const m of this.caches.values()) m.clear();
  }

  store(kind: string): Map<string, string> {
    let m = this.stores.get(kind);
    if (!m) {
      m = new Map();
      this.stores.set(kind, m);
    }
    return m;
  }

  /** Draws the latency jitter from another seed (benchmarks take percentiles over seeds). */
  reseedLatency(seed: number): void {
    this.latency = new LatencyModel(rng(seed ^ 0x1a7e));
  }

  // ----- running the script -----

  /** Runs one entry point in a fresh context, as Google runs one execution. */
  /** The web app's deployment (Deploy > Web app, "Execute as: me"): its id once deployed. */
  protected webAppId?: string;

  /** Deploys the script as a web app (the same address for every later version, as a managed deployment keeps). */
  deployWebApp(): string {
    this.webAppId ??= `AKfycb${crypto.randomUUID().replace(/-/g, "")}`;
    return this.webAppUrl() as string;
  }

  webAppUrl(): string | null {
    return this.webAppId ? `https://script.google.com/macros/s/${this.webAppId}/exec` : null;
  }

  /**
   * A visitor opens the web app with a query (`{ unit: "BU" }`): `doGet` runs as the deploying
   * user and its HtmlOutput is returned (the page, its title and the meta tags Google adds).
   */
  webGet(query: Record<string, string> = {}): {
    record: ExecutionRecord;
    html: string;
    title: string;
    meta: Record<string, string>;
  } {
    if (!this.webAppId) throw new Error("webGet: deploy the web app first (deployWebApp)");
    const qs = new URLSearchParams(query).toString();
    const event = {
      queryString: qs,
      parameter: { ...query },
      parameters: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])),
      contextPath: "",
      contentLength: -1,
    };
    const { record, value } = this.execute("doGet", { kind: "direct" }, (ctx, realm) => {
      const f = ctx.doGet;
      if (typeof f !== "function") throw new Error("Script function not found: doGet");
      return realm.fromCtx(f(realm.toCtx(event)));
    });
    const out = value as HtmlOutputSvc | undefined;
    return { record, html: out?._content ?? "", title: out?._title ?? "", meta: out?._meta ?? {} };
  }

  run(fn: string, opts: { event?: unknown; kind?: ExecutionKind; user?: string } = {}): ExecutionRecord {
    return this.execute(fn, opts, (ctx, realm) => {
      const f = ctx[fn];
      if (typeof f !== "function") throw new Error(`Script function not found: ${fn}`);
      return f(opts.event === undefined ? undefined : realm.toCtx(opts.event));
    }).record;
  }

  /**
   * Runs a snippet of script (a function body) as one execution after the script's own code, and
   * returns what it returned, as a value of the script's realm (for the emulation's own tests).
   */
  runCode(
    body: string,
    opts: { kind?: ExecutionKind; user?: string } = {},
  ): { record: ExecutionRecord; value: any } {
    return this.execute("(snippet)", opts, (_ctx, realm) =>
      vm.runInContext(`(function () {\n${body}\n})()`, realm.context, { filename: "snippet.js" }),
    );
  }

  protected execute(
    fn: string,
    opts: { kind?: ExecutionKind; user?: string },
    invoke: (ctx: Record<string, any>, realm: Realm) => unknown,
  ): { record: ExecutionRecord; value: any } {
    if (this.current) throw new Error(`${fn}: an execution is already running`);
    let value: unknown;
    const kind = opts.kind ?? "direct";
    const exec = new Execution(
      {
        now: () => this.clock,
        advance: (ms) => this.advance(ms),
        latencyMs: () => this.faults.latencyMs,
        faultAt: () => this.faults.crashAtCall.shift(),
        failCall: (cls, method) => {
          const key = `${cls}.${method}`;
          const left = this.faults.failing[key] ?? 0;
          if (left <= 0) return undefined;
          this.faults.failing[key] = left - 1;
          return `Service error: ${cls} (injected: ${key} failing)`;
        },
        stopAfterAt: () => this.faults.stopAfterCall.shift(),
        charge: (svc, cls, method, cells) =>
          this.variants.latency === "google" ? this.latency.charge(svc, cls, method, cells) : 0,
        scopes: () => this.manifest.oauthScopes,
      },
      ++this.execCounter,
      fn,
      kind,
      opts.user ?? this.user,
    );
    this.current = exec;
    this.latency.reset();
    const arrival = this.clock;
    const wall0 = performance.now();
    try {
      const globals = {
        SpreadsheetApp: new SpreadsheetAppSvc(this),
        FormApp: new FormAppSvc(this, this),
        ScriptApp: new ScriptAppSvc(this, this, "1script"),
        MailApp: new MailAppSvc(this, this),
        LockService: new LockServiceSvc(this, this),
        PropertiesService: new PropertiesServiceSvc(this, (k) => this.store(k)),
        CacheService: new CacheServiceSvc(this, (k) => this.cache(k)),
        Utilities: new UtilitiesSvc(this, () => crypto.randomUUID()),
        Session: new SessionSvc(this),
        Logger: new LoggerSvc(this),
        console: new ConsoleSvc(this),
        HtmlService: new HtmlServiceSvc(this),
        Charts: new ChartsSvc(),
      };
      exec.realm = new Realm(globals, exec);
      let script = scriptCache.get(this.code);
      if (!script) {
        script = new vm.Script(this.code, { filename: "Code.js" });
        scriptCache.set(this.code, script);
      }
      script.runInContext(exec.realm.context);
      value = invoke(exec.realm.context as Record<string, any>, exec.realm);
    } catch (e) {
      exec.record.error =
        e instanceof Error || (e && typeof e === "object" && "message" in e)
          ? String((e as Error).message)
          : String(e);
      exec.log(`ERROR ${(e as Error)?.stack ?? String(e)}`);
    } finally {
      // Apps Script releases what a finished (or stopped) execution still holds.
      for (const [k, holder] of this.holders)
        if (holder === exec.record.id) {
          this.holders.delete(k);
          this.released(k, this.clock);
        }
      exec.record.end = this.clock;
      // Overlapping executions: the next event may arrive while this one still runs.
      if (this.variants.executions === "overlapping") this.clock = arrival;
      exec.record.wallMs = performance.now() - wall0;
      this.current = undefined;
      this.executions.push(exec.record);
    }
    return { record: exec.record, value };
  }

  /** Replaces the script's code, as a new `clasp push` does; state, triggers and properties stay. */
  deploy(code: string): void {
    this.code = code;
  }

  /** Opens the spreadsheet: runs the simple onOpen trigger (limited authorisation) and returns the menus. */
  open(): MenuModel[] {
    this.menus = [];
    this.run("onOpen", {
      kind: "simple",
      event: { authMode: "LIMITED", source: undefined, user: undefined },
    });
    return this.menus;
  }

  /** Clicks a menu item by its label, as a staff member would. */
  clickMenu(label: string): ExecutionRecord {
    for (const m of this.menus) {
      const item = m.items.find((i) => i.label === label);
      if (item) return this.run(item.fn, { kind: "menu" });
    }
    throw new Error(`no menu item labelled "${label}" (menus: ${JSON.stringify(this.menus)})`);
  }

  /** Queues the buttons or texts a user will answer to the next alerts and prompts. */
  answerUi(...answers: UiAnswer[]): void {
    this.uiAnswers.push(...answers);
  }
}
