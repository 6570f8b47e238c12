/** ScriptApp (triggers), MailApp, LockService, PropertiesService, Utilities, Session, Logger and console. */
import crypto from "node:crypto";
import { GasError, isDate, Svc } from "./runtime";
import { SpreadsheetSvc } from "./spreadsheet";
import { formatJava, fromParts, partsIn } from "./time";
import type { World } from "./world";

// ---------- triggers ----------

export type Schedule =
  | { type: "hours"; n: number; minute: number }
  | { type: "minutes"; n: number }
  | { type: "days"; n: number; hour: number; minute: number; tz: string }
  | { type: "once"; at: number };

export interface TriggerData {
  uid: string;
  fn: string;
  event: "ON_FORM_SUBMIT" | "ON_OPEN" | "ON_EDIT" | "ON_CHANGE" | "CLOCK";
  source: "SPREADSHEETS" | "CLOCK";
  sourceId: string;
  user: string;
  schedule?: Schedule;
  /** The occurrence the schedule names (hour or day), and when it will actually fire (variants). */
  nominalAt?: number;
  nextAt?: number;
  /** A one-off trigger that has fired stays listed (and counted) until the script deletes it. */
  spent?: boolean;
}

export const MAX_TRIGGERS_PER_USER = 20;

/** The first instant at or after `from` that a schedule fires. */
export function firstFire(s: Schedule, from: number): number {
  switch (s.type) {
    case "once":
      return s.at;
    case "minutes":
      return from + s.n * 60_000;
    case "hours": {
      const hourStart = Math.floor(from / 3_600_000) * 3_600_000;
      let t = hourStart + s.minute * 60_000;
      if (t <= from) t += 3_600_000;
      return t;
    }
    case "days": {
      const p = partsIn(from, s.tz);
      let t = fromParts(p.y, p.mo, p.d, s.hour, s.minute, 0, s.tz);
      if (t <= from) {
        const next = partsIn(t + 26 * 3_600_000, s.tz);
        t = fromParts(next.y, next.mo, next.d, s.hour, s.minute, 0, s.tz);
      }
      return t;
    }
  }
}

export function nextFire(s: Schedule, last: number): number | undefined {
  switch (s.type) {
    case "once":
      return undefined;
    case "minutes":
      return last + s.n * 60_000;
    case "hours":
      return last + s.n * 3_600_000;
    case "days":
      return firstFire(s, last + (s.n - 1) * 86_400_000 + 60_000);
  }
}

export interface TriggerHost {
  triggers: TriggerData[];
  newTriggerUid(): string;
  minuteFor(uid: string, span: number): number;
  /** When an occurrence due at `nominal` actually fires (the trigger-timing variant); undefined = skipped. */
  fireTime(s: Schedule, nominal: number): number | undefined;
  /** The web app's URL once deployed, else null. */
  webAppUrl?(): string | null;
}

/** The next occurrence of a schedule after `nominal` that fires, with when it fires. */
export function nextOccurrence(
  h: TriggerHost,
  s: Schedule,
  nominal: number | undefined,
  after: number,
): { nominalAt: number; nextAt: number } | undefined {
  let n = nominal;
  for (let guard = 0; guard < 10_000; guard++) {
    if (n === undefined) return undefined;
    const at = h.fireTime(s, n);
    if (at !== undefined && at > after) return { nominalAt: n, nextAt: at };
    n = nextFire(s, n);
  }
  return undefined;
}

function requireFull(w: World, what: string, scope: string): void {
  if (w.exec().kind === "simple") {
    throw new GasError(`You do not have permission to call ${what}. Required permissions: ${scope}`);
  }
}

