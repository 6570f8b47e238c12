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
import { daysLeft, longDate } from "../text/dates";
import { dict } from "../text/dict";
import { escapeHtml, truncate } from "../text/escape";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";

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

/** The bureau that signs the letters. */
export interface Signature {
  readonly name: string;
  readonly position: string;
  readonly bureau: string;
  readonly contact: string;
}

export interface MessageContext {
  readonly lang: Lang;
  readonly instansi: string;
  readonly today: string;
  readonly endDate: string;
  readonly daysLeft: number | null;
  readonly link: string;
  /** Staff's templates for the reminder ("" = ours); other letters use our texts. */
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  readonly whatsappTemplate: string;
  readonly signature: Signature;
  /** For an escalation: who is copied, and the threshold. */
  readonly escalationName: string;
  readonly escalationEmail: string;
  readonly escalateBelow: number;
  /** The unit's page of the public board (its poster), once the board is deployed; "" before. */
  readonly posterUrl: string;
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

/** A head's name already carrying a form of address (Ibu Sari, Bapak Budi) is not given a second one. */
const ADDRESSED = /^(bapak|ibu|bpk\.?|bu|pak|sdr\.?|sdri\.?|mr\.?|mrs\.?|ms\.?)\s/i;

/** "Yth. Bapak/Ibu Eko Pratama," — or the head of the unit when no name is known. */
export function salutation(u: ReminderUnit, lang: Lang): string {
  const t = strings(lang);
  const head = truncate(u.head.trim(), 200);
  if (head === "") return fill(t.letterSalutationNoName, { unit: truncate(u.name, 200) });
  return fill(ADDRESSED.test(head) ? t.letterSalutationAddressed : t.letterSalutation, { kepala: head });
}

/** The signature block's lines (the letters' and the digest's), the empty ones left out. */
export function signatureLines(s: Signature, instansi: string, lang: Lang): string[] {
  return [strings(lang).letterClosing, s.name, s.position, s.bureau, instansi, s.contact]
    .map((l) => truncate(l.trim(), 200))
    .filter((l) => l !== "");
}

/** Our subject and body of each letter (the reminder's may be staff's). */
function texts(kind: LetterKind, c: MessageContext): { subject: string; body: string; custom: boolean } {
  const t = strings(c.lang);
  switch (kind) {
    case "pembukaan":
      return { subject: t.openingSubject, body: t.openingBody, custom: false };
    case "terima kasih":
      return { subject: t.thanksSubject, body: t.thanksBody, custom: false };
    case "eskalasi":
      return { subject: t.escalationSubject, body: t.escalationBody, custom: false };
    case "segera ditutup":
      return {
        subject: c.subjectTemplate || t.closingSubject,
        body: c.bodyTemplate || t.closingBody,
        custom: c.bodyTemplate !== "",
      };
    default:
      return {
        subject: c.subjectTemplate || t.reminderSubject,
        body: c.bodyTemplate || t.reminderBody,
        custom: c.bodyTemplate !== "",
      };
  }
}

const CONTAINER =
  "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:150%;color:#202124;max-width:600px;margin:0 auto;padding:0 4px;overflow-wrap:break-word;word-wrap:break-word";
const BUTTON =
  "display:inline-block;padding:12px 20px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;max-width:100%;box-sizing:border-box";
const WA_BUTTON =
  "display:inline-block;padding:8px 14px;background:#25d366;color:#ffffff;text-decoration:none;border-radius:6px;max-width:100%;box-sizing:border-box";

/**
 * A letter for a unit: subject, plain text, HTML (escaped, mobile-first: the form link as a
 * button, the WhatsApp text in a box that wraps) and the WhatsApp text.
 */
export function renderLetter(
  u: ReminderUnit,
  kind: LetterKind,
  c: MessageContext,
  escalation?: Decision["escalation"],
): Message {
  const t = strings(c.lang);
  const values = plainValues(u, c);
  const whatsapp = fill(c.whatsappTemplate || t.reminderWhatsapp, values);
  const reason =
    escalation === "daysLeft"
      ? fill(t.escalationReasonDays, values)
      : fill(t.escalationReasonReminders, { ...values, ambang: `${Math.round(c.escalateBelow * 100)}%` });
  const all: Record<string, string> = {
    ...values,
    whatsapp,
    tembusan: truncate(c.escalationName || c.escalationEmail, 200),
    email_tembusan: c.escalationEmail,
    alasan: reason,
    ambang: `${Math.round(c.escalateBelow * 100)}%`,
  };
  const { subject: subjectTemplate, body: bodyTemplate, custom } = texts(kind, c);
  // A subject is one line: no line breaks from a name or a template.
  const subject = fill(subjectTemplate, all).replace(/[\r\n]+/g, " ");
  // Staff's own body that greets the head itself gets no second greeting.
  const greet = !(custom && /^\s*(yth\b|dear\b|kepada\b)/i.test(bodyTemplate));
  const hello = greet ? `${salutation(u, c.lang)}\n\n` : "";
  const signature = signatureLines(c.signature, c.instansi, c.lang);
  // The opening letter carries the unit's poster (its page on the board) once the board exists.
  const poster = kind === "pembukaan" && c.posterUrl ? c.posterUrl : "";
  const body =
    `${hello}${fill(bodyTemplate, all)}\n\n${fill(t.letterLinkLabel, values)}\n${c.link}\n\n` +
    `${t.letterWhatsappLabel}\n${whatsapp}\n\n${poster ? `${t.letterPosterLabel}\n${poster}\n\n` : ""}${signature.join("\n")}`;
  const escaped: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) escaped[k] = escapeHtml(v).replace(/\n/g, "<br>");
  // The address itself is shown once, inside the WhatsApp text; here it is a short link.
  escaped.tautan = `<a href="${escapeHtml(c.link)}">${escapeHtml(t.letterLinkShort)}</a>`;
  const paragraphs = fill(escapeHtml(bodyTemplate), escaped)
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${p.replace(/\n/g, "<br>")}</p>`)
    .join("");
  const pct = u.quota > 0 ? Math.min(100, Math.floor((u.responses / u.quota) * 100)) : 0;
  // The opening letter shows no progress: nobody could have answered yet.
  const bar =
    kind === "pembukaan"
      ? ""
      : `<div style="margin:4px 0 16px"><div style="width:100%;max-width:360px;background:#e0e0e0;border-radius:4px;height:14px">` +
        `<div style="width:${pct}%;background:${pct >= 75 ? "#188038" : "#f29900"};height:14px;border-radius:4px"></div></div>` +
        `<div style="font-size:13px;color:#5f6368">${escapeHtml(fill(t.reminderProgress, values))}</div></div>`;
  const waLink = `https://wa.me/?text=${encodeURIComponent(whatsapp)}`;
  const htmlBody =
    `<div style="${CONTAINER}">` +
    (greet ? `<p style="margin:0 0 12px">${escapeHtml(salutation(u, c.lang))}</p>` : "") +
    paragraphs +
    bar +
    `<p style="margin:16px 0"><a href="${escapeHtml(c.link)}" style="${BUTTON}">${escapeHtml(fill(t.letterButton, values))}</a></p>` +
    `<p style="margin:16px 0 4px;font-weight:bold">${escapeHtml(t.letterWhatsappLabel)}</p>` +
    `<div style="background:#f1f3f4;border-radius:6px;padding:10px 12px;font-size:14px;overflow-wrap:anywhere;word-break:break-word">${escapeHtml(whatsapp)}</div>` +
    `<p style="margin:8px 0 20px"><a href="${escapeHtml(waLink)}" style="${WA_BUTTON}">${escapeHtml(t.reminderWhatsappButton)}</a></p>` +
    (poster
      ? `<p style="margin:0 0 20px">${escapeHtml(t.letterPosterLabel)} <a href="${escapeHtml(poster)}">${escapeHtml(t.letterPosterLink)}</a></p>`
      : "") +
    `<p style="margin:0">${signature.map(escapeHtml).join("<br>")}</p></div>`;
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
    weeklyMax: t.skipWeeklyMax,
    alreadyToday: t.skipAlreadyToday,
  };
  return map[r];
}
