/**
 * The campaign's letters to heads of units (PRODUCT.md "Reminders"): who gets which letter today
 * and why not the others, in order; and the letter itself, from our texts or staff's templates,
 * every inserted value escaped. Pure: the shell sends, checks the quota, journals and logs.
 *
 * A unit's letters over a campaign: the opening letter first; reminders while it is under quota,
 * one per minimum gap and at most a weekly ceiling of them, "closing soon" in the final days;
 * escalation (the escalation address copied) only below the escalation threshold after some
 * reminders or with few days left; one thank-you on reaching its quota. At most one letter a day.
 */
import { daysLeft } from "../text/dates";
import { dict } from "../text/dict";

/** The letters a head of unit gets (data values, written to Log Email as they are). */
export type LetterKind = "pembukaan" | "pengingat" | "segera ditutup" | "eskalasi" | "terima kasih";

export type Kind = LetterKind | "ringkasan" | "ringkasan pimpinan" | "selesai";

export type Outcome = "terkirim" | "dilewati" | "ditunda" | "gagal" | "tidak pasti" | "uji coba";

export type SkipReason =
  | "outsidePeriod"
  | "nonWorkingDay"
  | "atQuota"
  | "noQuota"
  | "noEmail"
  | "gap"
  | "weeklyMax"
  | "alreadyToday";

/** Skips staff can act on: Log Email keeps a line for these only (the rest are the rules working). */
export const ACTIONABLE: ReadonlySet<SkipReason> = new Set(["noEmail"]);

export interface ReminderUnit {
  readonly code: string;
  readonly name: string;
  readonly head: string;
  readonly headEmail: string;
  readonly cc: readonly string[];
  readonly quota: number;
  readonly responses: number;
}

export interface UnitHistory {
  /** Reminders and escalations so far (a send whose outcome is unknown counts). */
  readonly count: number;
  /** The day of the last letter asking for responses (opening, reminder, escalation): the gap runs from it. */
  readonly last: string;
  /** The first day a letter to the unit was postponed by the mail quota and not sent since; "" none. */
  readonly pendingSince: string;
  /** The day of the opening letter; "" none. */
  readonly opened: string;
  /** The day of the thank-you; "" none (it is sent once). */
  readonly thanked: string;
  /** The Monday of the week `weekCount` counts. */
  readonly week: string;
  readonly weekCount: number;
  /** The day of the last letter of any kind: at most one a day. */
  readonly letterDay: string;
}

export const NEW_UNIT: UnitHistory = {
  count: 0,
  last: "",
  pendingSince: "",
  opened: "",
  thanked: "",
  week: "",
  weekCount: 0,
  letterDay: "",
};

export interface History {
  readonly units: Readonly<Record<string, UnitHistory>>;
  /** The day the scheduled job last ran. */
  readonly lastScheduledDay: string;
  /** When it ran (the health check reports a run much later than the reminder hour). */
  readonly lastScheduledAt?: number;
  /** The day whose run stopped before the time limit with letters still to send: the next run continues it. */
  readonly partialDay?: string;
}

export const EMPTY_HISTORY: History = { units: dict(), lastScheduledDay: "" };

export interface ReminderRules {
  readonly startDate: string;
  readonly endDate: string;
  readonly holidays: readonly string[];
  readonly gapDays: number;
  readonly weeklyMax: number;
  readonly closingDays: number;
  /** Achievement (0..1) below which escalation applies; 0 = never. */
  readonly escalateBelow: number;
  readonly escalateAfter: number;
  readonly escalateDaysLeft: number;
  readonly escalationEmail: string;
}