export class ScriptAppSvc extends Svc {
  readonly _cls = "ScriptApp";
  readonly _svc = "ScriptApp";
  readonly EventType = {
    ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
    ON_OPEN: "ON_OPEN",
    ON_EDIT: "ON_EDIT",
    ON_CHANGE: "ON_CHANGE",
    CLOCK: "CLOCK",
  };
  readonly TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK", FORMS: "FORMS" };
  readonly AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  readonly WeekDay = {
    MONDAY: "MONDAY",
    TUESDAY: "TUESDAY",
    WEDNESDAY: "WEDNESDAY",
    THURSDAY: "THURSDAY",
    FRIDAY: "FRIDAY",
    SATURDAY: "SATURDAY",
    SUNDAY: "SUNDAY",
  };
  constructor(
    private readonly _w: World,
    private readonly _h: TriggerHost,
    private readonly _scriptId: string,
  ) {
    super();
  }
  getScriptId(): string {
    return this._scriptId;
  }
  /** The web app: its URL once deployed (Deploy > Web app), else null. */
  getService(): ServiceSvc {
    return new ServiceSvc(this._h.webAppUrl?.() ?? null);
  }
  newTrigger(fn: string): TriggerBuilderSvc {
    requireFull(this._w, "ScriptApp.newTrigger", "https://www.googleapis.com/auth/script.scriptapp");
    return new TriggerBuilderSvc(this._w, this._h, String(fn));
  }
  getProjectTriggers(): TriggerSvc[] {
    requireFull(this._w, "ScriptApp.getProjectTriggers", "https://www.googleapis.com/auth/script.scriptapp");
    const user = this._w.exec().user;
    return this._h.triggers.filter((t) => t.user === user).map((t) => new TriggerSvc(t));
  }
  deleteTrigger(trigger: TriggerSvc): void {
    requireFull(this._w, "ScriptApp.deleteTrigger", "https://www.googleapis.com/auth/script.scriptapp");
    const user = this._w.exec().user;
    const t = this._h.triggers.find((x) => x.uid === trigger._t.uid);
    if (!t || t.user !== user) throw new GasError("No trigger with the given ID could be found.");
    this._h.triggers = this._h.triggers.filter((x) => x !== t);
  }
}

export class TriggerSvc extends Svc {
  readonly _cls = "Trigger";
  readonly _svc = "ScriptApp";
  constructor(readonly _t: TriggerData) {
    super();
  }
  getUniqueId(): string {
    return this._t.uid;
  }
  getHandlerFunction(): string {
    return this._t.fn;
  }
  getEventType(): string {
    return this._t.event;
  }
  getTriggerSource(): string {
    return this._t.source;
  }
  getTriggerSourceId(): string | null {
    return this._t.source === "CLOCK" ? null : this._t.sourceId;
  }
}

export class TriggerBuilderSvc extends Svc {
  readonly _cls = "TriggerBuilder";
  readonly _svc = "ScriptApp";
  override readonly _builder = true;
  constructor(
    private readonly _w: World,
    private readonly _h: TriggerHost,
    private readonly _fn: string,
  ) {
    super();
  }
  forSpreadsheet(ss: unknown): SpreadsheetTriggerBuilderSvc {
    const id = typeof ss === "string" ? ss : ss instanceof SpreadsheetSvc ? ss.getId() : String(ss);
    if (id !== this._w.book.id) throw new GasError("No item with the given ID could be found.");
    return new SpreadsheetTriggerBuilderSvc(this._w, this._h, this._fn, id);
  }
  timeBased(): ClockTriggerBuilderSvc {
    return new ClockTriggerBuilderSvc(this._w, this._h, this._fn);
  }
}

