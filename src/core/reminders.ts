/**
 * Reminders to heads of units under quota (PRODUCT.md "Reminders"): who gets one today and why
 * not the others, in order; and the message itself, from templates with named placeholders,
 * every inserted value escaped. Pure: the shell sends, checks the quota and writes the log.
 */
import { longDate } from "./dates";
import { escapeHtml, truncate } from "./escape";
import { type Lang, strings } from "./strings";
import { fill } from "./template";

export type Kind = "pengingat" | "eskalasi" | "ringkasan";
export type Outcome = "terkirim" | "dilewati" | "ditunda" | "gagal" | "uji coba";

export type SkipReason =
  | "outsidePeriod"
  | "nonWorkingDay"
  | "atQuota"
  | "noQuota"
  | "noEmail"
  | "gap"
  | "maxReached"
  | "alreadyToday";

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
  /** Reminders sent so far. */
  readonly count: number;
  /** The day of the last one (yyyy-MM-dd). */
  readonly last: string;
}

export interface History {
  readonly units: Readonly<Record<string, UnitHistory>>;
  /** Units postponed by an exhausted quota: they go first next run. */
  readonly pending: readonly string[];
  /** The day the scheduled job last ran. */
  readonly lastScheduledDay: string;
  /** When it ran (the health check reports a run much later than the reminder hour). */
  readonly lastScheduledAt?: number;
  /** The day whose run stopped before the time limit with letters still to send: the next run continues it. */
  readonly partialDay?: string;
}

export const EMPTY_HISTORY: History = { units: {}, pending: [], lastScheduledDay: "" };

export interface ReminderRules {
  readonly startDate: string;
  readonly endDate: string;
  readonly holidays: readonly string[];
  readonly gapDays: number;
  readonly max: number;
  readonly escalateAfter: number;
  readonly escalationEmail: string;
}