export interface Decision {
  readonly unit: ReminderUnit;
  readonly kind: LetterKind;
  readonly send: boolean;
  readonly reason?: SkipReason;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** Why an escalation: after reminders, or few days left. */
  readonly escalation?: "reminders" | "daysLeft";
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The Monday of a day's week (yyyy-MM-dd). */
export function weekOf(ymd: string): string {
  const t = Date.parse(`${ymd}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}

/** Monday..Friday and not a listed holiday. */
export function isWorkingDay(ymd: string, holidays: readonly string[]): boolean {
  const dow = new Date(`${ymd}T00:00:00Z`).getUTCDay();
  return dow >= 1 && dow <= 5 && !holidays.includes(ymd);
}

/** Where a day stands against the period: before it, in it, or after its last day. */
export function periodOf(
  today: string,
  r: Pick<ReminderRules, "startDate" | "endDate">,
): "before" | "in" | "after" {
  if (r.startDate && today < r.startDate) return "before";
  if (r.endDate && today > r.endDate) return "after";
  return "in";
}

/** At most this many missed days are named (a Sheet left without triggers for months says so once). */
export const MISSED_DAYS_MAX = 10;

/**
 * The working days of the period after `lastRun` and before `today` on which no time-driven run
 * came at or after the reminder hour: their letters were never sent (never made up the next
 * day), and Log Email says so, one line a day.
 */
export function missedDays(
  lastRun: string,
  today: string,
  rules: Pick<ReminderRules, "startDate" | "endDate" | "holidays">,
): string[] {
  if (!lastRun || lastRun >= today) return [];
  const out: string[] = [];
  const span = Math.min(daysBetween(lastRun, today), 400);
  for (let i = 1; i < span; i++) {
    const day = new Date(Date.parse(`${lastRun}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    if (periodOf(day, rules) === "in" && isWorkingDay(day, rules.holidays)) out.push(day);
  }
  return out.slice(-MISSED_DAYS_MAX);
}

/**
 * Today's decisions for every unit, those to send first: postponed ones (the longest waiting
 * first), then the lowest achievement. `manual` ("Kirim Pengingat Sekarang") ignores the
 * working-day rule but keeps every other.
 */
export function decide(
  today: string,
  units: readonly ReminderUnit[],
  rules: ReminderRules,
  history: History,
  manual: boolean,
): Decision[] {
  const inPeriod = periodOf(today, rules) === "in";
  const working = manual || isWorkingDay(today, rules.holidays);
  const left = daysLeft(today, rules.endDate);
  const out = units.map((u): Decision => {
    const h = history.units[u.code] ?? NEW_UNIT;
    const ach = u.quota > 0 ? u.responses / u.quota : 1;
    const skip = (reason: SkipReason, kind: LetterKind = "pengingat"): Decision => ({
      unit: u,
      kind,
      send: false,
      reason,
      to: [u.headEmail].filter(Boolean),
      cc: [...u.cc],
    });
    if (!inPeriod) return skip("outsidePeriod");
    if (!working) return skip("nonWorkingDay");
    if (u.quota <= 0) return skip("noQuota");
    if (u.headEmail === "") return skip("noEmail");
    if (h.letterDay === today) return skip("alreadyToday");
    const send = (
      kind: LetterKind,
      cc: readonly string[],
      escalation?: Decision["escalation"],
    ): Decision => ({
      unit: u,
      kind,
      send: true,
      to: [u.headEmail],
      cc,
      escalation,
    });
    if (u.responses >= u.quota)
      return h.thanked ? skip("atQuota", "terima kasih") : send("terima kasih", u.cc);
    // A unit that never had a letter gets the opening letter first (an earlier version's units had reminders).
    if (h.opened === "" && h.count === 0 && h.last === "") return send("pembukaan", u.cc);
    if (h.last !== "" && daysBetween(h.last, today) < rules.gapDays) return skip("gap");
    if (rules.weeklyMax <= 0 || (h.week === weekOf(today) && h.weekCount >= rules.weeklyMax))
      return skip("weeklyMax");
    const late = left !== null && rules.escalateDaysLeft > 0 && left <= rules.escalateDaysLeft;
    const after = rules.escalateAfter > 0 && h.count >= rules.escalateAfter;
    if (rules.escalationEmail !== "" && ach < rules.escalateBelow && (after || late))
      return send("eskalasi", [...u.cc, rules.escalationEmail], after ? "reminders" : "daysLeft");
    const closing = left !== null && left <= rules.closingDays;
    return send(closing ? "segera ditutup" : "pengingat", u.cc);
  });
  // Postponed letters first, the longest waiting first (days compared as text: yyyy-MM-dd).
  const since = (d: Decision) => history.units[d.unit.code]?.pendingSince || "9999";
  const waiting = (a: Decision, b: Decision) => (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : 0);
  const rank = (d: Decision) => (d.send ? 0 : 1);
  const ach = (d: Decision) =>
    d.unit.quota > 0 ? d.unit.responses / d.unit.quota : Number.POSITIVE_INFINITY;
  return out.sort(
    (a, b) => rank(a) - rank(b) || waiting(a, b) || ach(a) - ach(b) || a.unit.name.localeCompare(b.unit.name),
  );
}

/** A unit's history after a letter of `kind` went out (or may have) on `day`. */
export function afterLetter(h: UnitHistory, kind: LetterKind, day: string): UnitHistory {
  const asks = kind !== "terima kasih";
  const reminder = kind === "pengingat" || kind === "segera ditutup" || kind === "eskalasi";
  const week = weekOf(day);
  return {
    ...h,
    count: h.count + (reminder ? 1 : 0),
    last: asks ? day : h.last,
    pendingSince: "",
    opened: kind === "pembukaan" ? day : h.opened,
    thanked: kind === "terima kasih" ? day : h.thanked,
    week: reminder ? week : h.week,
    weekCount: reminder ? (h.week === week ? h.weekCount : 0) + 1 : h.weekCount,
    letterDay: day,
  };
}