function install(w: World, h: TriggerHost, data: Omit<TriggerData, "uid" | "user">): TriggerSvc {
  const user = w.exec().user;
  if (h.triggers.filter((t) => t.user === user).length >= MAX_TRIGGERS_PER_USER) {
    throw new GasError(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
  }
  const t: TriggerData = { ...data, uid: h.newTriggerUid(), user };
  if (t.schedule) {
    if (t.schedule.type === "hours") t.schedule.minute = h.minuteFor(t.uid, 60);
    if (t.schedule.type === "days") t.schedule.minute = h.minuteFor(t.uid, 15);
    const first = nextOccurrence(h, t.schedule, firstFire(t.schedule, w.now()), w.now());
    t.nominalAt = first?.nominalAt;
    t.nextAt = first?.nextAt;
  }
  h.triggers.push(t);
  return new TriggerSvc(t);
}

export class SpreadsheetTriggerBuilderSvc extends Svc {
  readonly _cls = "SpreadsheetTriggerBuilder";
  readonly _svc = "ScriptApp";
  override readonly _builder = true;
  private _event?: TriggerData["event"];
  constructor(
    private readonly _w: World,
    private readonly _h: TriggerHost,
    private readonly _fn: string,
    private readonly _id: string,
  ) {
    super();
  }
  onFormSubmit(): SpreadsheetTriggerBuilderSvc {
    this._event = "ON_FORM_SUBMIT";
    return this;
  }
  onOpen(): SpreadsheetTriggerBuilderSvc {
    this._event = "ON_OPEN";
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilderSvc {
    this._event = "ON_EDIT";
    return this;
  }
  onChange(): SpreadsheetTriggerBuilderSvc {
    this._event = "ON_CHANGE";
    return this;
  }
  create(): TriggerSvc {
    if (!this._event) throw new GasError("The trigger has no event type.");
    return install(this._w, this._h, {
      fn: this._fn,
      event: this._event,
      source: "SPREADSHEETS",
      sourceId: this._id,
    });
  }
}

export class ClockTriggerBuilderSvc extends Svc {
  readonly _cls = "ClockTriggerBuilder";
  readonly _svc = "ScriptApp";
  override readonly _builder = true;
  private _hours?: number;
  private _minutes?: number;
  private _days?: number;
  private _atHour?: number;
  private _tz?: string;
  private _after?: number;
  private _at?: number;
  constructor(
    private readonly _w: World,
    private readonly _h: TriggerHost,
    private readonly _fn: string,
  ) {
    super();
  }
  everyHours(n: number): ClockTriggerBuilderSvc {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new GasError("The value for hours must be 1, 2, 4, 6, 8 or 12.");
    this._hours = n;
    return this;
  }
  everyMinutes(n: number): ClockTriggerBuilderSvc {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new GasError("The value for minutes must be 1, 5, 10, 15 or 30.");
    this._minutes = n;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilderSvc {
    this._days = n;
    return this;
  }
  atHour(h: number): ClockTriggerBuilderSvc {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new GasError("The hour must be between 0 and 23.");
    this._atHour = h;
    return this;
  }
  nearMinute(m: number): ClockTriggerBuilderSvc {
    void m;
    return this;
  }
  inTimezone(tz: string): ClockTriggerBuilderSvc {
    this._tz = String(tz);
    return this;
  }
  after(ms: number): ClockTriggerBuilderSvc {
    this._after = Number(ms);
    return this;
  }
  at(date: Date): ClockTriggerBuilderSvc {
    if (!isDate(date)) throw new GasError("Invalid argument: date");
    this._at = date.getTime();
    return this;
  }
  create(): TriggerSvc {
    let schedule: Schedule;
    const now = this._w.now();
    if (this._after !== undefined) schedule = { type: "once", at: now + this._after };
    else if (this._at !== undefined) schedule = { type: "once", at: this._at };
    else if (this._minutes !== undefined) schedule = { type: "minutes", n: this._minutes };
    else if (this._hours !== undefined) schedule = { type: "hours", n: this._hours, minute: 0 };
    else if (this._days !== undefined) {
      schedule = {
        type: "days",
        n: this._days,
        hour: this._atHour ?? 0,
        minute: 0,
        tz: this._tz ?? this._w.scriptTimeZone(),
      };
    } else if (this._atHour !== undefined) {
      throw new GasError("atHour() needs everyDays() or everyWeeks().");
    } else throw new GasError("The time-based trigger has no schedule.");
    return install(this._w, this._h, {
      fn: this._fn,
      event: "CLOCK",
      source: "CLOCK",
      sourceId: "",
      schedule,
    });
  }
}

// ---------- mail ----------

export interface Mail {
  id: number;
  time: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

export interface MailHost {
  outbox: Mail[];
  /** Recipients left today for the current user. */
  remaining(user: string): number;
  use(user: string, n: number): void;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function recipients(list: unknown): string[] {
  if (list === undefined || list === null || list === "") return [];
  return String(list)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export class MailAppSvc extends Svc {
  readonly _cls = "MailApp";
  readonly _svc = "MailApp";
  constructor(
    private readonly _w: World,
    private readonly _m: MailHost,
  ) {
    super();
  }
  getRemainingDailyQuota(): number {
    return this._m.remaining(this._w.exec().user);
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    requireFull(this._w, "MailApp.sendEmail", "https://www.googleapis.com/auth/script.send_mail");
    let msg: Record<string, unknown>;
    if (a !== null && typeof a === "object") msg = { ...(a as Record<string, unknown>) };
    else if (typeof d === "string") msg = { to: a, replyTo: b, subject: c, body: d };
    else msg = { ...((d as Record<string, unknown>) ?? {}), to: a, subject: b, body: c };
    const to = recipients(msg.to);
    const cc = recipients(msg.cc);
    const bcc = recipients(msg.bcc);
    const all = [...to, ...cc, ...bcc];
    if (to.length === 0) throw new GasError("Failed to send email: no recipient");
    for (const r of all) if (!EMAIL.test(r)) throw new GasError(`Invalid email: ${r}`);
    if (all.length > 50) throw new GasError("Limit Exceeded: Email Recipients Per Message.");
    if (msg.body === undefined && msg.htmlBody === undefined) throw new GasError("Invalid argument: body");
    const user = this._w.exec().user;
    if (this._m.remaining(user) < all.length)
      throw new GasError("Service invoked too many times for one day: email.");
    this._m.use(user, all.length);
    this._m.outbox.push({
      id: this._m.outbox.length + 1,
      time: this._w.now(),
      from: user,
      to,
      cc,
      bcc,
      subject: String(msg.subject ?? ""),
      body: String(msg.body ?? ""),
      htmlBody: msg.htmlBody === undefined ? undefined : String(msg.htmlBody),
      name: msg.name === undefined ? undefined : String(msg.name),
      replyTo: msg.replyTo === undefined ? undefined : String(msg.replyTo),
    });
  }
}

// ---------- locks ----------

export interface LockHost {
  /** Which execution holds each lock ("script", "document", "user:<email>"). */
  holders: Map<string, number>;
  /** Another process holds the script lock until this instant (a fault switch, or an overlapping execution). */
  busyUntil(key?: string): number;
  /** The script lock was released at this instant. */
  released(key: string, at: number): void;
}

export class LockServiceSvc extends Svc {
  readonly _cls = "LockService";
  readonly _svc = "LockService";
  constructor(
    private readonly _w: World,
    private readonly _l: LockHost,
  ) {
    super();
  }
  getScriptLock(): LockSvc {
    return new LockSvc(this._w, this._l, "script");
  }
  getDocumentLock(): LockSvc {
    return new LockSvc(this._w, this._l, "document");
  }
  getUserLock(): LockSvc {
    return new LockSvc(this._w, this._l, `user:${this._w.exec().user}`);
  }
}

export class LockSvc extends Svc {
  readonly _cls = "Lock";
  readonly _svc = "LockService";
  constructor(
    private readonly _w: World,
    private readonly _l: LockHost,
    private readonly _key: string,
  ) {
    super();
  }
  private _try(ms: number): boolean {
    const me = this._w.exec().record.id;
    const holder = this._l.holders.get(this._key);
    if (holder === me) return true;
    const busy = this._l.busyUntil(this._key);
    const now = this._w.now();
    if (busy <= now) {
      this._l.holders.set(this._key, me);
      return true;
    }
    if (busy <= now + ms) {
      this._w.advance(busy - now);
      this._l.holders.set(this._key, me);
      return true;
    }
    this._w.advance(ms);
    return false;
  }
  tryLock(ms: number): boolean {
    return this._try(Number(ms));
  }
  waitLock(ms: number): void {
    if (!this._try(Number(ms)))
      throw new GasError("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this._l.holders.get(this._key) === this._w.exec().record.id;
  }
  releaseLock(): void {
    if (!this.hasLock()) return;
    this._l.holders.delete(this._key);
    this._l.released(this._key, this._w.now());
  }
}

// ---------- properties ----------

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

export class PropertiesServiceSvc extends Svc {
  readonly _cls = "PropertiesService";
  readonly _svc = "PropertiesService";
  constructor(
    private readonly _w: World,
    private readonly _stores: (kind: string) => Map<string, string>,
  ) {
    super();
  }
  getScriptProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores("script"));
  }
  getDocumentProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores("document"));
  }
  getUserProperties(): PropertiesSvc {
    return new PropertiesSvc(this._stores(`user:${this._w.exec().user}`));
  }
}

export class PropertiesSvc extends Svc {
  readonly _cls = "Properties";
  readonly _svc = "PropertiesService";
  constructor(private readonly _m: Map<string, string>) {
    super();
  }
  private _check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new GasError("Argument too large: value");
      total += bytes(k) + bytes(v);
    }
    if (total > PROPERTY_STORE_LIMIT) {
      throw new GasError(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }
  getProperty(key: string): string | null {
    return this._m.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): PropertiesSvc {
    const next = new Map(this._m);
    next.set(String(key), String(value));
    this._check(next);
    this._m.set(String(key), String(value));
    return this;
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): PropertiesSvc {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._m);
    for (const [k, v] of Object.entries(props)) next.set(k, String(v));
    this._check(next);
    this._m.clear();
    for (const [k, v] of next) this._m.set(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._m);
  }
  getKeys(): string[] {
    return [...this._m.keys()];
  }
  deleteProperty(key: string): PropertiesSvc {
    this._m.delete(String(key));
    return this;
  }
  deleteAllProperties(): PropertiesSvc {
    this._m.clear();
    return this;
  }
}

// ---------- utilities, session, logging ----------

function toBuffer(v: unknown): Buffer {
  if (typeof v === "string") return Buffer.from(v, "utf8");
  if (Array.isArray(v)) return Buffer.from(v.map((b) => Number(b) & 0xff));
  throw new GasError("Invalid argument: value");
}

/** Java's signed bytes, as Apps Script returns them. */
function signed(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

const DIGESTS: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

export class UtilitiesSvc extends Svc {
  readonly _cls = "Utilities";
  readonly _svc = "Utilities";
  readonly DigestAlgorithm = {
    MD5: "MD5",
    SHA_1: "SHA_1",
    SHA_256: "SHA_256",
    SHA_384: "SHA_384",
    SHA_512: "SHA_512",
  };
  readonly MacAlgorithm = { HMAC_SHA_256: "HMAC_SHA_256", HMAC_SHA_512: "HMAC_SHA_512" };
  readonly Charset = { UTF_8: "UTF_8", US_ASCII: "US_ASCII" };
  constructor(
    private readonly _w: World,
    private readonly _uuid: () => string,
  ) {
    super();
  }
  formatDate(date: Date, tz: string, pattern: string): string {
    if (!isDate(date)) throw new GasError("Invalid argument: date");
    if (!tz) throw new GasError("Invalid argument: timeZone");
    try {
      return formatJava(date.getTime(), String(tz), String(pattern));
    } catch (e) {
      throw new GasError(`Invalid argument: ${(e as Error).message}`);
    }
  }
  computeHmacSha256Signature(value: unknown, key: unknown): number[] {
    return signed(crypto.createHmac("sha256", toBuffer(key)).update(toBuffer(value)).digest());
  }
  computeHmacSignature(alg: string, value: unknown, key: unknown): number[] {
    const a = alg === "HMAC_SHA_512" ? "sha512" : "sha256";
    return signed(crypto.createHmac(a, toBuffer(key)).update(toBuffer(value)).digest());
  }
  computeDigest(alg: string, value: unknown): number[] {
    const a = DIGESTS[String(alg)];
    if (!a) throw new GasError("Invalid argument: algorithm");
    return signed(crypto.createHash(a).update(toBuffer(value)).digest());
  }
  base64Encode(data: unknown): string {
    return toBuffer(data).toString("base64");
  }
  base64EncodeWebSafe(data: unknown): string {
    return toBuffer(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(s: string): number[] {
    return signed(Buffer.from(String(s), "base64"));
  }
  base64DecodeWebSafe(s: string): number[] {
    return signed(Buffer.from(String(s).replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  getUuid(): string {
    return this._uuid();
  }
  sleep(ms: number): void {
    const n = Number(ms);
    if (!(n >= 0) || n > 300_000) throw new GasError("Invalid argument: milliseconds (0 to 300000)");
    this._w.advance(n);
  }
  newBlob(data: unknown, contentType?: string, name?: string): BlobSvc {
    return new BlobSvc(toBuffer(data), contentType ?? "text/plain", name ?? "");
  }
  parseCsv(csv: string, delimiter = ","): string[][] {
    return parseCsvText(String(csv), delimiter);
  }
}

export class BlobSvc extends Svc {
  readonly _cls = "Blob";
  readonly _svc = "Utilities";
  constructor(
    private readonly _b: Buffer,
    private readonly _type: string,
    private _name: string,
  ) {
    super();
  }
  getBytes(): number[] {
    return signed(this._b);
  }
  getDataAsString(): string {
    return this._b.toString("utf8");
  }
  getContentType(): string {
    return this._type;
  }
  getName(): string {
    return this._name;
  }
  setName(n: string): BlobSvc {
    this._name = String(n);
    return this;
  }
}

/** RFC 4180 CSV, as Sheets exports it (quotes doubled inside quoted fields, CRLF or LF). */
export function parseCsvText(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, "");
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class SessionSvc extends Svc {
  readonly _cls = "Session";
  readonly _svc = "Session";
  constructor(private readonly _w: World) {
    super();
  }
  getScriptTimeZone(): string {
    return this._w.scriptTimeZone();
  }
  getActiveUser(): UserSvc {
    // In a trigger the active user is often unknown: Google returns an empty address.
    return new UserSvc(this._w.exec().kind === "trigger" ? "" : this._w.exec().user);
  }
  getEffectiveUser(): UserSvc {
    return new UserSvc(this._w.exec().user);
  }
  getActiveUserLocale(): string {
    return this._w.accountLanguage();
  }
  getTemporaryActiveUserKey(): string {
    return crypto.createHash("sha256").update(this._w.exec().user).digest("base64").slice(0, 24);
  }
}

export class UserSvc extends Svc {
  readonly _cls = "User";
  readonly _svc = "Session";
  constructor(private readonly _email: string) {
    super();
  }
  getEmail(): string {
    return this._email;
  }
}

function render(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === "string" ? a : isDate(a) ? (a as Date).toISOString() : (JSON.stringify(a) ?? String(a)),
    )
    .join(" ");
}

export class LoggerSvc extends Svc {
  readonly _cls = "Logger";
  readonly _svc = "Logger";
  constructor(private readonly _w: World) {
    super();
  }
  log(...args: unknown[]): LoggerSvc {
    this._w.exec().log(render(args));
    return this;
  }
  getLog(): string {
    return this._w.exec().record.logs.join("\n");
  }
  clear(): void {
    this._w.exec().record.logs.length = 0;
  }
}

export class ConsoleSvc extends Svc {
  readonly _cls = "console";
  readonly _svc = "console";
  constructor(private readonly _w: World) {
    super();
  }
  log(...args: unknown[]): void {
    this._w.exec().log(render(args));
  }
  info(...args: unknown[]): void {
    this._w.exec().log(render(args));
  }
  warn(...args: unknown[]): void {
    this._w.exec().log(`WARN ${render(args)}`);
  }
  error(...args: unknown[]): void {
    this._w.exec().log(`ERROR ${render(args)}`);
  }
}

/** ScriptApp.getService(): the script published as a web app. */
export class ServiceSvc extends Svc {
  readonly _cls = "Service";
  readonly _svc = "ScriptApp";
  constructor(private readonly _url: string | null) {
    super();
  }
  getUrl(): string | null {
    return this._url;
  }
  isEnabled(): boolean {
    return this._url !== null;
  }
}

/** CacheService limits (APPS-SCRIPT.md): a value holds at most 100 KB and lives at most 6 hours. */
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_SECONDS = 21_600;
const CACHE_KEY_LIMIT = 250;

export interface CacheEntry {
  value: string;
  expires: number;
}

export class CacheServiceSvc extends Svc {
  readonly _cls = "CacheService";
  readonly _svc = "CacheService";
  constructor(
    private readonly _w: World,
    private readonly _caches: (kind: string) => Map<string, CacheEntry>,
  ) {
    super();
  }
  getScriptCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches("script"));
  }
  getDocumentCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches("document"));
  }
  getUserCache(): CacheSvc {
    return new CacheSvc(this._w, this._caches(`user:${this._w.exec().user}`));
  }
}

/** A cache: values expire after their time (default 10 minutes, at most 6 hours) and may be gone sooner. */
export class CacheSvc extends Svc {
  readonly _cls = "Cache";
  readonly _svc = "CacheService";
  constructor(
    private readonly _w: World,
    private readonly _m: Map<string, CacheEntry>,
  ) {
    super();
  }
  private _key(key: unknown): string {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw new GasError("Argument too large: key");
    return k;
  }
  get(key: string): string | null {
    const k = this._key(key);
    const e = this._m.get(k);
    if (!e) return null;
    if (e.expires <= this._w.now()) {
      this._m.delete(k);
      return null;
    }
    return e.value;
  }
  put(key: string, value: unknown, expirationInSeconds = 600): void {
    const v = String(value);
    if (Buffer.byteLength(v, "utf8") > CACHE_VALUE_LIMIT) throw new GasError("Argument too large: value");
    const secs = Math.min(Number(expirationInSeconds), CACHE_MAX_SECONDS);
    this._m.set(this._key(key), { value: v, expires: this._w.now() + secs * 1000 });
  }
  remove(key: string): void {
    this._m.delete(this._key(key));
  }
  /** The values of the keys that are there and fresh, by key (one round trip). */
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of [...keys]) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  /** Several values at once (one round trip), each held to the value limit. */
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
}
