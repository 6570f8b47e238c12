/**
 * The public local API: one emulated Google account with one bound spreadsheet, its script
 * (dist/Code.js), forms, triggers, mail, properties and a controllable clock.
 */
import crypto from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import {
  type Answer,
  columnKeys,
  type FormData,
  type FormHost,
  type ResponseData,
  writeResponseRow,
} from "./forms/formData";
import { FormAppSvc } from "./forms/forms";
import { passesValidation } from "./forms/items";
import { rng } from "./random";
import { Execution, type ExecutionKind, type ExecutionRecord, Realm } from "./runtime";
import { type Mail, MailAppSvc, type MailHost } from "./services/mail";
import { ConsoleSvc, LoggerSvc, parseCsvText, SessionSvc, UtilitiesSvc } from "./services/services";
import {
  type CacheEntry,
  CacheServiceSvc,
  type LockHost,
  LockServiceSvc,
  PropertiesServiceSvc,
} from "./services/store";
import {
  nextFire,
  nextOccurrence,
  type Schedule,
  ScriptAppSvc,
  type TriggerData,
  type TriggerHost,
} from "./services/triggers";
import { ChartsSvc } from "./sheets/charts";
import { type Attrs, BookData, CELL_LIMIT_MESSAGE, type SheetData } from "./sheets/data";
import { RangeSvc } from "./sheets/range";
import { SheetSvc, SpreadsheetAppSvc } from "./sheets/spreadsheet";
import { type HtmlOutputSvc, HtmlServiceSvc } from "./sheets/ui";
import { type CellValue, displayOf, separators } from "./sheets/values";
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

export interface SubmitOptions {
  /** Check required answers, choices and validation as the form page does (default true). */
  validate?: boolean;
  /** What the platform does with the submit event (default "normal"). */
  event?: "normal" | "doubled" | "blank" | "dropped";
  /**
   * Who answers: anyone with the link, without signing in (default); someone signed in to the
   * owner's domain; or someone the form is shared with. The audience variant decides who may.
   */
  respondent?: "public" | "domain" | "invited";
}

export interface SubmitResult {
  responseId: string;
  row: number;
  executions: ExecutionRecord[];
  /** The spreadsheet was at its cell limit: the response is in the form only. */
  notInSheet?: true;
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

export class Workspace implements World, TriggerHost, FormHost, MailHost, LockHost {
  readonly book: BookData;
  code: string;
  readonly manifest: { timeZone: string; oauthScopes: string[] };
  readonly distDir: string;
  private clock: number;
  private current?: Execution;
  private execCounter = 0;
  private readonly rand: () => number;
  /** Separate streams, so that a variant's draws never change the ids or events of the plain world. */
  private readonly timingRand: () => number;
  private latency: LatencyModel;
  /** When the script lock was last released (overlapping executions wait for it). */
  /** When each lock (script, document, user) was last released: overlapping executions wait for it. */
  private lockFreeAt = new Map<string, number>();
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
  private mailUsed = new Map<string, number>();
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
    for (const [name, rows] of Object.entries(opts.tabs ?? {})) this.typeInto(name, rows);
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

