/**
 * The campaign kit (PRODUCT.md "Campaign kit"): the public progress board, a page per unit and
 * the A4 poster. Counts only, never a score, nothing a respondent wrote (RELIABILITY.md: only
 * counts leave the Sheet during the campaign). Pure: the data comes from the stored aggregates and
 * snapshot, the pages are strings; the shell serves them (doGet) or shows them (Kit Sosialisasi).
 */

import { fitsQr, qrSvg } from "../qr/qr";
import { daysLeft, longDate } from "../text/dates";
import { escapeHtml, truncate } from "../text/escape";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import { STATUS_COLOURS, unitStatus } from "./dashboard";

export interface BoardUnit {
  readonly code: string;
  readonly name: string;
  readonly n: number;
  readonly quota: number;
}

/** What the board shows, kept in the script cache (compact: a thousand units fit its values). */
export interface BoardData {
  readonly lang: Lang;
  readonly title: string;
  readonly instansi: string;
  readonly endDate: string;
  /** The day the data was taken (yyyy-MM-dd) and its time as people read it. */
  readonly today: string;
  readonly updated: string;
  readonly near: number;
  readonly units: readonly BoardUnit[];
}

/** A poster's unit (or the whole instansi: code ""). */
export interface PosterInput {
  readonly lang: Lang;
  readonly title: string;
  readonly instansi: string;
  readonly unitName: string;
  readonly endDate: string;
  /** The pre-filled link the QR code holds. */
  readonly link: string;
  /** Staff's short link, printed large when there is one. */
  readonly shortLink: string;
}

const pct = (n: number, q: number) => (q > 0 ? Math.floor((n / q) * 100) : 0);

const PAGE_CSS =
  "body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#202124;background:#f8f9fa}" +
  "main{max-width:720px;margin:0 auto;padding:12px}h1{font-size:22px;margin:8px 0}" +
  ".card{background:#fff;border-radius:8px;padding:12px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.15)}" +
  ".big{font-size:28px;font-weight:bold}.muted{color:#5f6368;font-size:13px}" +
  "ol{list-style:none;padding:0;margin:0}li{padding:8px 0;border-bottom:1px solid #eee}" +
  ".row{display:flex;justify-content:space-between;gap:8px}.name{overflow-wrap:anywhere}" +
  ".bar{height:10px;background:#e0e0e0;border-radius:5px;margin-top:4px;overflow:hidden}" +
  ".bar>div{height:10px}a{color:#1a73e8}";

/** A whole page around a body. */
function page(lang: Lang, title: string, body: string, css = ""): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<style>${PAGE_CSS}${css}</style></head><body>${body}</body></html>`
  );
}

/** The board: overall responses against quota, days left, every unit ranked with its status colour. */
export function renderBoard(d: BoardData, unitHref: (code: string) => string): string {
  const t = strings(d.lang);
  const units = d.units.filter((u) => u.quota > 0);
  const total = units.reduce((a, u) => a + u.n, 0);
  const quota = units.reduce((a, u) => a + u.quota, 0);
  const reached = units.filter((u) => u.n >= u.quota).length;
  const left = daysLeft(d.today, d.endDate);
  const ranked = [...units].sort((a, b) => b.n / b.quota - a.n / a.quota || a.name.localeCompare(b.name));
  const rows = ranked
    .map((u, i) => {
      const status = unitStatus(u.n, u.quota, d.near);
      const p = pct(u.n, u.quota);
      return (
        `<li><div class="row"><span class="name">${i + 1}. <a href="${escapeHtml(unitHref(u.code))}">${escapeHtml(truncate(u.name, 120))}</a></span>` +
        `<span><b>${u.n}</b>/${u.quota} (${p}%)</span></div>` +
        `<div class="bar" aria-label="${escapeHtml(status)}"><div style="width:${Math.min(100, p)}%;background:${darker(STATUS_COLOURS[status])}"></div></div></li>`
      );
    })
    .join("");
  const body =
    `<main><h1>${escapeHtml(d.title)}</h1><div class="muted">${escapeHtml(d.instansi)}</div>` +
    `<div class="card"><div class="big">${total} / ${quota}</div><div>${escapeHtml(fill(t.boardOverall, { persen: `${pct(total, quota)}%`, reached, units: units.length }))}</div>` +
    `<div class="bar"><div style="width:${Math.min(100, pct(total, quota))}%;background:#1a73e8"></div></div>` +
    `<p>${escapeHtml(closing(d, left))}</p></div>` +
    `<div class="card"><h2 style="font-size:17px;margin:0 0 6px">${escapeHtml(t.boardRanking)}</h2><ol>${rows}</ol></div>` +
    `<p class="muted">${escapeHtml(fill(t.boardUpdated, { time: d.updated }))} ${escapeHtml(t.boardCountsOnly)}</p></main>`;
  return page(d.lang, d.title, body);
}

/** Days left, or that the survey has closed. */
function closing(d: BoardData, left: number | null): string {
  const t = strings(d.lang);
  if (left === null) return "";
  const date = longDate(d.endDate, d.lang);
  return d.today > d.endDate ? fill(t.boardClosed, { date }) : fill(t.boardDaysLeft, { days: left, date });
}

/** The status colours of the Dasbor are fills for a light cell; on a bar they need more contrast. */
function darker(hex: string): string {
  const c = hex.replace("#", "");
  const dark = [0, 2, 4].map((i) => Math.round(Number.parseInt(c.slice(i, i + 2), 16) * 0.7));
  return `#${dark.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

