/** ScriptApp: installable triggers, their schedules and the per-user limit. */
import { GasError, isDate, Svc } from "../runtime";
import { SpreadsheetSvc } from "../sheets/spreadsheet";
import { fromParts, partsIn } from "../time";
import type { World } from "../world";
// ---------- triggers ----------
import { ServiceSvc } from "./services";

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

export function requireFull(w: World, what: string, scope: string): void {
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