export interface Decision {
  readonly unit: ReminderUnit;
  readonly kind: Exclude<Kind, "ringkasan">;
  readonly send: boolean;
  readonly reason?: SkipReason;
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Monday..Friday and not a listed holiday. */
export function isWorkingDay(ymd: string, holidays: readonly string[]): boolean {
  const dow = new Date(`${ymd}T00:00:00Z`).getUTCDay();
  return dow >= 1 && dow <= 5 && !holidays.includes(ymd);
}

/** At most this many missed days are named (a Sheet left without triggers for months says so once). */
export const MISSED_DAYS_MAX = 10;

/**
 * The working days of the period after `lastRun` and before `today` on which no time-driven run
 * came at or after the reminder hour: their reminders were never sent (never made up the next
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
    const inPeriod = (!rules.startDate || day >= rules.startDate) && (!rules.endDate || day <= rules.endDate);
    if (inPeriod && isWorkingDay(day, rules.holidays)) out.push(day);
  }
  return out.slice(-MISSED_DAYS_MAX);
}

/**
 * Today's decisions for every unit, those to send first: postponed ones, then lowest achievement.
 * `manual` ("Kirim Pengingat Sekarang") ignores the working-day rule but keeps every other.
 */
export function decide(
  today: string,
  units: readonly ReminderUnit[],
  rules: ReminderRules,
  history: History,
  manual: boolean,
): Decision[] {
  const inPeriod =
    (!rules.startDate || today >= rules.startDate) && (!rules.endDate || today <= rules.endDate);
  const working = manual || isWorkingDay(today, rules.holidays);
  const out = units.map((u): Decision => {
    const h = history.units[u.code] ?? { count: 0, last: "" };
    const escalate =
      rules.escalateAfter > 0 && h.count >= rules.escalateAfter && rules.escalationEmail !== "";
    const kind = escalate ? "eskalasi" : "pengingat";
    const cc = escalate ? [...u.cc, rules.escalationEmail] : [...u.cc];
    const skip = (reason: SkipReason): Decision => ({
      unit: u,
      kind,
      send: false,
      reason,
      to: [u.headEmail].filter(Boolean),
      cc,
    });
    if (!inPeriod) return skip("outsidePeriod");
    if (!working) return skip("nonWorkingDay");
    if (u.quota <= 0) return skip("noQuota");
    if (u.responses >= u.quota) return skip("atQuota");
    if (u.headEmail === "") return skip("noEmail");
    if (h.last === today) return skip("alreadyToday");
    if (h.count >= rules.max) return skip("maxReached");
    if (h.last !== "" && daysBetween(h.last, today) < rules.gapDays) return skip("gap");
    return { unit: u, kind, send: true, to: [u.headEmail], cc };
  });
  const pending = new Set(history.pending);
  const rank = (d: Decision) => (d.send ? (pending.has(d.unit.code) ? 0 : 1) : 2);
  const ach = (d: Decision) =>
    d.unit.quota > 0 ? d.unit.responses / d.unit.quota : Number.POSITIVE_INFINITY;
  return out.sort((a, b) => rank(a) - rank(b) || ach(a) - ach(b) || a.unit.name.localeCompare(b.unit.name));
}

export interface MessageContext {
  readonly lang: Lang;
  readonly instansi: string;
  readonly today: string;
  readonly endDate: string;
  readonly daysLeft: number | null;
  readonly link: string;
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  readonly whatsappTemplate: string;
}

export interface Message {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly whatsapp: string;
}

function plainValues(u: ReminderUnit, c: MessageContext): Record<string, string> {
  const pct = u.quota > 0 ? Math.floor((u.responses / u.quota) * 100) : 0;
  return {
    unit: truncate(u.name, 200),
    kepala: truncate(u.head || u.name, 200),
    jumlah: String(u.responses),
    kuota: String(u.quota),
    kurang: String(Math.max(0, u.quota - u.responses)),
    persen: `${pct}%`,
    sisa_hari: c.daysLeft === null ? "\u2013" : String(c.daysLeft),
    batas_waktu: longDate(c.endDate, c.lang) || "\u2013",
    tautan: c.link,
    instansi: c.instansi,
  };
}

/** The reminder for a unit: subject, plain text, HTML (escaped, with a progress bar) and the WhatsApp text. */
export function renderMessage(u: ReminderUnit, c: MessageContext): Message {
  const t = strings(c.lang);
  const values = plainValues(u, c);
  const whatsapp = fill(c.whatsappTemplate || t.reminderWhatsapp, values);
  const all = { ...values, whatsapp };
  // A subject is one line: no line breaks from a name or a template.
  const subject = fill(c.subjectTemplate || t.reminderSubject, all).replace(/[\r\n]+/g, " ");
  const bodyTemplate = c.bodyTemplate || t.reminderBody;
  const body = fill(bodyTemplate, all);
  const escaped: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) escaped[k] = escapeHtml(v).replace(/\n/g, "<br>");
  escaped.tautan = `<a href="${escapeHtml(c.link)}">${escapeHtml(c.link)}</a>`;
  const waLink = `https://wa.me/?text=${encodeURIComponent(whatsapp)}`;
  const pct = u.quota > 0 ? Math.min(100, Math.floor((u.responses / u.quota) * 100)) : 0;
  const bar =
    `<div style="margin:12px 0;width:320px;background:#e0e0e0;border-radius:4px;height:14px">` +
    `<div style="width:${pct}%;background:${pct >= 75 ? "#188038" : "#f29900"};height:14px;border-radius:4px"></div></div>` +
    `<div style="font-size:12px;color:#5f6368">${escapeHtml(fill(t.reminderProgress, values))}</div>`;
  const filled = fill(escapeHtml(bodyTemplate), escaped).replace(/\n/g, "<br>");
  const htmlBody =
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124">${bar}<p>${filled}</p>` +
    `<p><a href="${escapeHtml(waLink)}" style="display:inline-block;padding:8px 14px;background:#25d366;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(t.reminderWhatsappButton)}</a></p></div>`;
  return { subject, body, htmlBody, whatsapp };
}

/** Skip reasons as text. */
export function reasonLabel(r: SkipReason | undefined, lang: Lang): string {
  if (!r) return "";
  const t = strings(lang);
  const map: Record<SkipReason, string> = {
    outsidePeriod: t.skipOutsidePeriod,
    nonWorkingDay: t.skipNonWorkingDay,
    atQuota: t.skipAtQuota,
    noQuota: t.skipNoQuota,
    noEmail: t.skipNoEmail,
    gap: t.skipGap,
    maxReached: t.skipMaxReached,
    alreadyToday: t.skipAlreadyToday,
  };
  return map[r];
}