const POSTER_CSS =
  ".poster{background:#fff;max-width:720px;margin:12px auto;padding:24px;text-align:center;border-radius:8px;box-sizing:border-box}" +
  ".poster h1{font-size:30px;margin:0 0 8px}.poster .unit{font-size:24px;font-weight:bold;margin:8px 0 16px;overflow-wrap:anywhere}" +
  ".poster .qr{width:70%;max-width:420px;margin:0 auto}.poster .qr svg{width:100%;height:auto;display:block}" +
  ".poster .facts{font-size:20px;margin:16px 0}.poster .short{font-size:26px;font-weight:bold;overflow-wrap:anywhere}" +
  ".poster .long{font-size:10px;color:#5f6368;overflow-wrap:anywhere;word-break:break-all}" +
  "@page{size:A4 portrait;margin:12mm}" +
  "@media print{body{background:#fff}.noprint{display:none}main{padding:0;max-width:none}" +
  ".poster{box-shadow:none;margin:0;max-width:none;width:100%;height:272mm;padding:10mm;break-after:page;page-break-after:always;" +
  "display:flex;flex-direction:column;justify-content:center}.poster:last-child{break-after:auto;page-break-after:auto}" +
  ".poster .qr{width:120mm}}";

/**
 * The poster's QR code: of the pre-filled link, or — when that is too long for any QR code (a very
 * long name in a script of several bytes a character) — of staff's short link; without one, a
 * clear word in its place, so that one unit's poster never takes down the others.
 */
function posterQr(p: PosterInput): string {
  const t = strings(p.lang);
  const label = fill(t.posterQrLabel, { unit: truncate(p.unitName, 160) });
  const target = fitsQr(p.link) ? p.link : p.shortLink && fitsQr(p.shortLink) ? p.shortLink : "";
  return target ? qrSvg(target, label) : `<p class="noqr">${escapeHtml(t.posterQrTooLong)}</p>`;
}

/** One A4 poster: the survey, the unit, its QR code, the deadline, "±10 menit", its link. */
export function renderPoster(p: PosterInput): string {
  const t = strings(p.lang);
  const link = p.shortLink
    ? `<div class="short">${escapeHtml(p.shortLink.replace(/^https?:\/\//, ""))}</div>`
    : `<div class="long">${escapeHtml(p.link)}</div>`;
  return (
    `<section class="poster"><h1>${escapeHtml(p.title)}</h1><div>${escapeHtml(p.instansi)}</div>` +
    `<div class="unit">${escapeHtml(truncate(p.unitName, 160))}</div>` +
    `<div class="qr">${posterQr(p)}</div>` +
    `<div class="facts">${escapeHtml(t.posterScan)}<br><b>${escapeHtml(fill(t.posterDeadline, { date: longDate(p.endDate, p.lang) || "\u2013" }))}</b> \u2022 ${escapeHtml(t.posterMinutes)}</div>` +
    `${link}</section>`
  );
}

/** Posters as a page (a unit's poster page, the kit's dialog, the local run): printing gives one A4 page each. */
export function posterPage(lang: Lang, title: string, posters: readonly PosterInput[], intro = ""): string {
  return page(
    lang,
    title,
    `<main>${intro ? `<div class="noprint card">${intro}</div>` : ""}${posters.map(renderPoster).join("")}</main>`,
    POSTER_CSS,
  );
}

/** A unit's page of the board: its count, its form link, its QR code, printable as its poster. */
export function renderUnitPage(
  d: BoardData,
  unit: BoardUnit,
  poster: PosterInput,
  boardHref: string,
): string {
  const t = strings(d.lang);
  const p = pct(unit.n, unit.quota);
  const intro =
    `<a href="${escapeHtml(boardHref)}">${escapeHtml(t.boardBack)}</a>` +
    `<div class="big">${unit.n} / ${unit.quota}</div><div>${escapeHtml(fill(t.boardUnitProgress, { persen: `${p}%` }))}</div>` +
    `<p><a href="${escapeHtml(poster.link)}" style="display:inline-block;padding:12px 20px;background:#1a73e8;color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(t.boardOpenForm)}</a></p>` +
    `<p class="muted">${escapeHtml(t.boardPrintHint)}</p>`;
  return posterPage(d.lang, `${unit.name} \u2013 ${d.title}`, [poster], intro);
}

/** A page saying what is missing (an unknown unit, a board not set up yet). */
export function renderBoardMessage(lang: Lang, title: string, message: string, boardHref = ""): string {
  const back = boardHref
    ? `<p><a href="${escapeHtml(boardHref)}">${escapeHtml(strings(lang).boardBack)}</a></p>`
    : "";
  return page(
    lang,
    title,
    `<main><h1>${escapeHtml(title)}</h1><div class="card">${escapeHtml(message)}</div>${back}</main>`,
  );
}
