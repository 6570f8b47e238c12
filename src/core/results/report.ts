/**
 * Laporan Pimpinan (issue "From scores to action", item 2): a formal, printable report of the
 * latest release — never of live data. Every figure comes from the release as the Hasil tab holds
 * it (read back by `readHasil`), so the report and the release agree by construction; the change
 * against earlier years comes from Riwayat's sound rows. A page staff print or save as PDF from the
 * browser: no scope beyond what the product has.
 */

import { VALUES } from "../counting/instrument";
import { longDate } from "../text/dates";
import { escapeHtml } from "../text/escape";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import { suggestionOf } from "./behaviourLayout";
import type { HistoryRow } from "./dashboard";
import type { HasilFigures } from "./results";

export interface ReportInput {
  readonly lang: Lang;
  readonly title: string;
  readonly instansi: string;
  readonly year: number;
  readonly startDate: string;
  readonly endDate: string;
  /** The day the report is made (yyyy-MM-dd). */
  readonly today: string;
  readonly hasil: HasilFigures;
  readonly history: readonly HistoryRow[];
  readonly min: number;
  readonly points: number;
}

const fmt = (v: number | string, lang: Lang) =>
  typeof v === "number" ? v.toFixed(1).replace(".", lang === "id" ? "," : ".") : v;
const pct = (n: number, q: number) => (q > 0 ? `${Math.floor((n / q) * 100)}%` : "\u2013");

const CSS =
  "body{font-family:Georgia,'Times New Roman',serif;color:#202124;margin:0;background:#f1f3f4}" +
  "main{max-width:794px;margin:0 auto;background:#fff;padding:48px 56px;box-sizing:border-box}" +
  "h1{font-size:26px;margin:0 0 8px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #999;padding-bottom:4px}" +
  "p,li,td,th{font-size:13px;line-height:1.5}table{border-collapse:collapse;width:100%;margin:8px 0}" +
  "th,td{border:1px solid #bbb;padding:3px 6px;text-align:left}td.num,th.num{text-align:right;white-space:nowrap}" +
  ".cover{min-height:900px;display:flex;flex-direction:column;justify-content:center;text-align:center}" +
  ".cover h1{font-size:30px}.cover .sub{font-size:16px;margin:6px 0}.muted{color:#5f6368}" +
  ".noprint{margin:0 auto 12px;max-width:794px;font-family:Arial,sans-serif}" +
  "@page{size:A4 portrait;margin:16mm}" +
  "@media print{body{background:#fff}main{padding:0;max-width:none}.noprint{display:none}" +
  ".cover{min-height:250mm;break-after:page;page-break-after:always}h2{break-after:avoid}tr{break-inside:avoid}}";

