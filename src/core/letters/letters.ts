/**
 * A letter to a head of unit (PRODUCT.md "Reminders"): the greeting, our texts or staff's
 * templates with every inserted value escaped, the button and the WhatsApp text, the signature;
 * and why a unit got none, in words staff read.
 */
import { longDate } from "../text/dates";
import { escapeHtml, truncate } from "../text/escape";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import type { Decision, LetterKind, ReminderUnit, SkipReason } from "./reminders";

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