  /** A workspace whose tabs come from CSV files exported from Google Sheets. */
  static fromCsv(files: Record<string, string>, opts: WorkspaceOptions = {}): Workspace {
    const tabs: Record<string, unknown[][]> = {};
    for (const [tab, path] of Object.entries(files)) tabs[tab] = parseCsvText(readFileSync(path, "utf8"));
    return new Workspace({ ...opts, tabs: { ...opts.tabs, ...tabs } });
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
  private randomId(len: number): string {
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
  private itemCounter = 0;
  newItemIds(): { id: number; entry: number } {
    this.itemCounter++;
    return { id: 100_000_000 + this.itemCounter * 7_919, entry: 1_000_000_000 + this.itemCounter * 104_729 };
  }
  private dayKey(): string {
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
  private readonly caches = new Map<string, Map<string, CacheEntry>>();
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
  private webAppId?: string;

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

  private execute(
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

  // ----- the clock -----

  /** Moves the clock forward, firing every time-driven trigger that falls due on the way. */
  advanceClock(ms: number): ExecutionRecord[] {
    return this.advanceTo(this.clock + ms);
  }

  advanceTo(target: Date | number): ExecutionRecord[] {
    const end = typeof target === "number" ? target : target.getTime();
    const fired: ExecutionRecord[] = [];
    for (;;) {
      const due = this.triggers
        .filter((t) => t.event === "CLOCK" && !t.spent && t.nextAt !== undefined && t.nextAt <= end)
        .sort((a, b) => (a.nextAt as number) - (b.nextAt as number))[0];
      if (!due) break;
      const at = due.nextAt as number;
      if (at > this.clock) this.clock = at;
      // Occurrences the clock jumped over are not fired late one after another: the next is after now.
      const next = due.schedule
        ? nextOccurrence(this, due.schedule, nextFire(due.schedule, due.nominalAt ?? at), this.clock)
        : undefined;
      if (next === undefined) due.spent = true;
      else {
        due.nominalAt = next.nominalAt;
        due.nextAt = next.nextAt;
      }
      fired.push(this.run(due.fn, { kind: "trigger", user: due.user, event: this.clockEvent(due) }));
    }
    if (end > this.clock) this.clock = end;
    return fired;
  }

  private clockEvent(t: TriggerData): Record<string, unknown> {
    const p = partsIn(this.clock, this.manifest.timeZone);
    return {
      authMode: "FULL",
      triggerUid: t.uid,
      year: p.y,
      month: p.mo,
      "day-of-month": p.d,
      "day-of-week": p.dow === 0 ? 7 : p.dow,
      hour: p.h,
      minute: p.mi,
      second: p.s,
      timezone: "UTC",
    };
  }

  // ----- forms and respondents -----

  /** The form linked to the spreadsheet (the most recent link), if any. */
  linkedForm(): FormData | undefined {
    const tab = this.book.sheets.find((s) => s.formId);
    return tab ? this.forms.find((f) => f.id === tab.formId && !f.deleted) : undefined;
  }

  private resolveAnswers(
    form: FormData,
    answers: Record<string, unknown>,
    validate: boolean,
  ): Map<string, Answer> {
    const out = new Map<string, Answer>();
    const known = new Set<string>();
    for (const item of form.items) {
      const keys = columnKeys(item);
      keys.forEach(({ key, header }, k) => {
        known.add(header);
        let a: unknown = answers[header];
        if (a === undefined && (item.type === "GRID" || item.type === "CHECKBOX_GRID")) {
          const byRow = answers[item.title] as Record<string, unknown> | undefined;
          a = byRow?.[item.rows[k]];
          known.add(item.title);
        }
        if (a === undefined || a === null || a === "") {
          if (validate && item.required) throw new Error(`respondent: "${header}" is required`);
          return;
        }
        const v: Answer = Array.isArray(a) ? a.map(String) : String(a);
        if (validate) {
          const vals = Array.isArray(v) ? v : [v];
          const allowed =
            item.type === "GRID" || item.type === "CHECKBOX_GRID"
              ? item.columns
              : item.type === "SCALE"
                ? Array.from({ length: item.upper - item.lower + 1 }, (_, i) => String(item.lower + i))
                : item.choices;
          if (["LIST", "MULTIPLE_CHOICE", "CHECKBOX", "GRID", "CHECKBOX_GRID", "SCALE"].includes(item.type)) {
            for (const x of vals)
              if (!allowed.includes(x)) throw new Error(`respondent: "${x}" is not a choice of "${header}"`);
          }
          if (item.type === "TEXT" && !passesValidation(item.validation, String(v))) {
            throw new Error(`respondent: "${String(v)}" fails the validation of "${header}"`);
          }
        }
        out.set(key, v);
      });
    }
    if (validate)
      for (const k of Object.keys(answers))
        if (!known.has(k)) throw new Error(`respondent: no question "${k}"`);
    return out;
  }

  /**
   * Submits a response as a respondent would, with answers keyed by question title (a grid by
   * "Title [Row]" or {Title: {Row: answer}}). Google writes the row, then fires the spreadsheet's
   * form-submit triggers, subject to the event faults.
   */
  submit(answers: Record<string, unknown>, opts: SubmitOptions = {}): SubmitResult {
    const form = this.linkedForm() ?? this.forms.find((f) => !f.deleted);
    if (!form) throw new Error("respondent: there is no form");
    if (!form.published) throw new Error("respondent: Operation not supported on unpublished form");
    if (!form.accepting)
      throw new Error(
        `respondent: the form is no longer accepting responses${form.closedMessage ? ` (it says: ${form.closedMessage})` : ""}`,
      );
    const who = opts.respondent ?? "public";
    const allowed =
      form.audience === "anyone" || who === "invited" || (form.audience === "domain" && who === "domain");
    if (!allowed) throw new Error(`respondent: You need permission (the form only accepts ${form.audience})`);
    const resp: ResponseData = {
      id: `2_ABaOnu${this.randomId(40)}`,
      time: this.clock,
      answers: this.resolveAnswers(form, answers, opts.validate !== false),
    };
    form.responses.push(resp);
    const sheet = form.destSheetId === undefined ? undefined : this.book.sheetById(form.destSheetId);
    if (!sheet || sheet.formId !== form.id) return { responseId: resp.id, row: 0, executions: [] };
    let row: number;
    try {
      row = writeResponseRow(form, sheet, resp, this.variants.responseRow);
    } catch (e) {
      // A spreadsheet at Google's cell limit takes no new row: the response stays in the form only,
      // and no submit trigger fires (the form itself goes on accepting).
      if (e instanceof Error && e.message === CELL_LIMIT_MESSAGE)
        return { responseId: resp.id, row: 0, executions: [], notInSheet: true };
      throw e;
    }
    const executions = this.fireSubmit(sheet, row, opts.event ?? this.randomEventFault());
    this.advance(1000);
    return { responseId: resp.id, row, executions };
  }

  /** A respondent edits an earlier response (only while the form allows it): its row is rewritten in place. */
  editResponse(responseId: string, answers: Record<string, unknown>, opts: SubmitOptions = {}): SubmitResult {
    const form = this.forms.find((f) => f.responses.some((r) => r.id === responseId));
    if (!form) throw new Error(`respondent: no response ${responseId}`);
    if (!form.allowEdits) throw new Error("respondent: this form does not allow editing responses");
    const resp = form.responses.find((r) => r.id === responseId) as ResponseData;
    const changes = this.resolveAnswers(form, answers, false);
    for (const [k, v] of changes) resp.answers.set(k, v);
    resp.time = this.clock;
    const sheet = this.book.sheetById(form.destSheetId as number) as SheetData;
    const row = writeResponseRow(form, sheet, resp, this.variants.responseRow);
    // Unverified: an edit's event may carry blanks for unchanged answers; the harsher variant.
    const changedCols = new Set([1, ...[...changes.keys()].map((k) => form.columns.get(k) as number)]);
    const executions = this.fireSubmit(sheet, row, opts.event ?? "normal", changedCols);
    this.advance(1000);
    return { responseId, row, executions };
  }

  private randomEventFault(): "normal" | "doubled" | "blank" | "dropped" {
    const e = this.faults.events;
    if (e.doubled + e.blank + e.dropped === 0) return "normal";
    const x = this.rand();
    if (x < e.dropped) return "dropped";
    if (x < e.dropped + e.doubled) return "doubled";
    if (x < e.dropped + e.doubled + e.blank) return "blank";
    return "normal";
  }

  private fireSubmit(sheet: SheetData, row: number, mode: string, onlyCols?: Set<number>): ExecutionRecord[] {
    this.eventLog[mode as keyof typeof this.eventLog]++;
    if (mode === "dropped") return [];
    const triggers = this.triggers.filter((t) => t.event === "ON_FORM_SUBMIT" && t.sourceId === this.book.id);
    const out: ExecutionRecord[] = [];
    const width = Math.max(1, sheet.lastCol());
    const header = Array.from({ length: width }, (_, i) => String(sheet.value(1, i + 1)));
    const display = Array.from({ length: width }, (_, i) =>
      onlyCols && !onlyCols.has(i + 1) ? "" : sheet.display(row, i + 1),
    );
    const event = (t: TriggerData, blank: boolean) => {
      const values = blank ? display.map(() => "") : display;
      const namedValues: Record<string, string[]> = {};
      header.forEach((h, i) => {
        namedValues[h] = [values[i]];
      });
      const r = blank ? Math.max(row, sheet.lastRow()) + 1 : row;
      sheet.ensureRows(r);
      return {
        authMode: "FULL",
        triggerUid: t.uid,
        range: new RangeSvc(this, sheet, {
          r,
          c: 1,
          nr: 1,
          nc: width,
        }),
        values,
        namedValues,
      };
    };
    for (const t of triggers) {
      if (mode !== "blank")
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
      if (mode === "doubled")
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
      if (mode === "blank") {
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, true) }));
      }
    }
    return out;
  }

