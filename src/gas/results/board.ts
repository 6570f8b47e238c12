/**
 * The public progress board: the bound script served as a web app (`doGet`, "Execute as: me").
 * Views share the deploying account's 30 simultaneous executions with the triggers, so a view is
 * cheap: it is served from the script cache, at most 15 minutes old, and never reads the
 * spreadsheet. A cold view (the cache expired or dropped) reads the property store once (the
 * counts each submission keeps there), puts the data back, and renders.
 *
 * A thousand units fit: the data is compact JSON (code, name of at most 120 characters, count,
 * quota: about 150 bytes a unit) split into values of at most 30,000 characters (under the
 * cache's 100 KB a value even in three-byte characters), read and written in one call each.
 */

import { localTime } from "../../core/counting/snapshot";
import {
  type BoardData,
  type BoardUnit,
  renderBoard,
  renderBoardMessage,
  renderUnitPage,
} from "../../core/results/board";
import { dayFirst } from "../../core/text/dates";
import { truncate } from "../../core/text/escape";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { docProps, loadStored } from "../platform/state";
import { unitLink } from "../platform/stateWrites";

/** At most 15 minutes old (PRODUCT.md). */
const BOARD_TTL_SECONDS = 900;
const KEY = "berakhlak.board";
const CHUNK = 30_000;
const MAX_CHUNKS = 12;

interface Cached {
  readonly data: BoardData;
  /** The web app's own address (links leave Google's sandbox frame for the top window). */
  readonly url: string;
}

interface UnitExtra {
  readonly link: string;
  readonly shortLink: string;
}

const chunkKeys = () => Array.from({ length: MAX_CHUNKS }, (_, i) => `${KEY}.${i}`);

function fromCache(
  cache: GoogleAppsScript.Cache.Cache,
  unit: string | undefined,
): { board?: Cached; extra?: UnitExtra } {
  const keys = [...chunkKeys(), ...(unit ? [`${KEY}.u.${unit}`] : [])];
  const got = cache.getAll(keys);
  const parts: string[] = [];
  for (const k of chunkKeys()) {
    if (got[k] === undefined) break;
    parts.push(got[k]);
  }
  let board: Cached | undefined;
  try {
    board = parts.length ? (JSON.parse(parts.join("")) as Cached) : undefined;
  } catch (_e) {
    board = undefined; // a part expired before the others: read afresh
  }
  const rawExtra = unit ? got[`${KEY}.u.${unit}`] : undefined;
  return { board, extra: rawExtra ? (JSON.parse(rawExtra) as UnitExtra) : undefined };
}

/** The board's data from the property store, put back into the cache; null before setup. */
function fromStore(
  cache: GoogleAppsScript.Cache.Cache,
  unit: string | undefined,
): { board: Cached; extra?: UnitExtra } | null {
  const stored = loadStored(docProps());
  const snap = stored.snapshot;
  if (!snap) return null;
  const now = localTime(Date.now(), snap.tzOffsetMin);
  const units: BoardUnit[] = snap.units
    .filter((u) => u.active)
    .map((u) => ({
      code: u.code,
      name: truncate(u.name, 120),
      n: stored.aggs.units[u.code]?.n ?? 0,
      quota: u.quota,
    }));
  const url = ScriptApp.getService().getUrl() ?? "";
  const board: Cached = {
    url,
    data: {
      lang: snap.lang,
      title: snap.title,
      instansi: snap.instansi,
      endDate: snap.endDate,
      today: now.ymd,
      updated: dayFirst(now.text),
      near: snap.nearThreshold,
      units,
    },
  };
  const json = JSON.stringify(board);
  const values: Record<string, string> = {};
  for (let i = 0; i * CHUNK < json.length && i < MAX_CHUNKS; i++)
    values[`${KEY}.${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  let extra: UnitExtra | undefined;
  const u = unit ? snap.units.find((x) => x.code === unit && x.active) : undefined;
  if (u) {
    extra = { link: unitLink(stored, u), shortLink: u.shortLink ?? "" };
    values[`${KEY}.u.${u.code}`] = JSON.stringify(extra);
  }
  // A board too large for the cache is still served, only not kept.
  if (json.length <= CHUNK * MAX_CHUNKS) cache.putAll(values, BOARD_TTL_SECONDS);
  return { board, extra };
}

/** `doGet`: the board, or with `?unit=KODE` the unit's page and poster. */
export function serveBoard(e: GoogleAppsScript.Events.DoGet | undefined): GoogleAppsScript.HTML.HtmlOutput {
  const unit = e?.parameter?.unit ? String(e.parameter.unit).trim().slice(0, 60) : undefined;
  const cache = CacheService.getScriptCache();
  let { board, extra } = fromCache(cache, unit);
  if (!board || (unit && !extra && board.data.units.some((u) => u.code === unit))) {
    const fresh = fromStore(cache, unit);
    if (!fresh)
      return output(
        renderBoardMessage("id", strings("id").kitTitle, strings("id").boardNotReady),
        strings("id").kitTitle,
      );
    ({ board, extra } = fresh);
  }
  const d = board.data;
  const t = strings(d.lang);
  const href = (code: string) => `${board.url}?unit=${encodeURIComponent(code)}`;
  if (!unit) return output(renderBoard(d, href), d.title);
  const u = d.units.find((x) => x.code === unit);
  if (!u || !extra?.link)
    return output(
      renderBoardMessage(d.lang, d.title, fill(t.boardUnknownUnit, { unit }), board.url),
      d.title,
    );
  const poster = {
    lang: d.lang,
    title: d.title,
    instansi: d.instansi,
    unitName: u.name,
    endDate: d.endDate,
    link: extra.link,
    shortLink: extra.shortLink,
  };
  return output(renderUnitPage(d, u, poster, board.url), `${u.name} \u2013 ${d.title}`);
}

function output(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  // Links open in the top window, out of the sandbox frame Google serves the page in.
  const withBase = html.replace("<head>", '<head><base target="_top">');
  return HtmlService.createHtmlOutput(withBase)
    .setTitle(title)
    .addMetaTag("viewport", "width=device-width, initial-scale=1");
}
