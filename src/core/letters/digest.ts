/**
 * The weekly leadership digest (PRODUCT.md "Campaign kit"): overall progress, every unit ranked,
 * the units furthest behind with their heads, and the change since the last digest. Counts only,
 * never a score (RELIABILITY.md: only counts leave the Sheet during the campaign). Pure.
 */
import { longDate } from "../text/dates";
import { escapeHtml, truncate } from "../text/escape";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import { type Signature, signatureLines } from "./letters";
import { daysBetween } from "./reminders";

export interface DigestUnit {
  readonly code: string;
  readonly name: string;
  readonly head: string;
  readonly quota: number;
  readonly responses: number;
}

export interface DigestInput {
  readonly lang: Lang;
  readonly instansi: string;
  readonly today: string;
  readonly endDate: string;
  readonly daysLeft: number | null;
  readonly units: readonly DigestUnit[];
  /** The last digest's counts and day, if any. */
  readonly previous?: {
    readonly day: string;
    readonly total: number;
    readonly counts: Readonly<Record<string, number>>;
  };
  readonly signature: Signature;
  /** The public board's address ("" before it is deployed). */
  readonly boardUrl: string;
}

export interface Digest {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

/** Units listed in full up to this many; beyond, the top and the bottom halves of it. */
const DIGEST_ROWS = 60;
/** How many of the furthest behind are named with their heads. */
const DIGEST_BEHIND = 5;

/**
 * The day of the digest due now, or null. A digest is due on its weekday from its hour; one not
 * sent (the mail quota ran short) stays due until the next run that can send it, within the week
 * after; the first waits for the campaign's first full week (day 1 is no news for leadership).
 * `today` is yyyy-MM-dd, `weekday` 1 (Monday) … 7, `lastSent` the last digest's day.
 */
export function digestDue(
  today: string,
  weekday: number,
  hour: number,
  plan: { readonly weekday: number; readonly hour: number },
  startDate: string,
  lastSent: string | undefined,
): string | null {
  let back = (weekday - plan.weekday + 7) % 7;
  if (back === 0 && hour < plan.hour) back = 7;
  const due = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
  if (startDate && daysBetween(startDate, due) < 7) return null;
  if (lastSent && lastSent >= due) return null;
  return due;
}

const pctOf = (n: number, q: number) => (q > 0 ? Math.floor((n / q) * 100) : 0);

export function renderDigest(d: DigestInput): Digest {
  const t = strings(d.lang);
  const units = d.units.filter((u) => u.quota > 0);
  const total = units.reduce((a, u) => a + u.responses, 0);
  const quota = units.reduce((a, u) => a + u.quota, 0);
  const reached = units.filter((u) => u.responses >= u.quota).length;
  const ach = (u: DigestUnit) => u.responses / u.quota;
  const ranked = [...units].sort((a, b) => ach(b) - ach(a) || a.name.localeCompare(b.name));
  const behind = [...units]
    .filter((u) => u.responses < u.quota)
    .sort((a, b) => ach(a) - ach(b) || a.name.localeCompare(b.name))
    .slice(0, DIGEST_BEHIND);
  const change = (u: DigestUnit) => {
    const before = d.previous?.counts[u.code];
    if (before === undefined) return "";
    const diff = u.responses - before;
    return diff > 0 ? `+${diff}` : String(diff);
  };
  const values = {
    instansi: d.instansi,
    total,
    quota,
    persen: `${pctOf(total, quota)}%`,
    reached,
    units: units.length,
    sisa_hari: d.daysLeft === null ? "\u2013" : d.daysLeft,
    batas_waktu: longDate(d.endDate, d.lang) || "\u2013",
    tanggal: longDate(d.today, d.lang),
  };
  const overall = fill(t.digestOverall, values);
  const since = d.previous
    ? fill(t.digestChange, { diff: total - d.previous.total, date: longDate(d.previous.day, d.lang) })
    : t.digestFirst;
  const shown: (DigestUnit | null)[] =
    ranked.length <= DIGEST_ROWS
      ? ranked
      : [...ranked.slice(0, DIGEST_ROWS / 2), null, ...ranked.slice(ranked.length - DIGEST_ROWS / 2)];
  const more = fill(t.digestMore, { count: ranked.length - DIGEST_ROWS });
  const name = (u: DigestUnit) => truncate(u.name, 120);
  const line = (u: DigestUnit) => {
    const c = change(u);
    return `${ranked.indexOf(u) + 1}. ${name(u)}: ${u.responses}/${u.quota} (${pctOf(u.responses, u.quota)}%)${c ? `, ${c}` : ""}`;
  };
  const behindLine = (u: DigestUnit) =>
    `${name(u)}: ${u.responses}/${u.quota} (${pctOf(u.responses, u.quota)}%)${u.head ? ` \u2013 ${truncate(u.head, 120)}` : ""}`;
  const sig = signatureLines(d.signature, d.instansi, d.lang);
  const subject = fill(t.digestSubject, values).replace(/[\r\n]+/g, " ");
  const body = [
    t.digestSalutation,
    "",
    overall,
    since,
    ...(d.boardUrl ? [fill(t.digestBoard, { url: d.boardUrl })] : []),
    "",
    t.digestBehind,
    ...(behind.length ? behind.map(behindLine) : [t.digestNoneBehind]),
    "",
    t.digestRanking,
    ...shown.map((u) => (u ? line(u) : more)),
    "",
    t.digestCountsOnly,
    "",
    ...sig,
  ].join("\n");
  const cell = "padding:4px 6px;border-bottom:1px solid #e0e0e0;text-align:left";
  const num = `${cell};text-align:right;white-space:nowrap`;
  const rows = shown
    .map((u) =>
      u
        ? `<tr><td style="${num}">${ranked.indexOf(u) + 1}</td><td style="${cell}">${escapeHtml(name(u))}</td>` +
          `<td style="${num}">${u.responses}/${u.quota}</td><td style="${num}">${pctOf(u.responses, u.quota)}%</td>` +
          `<td style="${num}">${escapeHtml(change(u))}</td></tr>`
        : `<tr><td colspan="5" style="${cell};color:#5f6368">${escapeHtml(more)}</td></tr>`,
    )
    .join("");
  const head = [t.digestColRank, t.digestColUnit, t.digestColResponses, "%", t.digestColChange]
    .map(
      (h) =>
        `<th style="padding:4px 6px;text-align:left;border-bottom:2px solid #5f6368">${escapeHtml(h)}</th>`,
    )
    .join("");
  const list = (items: string[]) => `<ul style="margin:4px 0 12px;padding-left:20px">${items.join("")}</ul>`;
  const htmlBody =
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:150%;color:#202124;max-width:640px;margin:0 auto;overflow-wrap:break-word">` +
    `<p>${escapeHtml(t.digestSalutation)}</p><p><b>${escapeHtml(overall)}</b><br>${escapeHtml(since)}</p>` +
    (d.boardUrl
      ? `<p><a href="${escapeHtml(d.boardUrl)}">${escapeHtml(fill(t.digestBoard, { url: d.boardUrl }))}</a></p>`
      : "") +
    `<p style="margin-bottom:0"><b>${escapeHtml(t.digestBehind)}</b></p>` +
    list(
      (behind.length ? behind.map(behindLine) : [t.digestNoneBehind]).map((l) => `<li>${escapeHtml(l)}</li>`),
    ) +
    `<p style="margin-bottom:4px"><b>${escapeHtml(t.digestRanking)}</b></p>` +
    `<div style="overflow-x:auto"><table style="border-collapse:collapse;font-size:14px;width:100%"><tr>${head}</tr>${rows}</table></div>` +
    `<p style="font-size:13px;color:#5f6368">${escapeHtml(t.digestCountsOnly)}</p>` +
    `<p>${sig.map(escapeHtml).join("<br>")}</p></div>`;
  return { subject, body, htmlBody };
}