  /** Deletes a form in Drive (its tab stays, unlinked). */
  deleteForm(id: string): void {
    const f = this.forms.find((x) => x.id === id);
    if (!f) throw new Error(`no form ${id}`);
    f.deleted = true;
    for (const s of this.book.sheets) if (s.formId === id) s.formId = undefined;
  }

  /** Staff choose Form > Unlink form in the Sheet: the form keeps its responses, the tab stays, unlinked. */
  unlinkForm(id: string): void {
    const f = this.forms.find((x) => x.id === id);
    if (!f) throw new Error(`no form ${id}`);
    for (const s of this.book.sheets) if (s.formId === id) s.formId = undefined;
    f.destSheetId = undefined;
  }

  // ----- reading and typing, as a person looking at the sheet -----

  sheet(name: string): SheetData {
    const s = this.book.sheetByName(name);
    if (!s) throw new Error(`no tab "${name}" (tabs: ${this.book.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  tabNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** A tab's values (getValues semantics: numbers, booleans, Dates, '' for blanks), without counting. */
  values(name: string): CellValue[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.value(i + 1, j + 1)),
    );
  }

  /** What the tab shows in each cell. */
  displayValues(name: string): string[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.display(i + 1, j + 1)),
    );
  }

  /** Cell formats of a tab (number format, background, font weight and colour …). */
  formats(name: string): (Attrs | undefined)[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.attrs(i + 1, j + 1)),
    );
  }

  /**
   * Types rows into a tab from its first cell, as a person (or a paste) would: text is parsed like
   * typed input, in the spreadsheet's locale or in `opts.locale` (a file imported in the locale it
   * was exported in: File > Import does so).
   */
  typeInto(name: string, rows: unknown[][], startRow = 1, opts: { locale?: string } = {}): void {
    let s = this.book.sheetByName(name);
    if (!s) s = this.book.addSheet(name);
    s.ensureRows(startRow + rows.length - 1);
    const width = Math.max(0, ...rows.map((r) => r.length));
    s.ensureCols(width);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        s.write(startRow + i, j + 1, v, true, opts.locale);
      });
    });
  }

  /**
   * A tab as File > Download > CSV gives it from a spreadsheet in `locale` (default: its own):
   * what each cell shows, dates and numbers in that locale's default formats, comma-separated.
   */
  exportCsv(name: string, locale = this.book.locale): string {
    const s = this.sheet(name);
    const out: string[] = [];
    for (let r = 1; r <= s.lastRow(); r++) {
      const cells: string[] = [];
      for (let c = 1; c <= s.lastCol(); c++) {
        const v = s.value(r, c);
        const nf = s.attrs(r, c)?.nf;
        let text: string;
        if (v instanceof Date) {
          const dateOnly = !!nf && !/[Hhms]/.test(nf.replace(/"[^"]*"/g, ""));
          const sep = separators(locale);
          const f = sep.dmy ? "dd/MM/yyyy" : "M/d/yyyy";
          text = displayOf(v, dateOnly ? f : `${f} H:mm:ss`, locale, this.book.timeZone);
        } else text = displayOf(v, typeof v === "number" ? "General" : nf, locale, this.book.timeZone);
        cells.push(/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
      }
      out.push(cells.join(","));
    }
    return `${out.join("\n")}\n`;
  }

  /**
   * A staff member types or pastes values into a block of cells from (row, col), parsed like typed
   * input (a correction: a wrong unit, a typo). The spreadsheet's installable on-edit triggers fire
   * with the edited range (value and oldValue only for a single cell), unless the variant says
   * edits go unseen.
   */
  edit(name: string, row: number, col: number, values: unknown[][]): ExecutionRecord[] {
    const s = this.sheet(name);
    const nc = Math.max(1, ...values.map((r) => r.length));
    const old = values.length === 1 && nc === 1 ? s.value(row, col) : undefined;
    s.ensureRows(row + values.length - 1);
    s.ensureCols(col + nc - 1);
    values.forEach((r, i) => {
      r.forEach((v, j) => {
        s.write(row + i, col + j, v, true);
      });
    });
    return this.fireEdit(s, row, col, values.length, nc, old);
  }

  /** A staff member selects whole rows and presses Delete: the contents go, the rows stay. */
  clearRows(name: string, row: number, n: number): ExecutionRecord[] {
    const s = this.sheet(name);
    const width = Math.max(1, s.lastCol());
    for (let r = row; r < row + n; r++) for (let c = 1; c <= width; c++) s.write(r, c, "", false);
    return this.fireEdit(s, row, 1, n, width, n === 1 && width === 1 ? s.value(row, 1) : undefined);
  }

  private fireEdit(
    sheet: SheetData,
    r: number,
    c: number,
    nr: number,
    nc: number,
    oldValue: CellValue | undefined,
  ): ExecutionRecord[] {
    if (this.variants.editEvents === "missed") return [];
    const triggers = this.triggers.filter((t) => t.event === "ON_EDIT" && t.sourceId === this.book.id);
    return triggers.map((t) => {
      const event: Record<string, unknown> = {
        authMode: "FULL",
        triggerUid: t.uid,
        range: new RangeSvc(this, sheet, { r, c, nr, nc }),
      };
      if (nr === 1 && nc === 1) {
        event.value = sheet.display(r, c);
        if (oldValue !== undefined && oldValue !== "") event.oldValue = String(oldValue);
      }
      return this.run(t.fn, { kind: "trigger", user: t.user, event });
    });
  }

  /** A staff member deletes a tab (right-click > Delete). */
  deleteTab(name: string): void {
    const s = this.sheet(name);
    this.book.sheets = this.book.sheets.filter((x) => x !== s);
  }

  /** A staff member renames a tab. */
  renameTab(name: string, to: string): void {
    if (this.book.sheetByName(to)) throw new Error(`a tab "${to}" already exists`);
    this.sheet(name).name = to;
  }

  /** A staff member sorts a tab below its header by a column (1-based), as Data > Sort range does. */
  sortTab(name: string, column: number, ascending = true): void {
    const s = this.sheet(name);
    const last = s.lastRow();
    if (last < 3) return;
    const slice = s.rows.slice(1, last);
    const key = (r: (typeof slice)[number]) => {
      const v = r?.v[column - 1] ?? "";
      return v instanceof Date ? v.getTime() : v;
    };
    slice.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? d : -d;
    });
    s.rows.splice(1, last - 1, ...slice);
    s.touch();
  }

  /** The properties of a store: "script", "document" or "user:<email>". */
  properties(kind = "script"): Record<string, string> {
    return Object.fromEntries(this.store(kind));
  }

  lastExecution(): ExecutionRecord | undefined {
    return this.executions[this.executions.length - 1];
  }
}