/** The seven values as horizontal bars (SVG), the weakest in another colour. */
function valuesChart(
  values: readonly (number | string)[],
  names: readonly string[],
  weakest: number,
  format: (v: number | string) => string,
): string {
  const rowH = 26;
  const width = 640;
  const label = 200;
  const bars = values
    .map((v, i) => {
      const y = i * rowH;
      const w = typeof v === "number" ? Math.max(0, Math.min(100, v)) * ((width - label - 60) / 100) : 0;
      const text = format(v);
      return (
        `<text x="${label - 8}" y="${y + 17}" text-anchor="end" font-size="12">${escapeHtml(names[i])}</text>` +
        `<rect x="${label}" y="${y + 5}" width="${w.toFixed(1)}" height="16" fill="${i === weakest ? "#c5221f" : "#1a73e8"}"/>` +
        `<text x="${label + w + 6}" y="${y + 17}" font-size="12">${escapeHtml(text)}</text>`
      );
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${values.length * rowH + 6}" width="100%" role="img">${bars}</svg>`;
}

export function renderReport(r: ReportInput): string {
  const t = strings(r.lang);
  const h = r.hasil;
  const L = (v: number | string) => escapeHtml(fmt(v, r.lang));
  const names = VALUES.map((v) => v.name[r.lang]);
  const numeric = h.total.values.map((v) => (typeof v === "number" ? v : Number.POSITIVE_INFINITY));
  const weakestValue = h.total.values.some((v) => typeof v === "number")
    ? numeric.indexOf(Math.min(...numeric))
    : -1;
  const period = `${longDate(r.startDate, r.lang) || "\u2013"} \u2013 ${longDate(r.endDate, r.lang) || "\u2013"}`;
  // Riwayat: the latest earlier year's sound rows.
  const earlier = r.history.filter((x) => x.year < r.year);
  const prevYear = earlier.length ? Math.max(...earlier.map((x) => x.year)) : null;
  const prevOf = (unit: string) => earlier.find((x) => x.year === prevYear && x.unit === unit);
  const meanOf = (xs: readonly (number | null)[]) =>
    xs.every((x) => x !== null) ? (xs as number[]).reduce((a, b) => a + b, 0) / xs.length : null;
  const diff = (cur: number | string, prev: number | null) =>
    typeof cur === "number" && prev !== null
      ? (cur - prev >= 0 ? "+" : "") + fmt(cur - prev, r.lang)
      : "\u2013";

  const cover =
    `<section class="cover"><h1>${escapeHtml(fill(t.reportTitle, { tahun: r.year }))}</h1>` +
    `<div class="sub">${escapeHtml(r.title)}</div><div class="sub"><b>${escapeHtml(r.instansi)}</b></div>` +
    `<div class="sub">${escapeHtml(fill(t.reportPeriod, { period }))}</div>` +
    `<div class="sub">${escapeHtml(fill(t.reportRelease, { n: h.number, date: h.published }))}</div>` +
    `<div class="sub muted">${escapeHtml(fill(t.reportDate, { date: longDate(r.today, r.lang) }))}</div></section>`;

  // A participation release (during the campaign) has counts only: the report says when scores come.
  const later = h.scores
    ? ""
    : `<p><b>${escapeHtml(fill(t.reportScoresLater, { end: longDate(r.endDate, r.lang) || "\u2013" }))}</b></p>`;
  const summary =
    `<h2>${escapeHtml(t.reportSummary)}</h2>${later}<table>` +
    `<tr><th>${escapeHtml(t.reportResponses)}</th><td class="num">${h.total.n} / ${h.total.quota} (${pct(h.total.n, h.total.quota)})</td></tr>` +
    (h.scores
      ? `<tr><th>${escapeHtml(t.resultsColIndex)}</th><td class="num">${L(h.total.index)}</td></tr>` +
        `<tr><th>${escapeHtml(t.resultsColPredikat)}</th><td class="num">${escapeHtml(h.total.predikat || "\u2013")}</td></tr>` +
        `<tr><th>${escapeHtml(t.resultsColEb)}</th><td class="num">${L(h.total.eb)}</td></tr>`
      : "") +
    `</table>`;

  const participation =
    `<h2>${escapeHtml(t.reportParticipation)}</h2><table><tr><th>${escapeHtml(t.behColCode)}</th><th>${escapeHtml(t.behColUnit)}</th>` +
    `<th class="num">${escapeHtml(t.resultsColN)}</th><th class="num">${escapeHtml(t.resultsColQuota)}</th><th class="num">${escapeHtml(t.resultsColAchievement)}</th>` +
    (h.scores ? `<th class="num">${escapeHtml(t.resultsColIndex)}</th>` : "") +
    `</tr>` +
    h.units
      .map(
        (u) =>
          `<tr><td>${escapeHtml(u.code)}</td><td>${escapeHtml(u.name)}</td><td class="num">${u.n}</td><td class="num">${u.quota}</td>` +
          `<td class="num">${pct(u.n, u.quota)}</td>${h.scores ? `<td class="num">${L(u.index)}</td>` : ""}</tr>`,
      )
      .join("") +
    `</table>`;

  const values =
    `<h2>${escapeHtml(t.reportValues)}</h2>${valuesChart(h.total.values, names, weakestValue, (v) => fmt(v, r.lang))}` +
    `<table><tr><th>${escapeHtml(t.behColValue)}</th><th class="num">${escapeHtml(t.behColScore)}</th></tr>` +
    names
      .map(
        (name, i) =>
          `<tr><td>${escapeHtml(name)}${i === weakestValue ? ` \u2014 <b>${escapeHtml(t.behWeakest)}</b>` : ""}</td><td class="num">${L(h.total.values[i])}</td></tr>`,
      )
      .join("") +
    `</table>`;

  const beh = h.behaviours;
  const shownBeh = beh
    ? beh.map((v, i) => ({ v, i })).filter((e): e is { v: number; i: number } => typeof e.v === "number")
    : [];
  const weakest = [...shownBeh].sort((a, b) => a.v - b.v || a.i - b.i).slice(0, 3);
  const behTexts = VALUES.flatMap((v) =>
    v.behaviours.map((b) => ({ code: b.code, text: b.text, value: v.name[r.lang] })),
  );
  const behaviours =
    `<h2>${escapeHtml(t.reportBehaviours)}</h2>` +
    (weakest.length
      ? `<p>${escapeHtml(t.reportBehavioursIntro)}</p><ol>${weakest
          .map(
            (w) =>
              `<li><b>${escapeHtml(behTexts[w.i].code)} ${escapeHtml(behTexts[w.i].text)}</b> (${escapeHtml(behTexts[w.i].value)}): ${L(w.v)}<br>` +
              `<i>${escapeHtml(t.reportSuggestion)}</i> ${escapeHtml(suggestionOf(w.i, r.lang))}</li>`,
          )
          .join("")}</ol>`
      : `<p>${escapeHtml(t.reportBehavioursNone)}</p>`);

  const change =
    `<h2>${escapeHtml(t.reportChange)}</h2>` +
    (prevYear === null
      ? `<p>${escapeHtml(t.reportChangeNone)}</p>`
      : `<p>${escapeHtml(fill(t.reportChangeIntro, { year: prevYear }))}</p>` +
        `<table><tr><th>${escapeHtml(t.behColValue)}</th><th class="num">${prevYear}</th><th class="num">${r.year}</th><th class="num">\u0394</th></tr>` +
        names
          .map((name, i) => {
            const prev = prevOf("")?.values[i] ?? null;
            return `<tr><td>${escapeHtml(name)}</td><td class="num">${prev === null ? "\u2013" : L(prev)}</td><td class="num">${L(h.total.values[i])}</td><td class="num">${escapeHtml(diff(h.total.values[i], prev))}</td></tr>`;
          })
          .join("") +
        `</table><table><tr><th>${escapeHtml(t.behColUnit)}</th><th class="num">${prevYear}</th><th class="num">${r.year}</th><th class="num">\u0394</th></tr>` +
        h.units
          .filter((u) => prevOf(u.code))
          .map((u) => {
            const prev = meanOf(prevOf(u.code)?.values ?? []);
            return `<tr><td>${escapeHtml(u.name)}</td><td class="num">${prev === null ? "\u2013" : L(prev)}</td><td class="num">${L(u.index)}</td><td class="num">${escapeHtml(diff(u.index, prev))}</td></tr>`;
          })
          .join("") +
        `</table>`);

  const method =
    `<h2>${escapeHtml(t.reportMethod)}</h2>` +
    `<p>${escapeHtml(fill(t.reportMethodText, { points: r.points }))}</p>` +
    `<p>${escapeHtml(fill(t.reportAnonymity, { min: r.min }))}</p>`;

  return (
    `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(fill(t.reportTitle, { tahun: r.year }))}</title><style>${CSS}</style></head><body>` +
    `<div class="noprint"><button onclick="window.print()" style="padding:8px 16px;font-size:14px">${escapeHtml(t.kitPrint)}</button> ${escapeHtml(t.reportPrintHint)}</div>` +
    `<main>${cover}${summary}${participation}${h.scores ? values + behaviours + change : ""}${method}</main></body></html>`
  );
}
