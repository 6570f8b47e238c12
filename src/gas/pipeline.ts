/**
 * Processing responses (PRODUCT.md, "Processing a submission"): under the script lock, every
 * response not yet in Skor is scored once; a submit event is only a wake-up call. Responses are
 * known by their key, never by their row. The hourly catch-up reconciles whatever events missed;
 * the recompute rebuilds everything from the raw responses.
 */

import { type Aggregates, aggregateAll, apply } from "../core/counting/aggregate";
import { duplicateIndexes, prefer } from "../core/counting/duplicates";
import {
  type ColumnMap,
  isBlankRow,
  mapColumns,
  missingColumns,
  responseKey,
  type Scored,
  STATUS,
  sameColumns,
  scoreRow,
  timeOfKey,
} from "../core/counting/scoring";
import { hmacSha256Hex } from "../core/counting/sha256";
import {
  asText,
  isProductRow,
  readSkorRow,
  reasonText,
  SK,
  SKOR_WIDTH,
  type SkorEntry,
  skorAgrees,
  skorRow,
  skorRowSound,
} from "../core/counting/skor";
import {
  carryOffer,
  type Snapshot,
  scoreConfig,
  scoringChanged,
  snapshotOf,
} from "../core/counting/snapshot";
import { countingMasks, countingRows } from "../core/counting/sources";
import { TAB } from "../core/platform/tabs";
import { DERIVED_VERSION } from "../core/platform/upgrade";
import { strings } from "../core/text/strings";
import { fill } from "../core/text/template";
import { EXECUTION_STARTED, TIME_BUDGET_MS } from "./clock";
import { fullRefresh, refreshDashboardValues } from "./dashboard";
import { recordError } from "./errors";
import { campaignForRun } from "./lastValid";
import { finishPendingLink } from "./link";
import { openRun, type Run } from "./run";
import { ensureGrid, skorSheet } from "./skorTab";
import {
  aggEntries,
  dashEntry,
  docProps,
  EDITED_KEY,
  EDITED_MAX,
  liveEntry,
  loadStored,
  SKOR_EDITED_KEY,
  type State,
  type Stored,
  TABS_EDITED_KEY,
  writeAllAggregates,
  writeSnapshot,
  writeState,
} from "./state";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SECRET_KEY = "berakhlak.secret";
const RECOMPUTE_CHUNK = 25_000;
const CONTINUE_HANDLER = "recomputeContinueTrigger";

/** How long the script cache keeps a copy of the secret (Apps Script's longest). */
const SECRET_CACHE_SECONDS = 6 * 60 * 60;

/**
 * The keyed-hash secret, created once and kept in script properties (never part of the
 * spreadsheet). Submissions read it from the script cache, quicker than a property read and
 * private to the script as well; on a miss (the cache keeps a value 6 hours at most, and may lose
 * it sooner) they read the property without writing the cache, and `warm` puts it back: the
 * hourly run does.
 */
function secret(warm = false): string {
  const cache = CacheService.getScriptCache();
  const cached = cache.get(SECRET_KEY);
  if (cached) return cached;
  const p = PropertiesService.getScriptProperties();
  let value = p.getProperty(SECRET_KEY);
  if (!value) {
    value = Utilities.getUuid() + Utilities.getUuid();
    p.setProperty(SECRET_KEY, value);
  }
  if (warm) cache.put(SECRET_KEY, value, SECRET_CACHE_SECONDS);
  return value;
}

/** Hashes NIPs with the secret, fetching it at most once per run and only when a NIP needs it. */
function hasher(run: Run): (s: Scored) => string {
  let key: string | undefined;
  return (s) => {
    if (!run.snapshot.collectNip || s.nip === "") return "";
    key ??= secret();
    return hmacSha256Hex(key, s.nip);
  };
}

function dateOf(ms: number): Date {
  return new Date(ms);
}

/**
 * Counts: rows below the header in the live tab; the responses expected in Skor (the live tab's
 * rows with the adjustment the last reconcile found: earlier tabs, blank rows); Skor's rows.
 */
function counts(run: Run): { live: number; resp: number; skor: number } {
  const live = Math.max(0, run.resp.getLastRow() - 1);
  return {
    live,
    resp: live + (run.stored.state.rowAdjust ?? 0),
    skor: Math.max(0, run.skor.getLastRow() - 1),
  };
}

function readRow(sheet: Sheet, row: number, width: number): unknown[] {
  return sheet.getRange(row, 1, 1, width).getValues()[0];
}

/**
 * A response key in Skor, searched on Google's side in the key column only (a key is never part
 * of another cell of that column, so the whole-cell option is not needed).
 */
function findKey(sheet: Sheet, text: string, skorRows: number): GoogleAppsScript.Spreadsheet.Range | null {
  if (skorRows <= 0) return null;
  return sheet
    .getRange(2, SK.key + 1, skorRows, 1)
    .createTextFinder(text)
    .findNext();
}

interface Known {
  row: number;
  entry: SkorEntry;
}

function markDuplicate(run: Run, row: number): void {
  run.skor
    .getRange(row, SK.status + 1, 1, 2)
    .setValues([[asText(STATUS.duplicate), asText(reasonText({ code: "duplicate" }, run.snapshot.lang))]]);
}

/**
 * Settles a new valid response against the counted one of its NIP group (if any) under the
 * policy; returns the response as it is to be written (duplikat when it loses).
 */
function settle(
  run: Run,
  s: Scored,
  group: Known[],
  aggs: Aggregates,
  changed: Set<string>,
  write: (k: Known) => void,
): Scored {
  const counted = group.find((g) => g.entry.status === STATUS.valid);
  if (!counted) return s;
  if (prefer({ key: s.key, time: s.time }, counted.entry, run.snapshot.policy)) {
    for (const n of apply(aggs, counted.entry, -1)) changed.add(n);
    counted.entry = { ...counted.entry, status: STATUS.duplicate };
    write(counted);
    return s;
  }
  return { ...s, status: STATUS.duplicate, reason: { code: "duplicate" } };
}

/** The fast path: one new response, its NIP group found on the server side, one appended row. */
function addOne(run: Run, s0: Scored, aggs: Aggregates, skorRows: number): string[] {
  const changed = new Set<string>(["all"]);
  const hash = hasher(run)(s0);
  let s = s0;
  const flips: Known[] = [];
  if (hash !== "" && s.status === STATUS.valid) {
    s = settle(run, s, findByHash(run, hash, skorRows), aggs, changed, (k) => flips.push(k));
  }
  // The row first, then any flip: a crash in between leaves the row count changed, which the next run notices.
  run.skor.appendRow(skorRow(s, hash, run.snapshot.points, run.snapshot.lang, dateOf(s.time)));
  for (const k of flips) markDuplicate(run, k.row);
  for (const n of apply(aggs, s, 1)) changed.add(n);
  return [...changed];
}

/** Many new responses (catch-up): settled in memory, written as one block below the last Skor row. */
function addMany(run: Run, scored: readonly Scored[], aggs: Aggregates): string[] {
  const changed = new Set<string>(["all"]);
  if (scored.length === 0) return [];
  const snap = run.snapshot;
  const hashOf = hasher(run);
  const hashes = scored.map(hashOf);
  const groups = new Map<string, Known[]>();
  const start = run.skor.getLastRow() + 1;
  if (hashes.some((h) => h !== "") && start > 2) {
    // Existing NIP groups: the status and hash columns, then whole rows only where a hash recurs.
    const n = start - 2;
    const status = run.skor.getRange(2, SK.status + 1, n, 1).getValues();
    const hashCol = run.skor.getRange(2, SK.nipHash + 1, n, 1).getValues();
    const wanted = new Set(hashes.filter((h) => h !== ""));
    hashCol.forEach((h, i) => {
      const hash = String(h[0]);
      if (!wanted.has(hash) || String(status[i][0]) !== STATUS.valid) return;
      const row = i + 2;
      const entry = readSkorRow(readRow(run.skor, row, SKOR_WIDTH), snap.points);
      groups.set(hash, [...(groups.get(hash) ?? []), { row, entry }]);
    });
  }
  const rows: unknown[][] = [];
  const flips: number[] = [];
  const order = scored.map((_, i) => i).sort((a, b) => scored[a].time - scored[b].time || a - b);
  const placed: Scored[] = [];
  for (const i of order) {
    let s = scored[i];
    const hash = hashes[i];
    if (hash !== "" && s.status === STATUS.valid) {
      s = settle(run, s, groups.get(hash) ?? [], aggs, changed, (k) => {
        if (k.row < start) flips.push(k.row);
        else {
          const j = k.row - start;
          placed[j] = { ...placed[j], status: STATUS.duplicate, reason: { code: "duplicate" } };
          rows[j] = skorRow(placed[j], hash, snap.points, snap.lang, dateOf(placed[j].time));
        }
      });
    }
    const row = start + rows.length;
    placed.push(s);
    rows.push(skorRow(s, hash, snap.points, snap.lang, dateOf(s.time)));
    if (hash !== "") {
      const entry: SkorEntry = { ...s, nipHash: hash };
      groups.set(hash, [...(groups.get(hash) ?? []), { row, entry }]);
    }
    for (const n of apply(aggs, s, 1)) changed.add(n);
  }
  ensureGrid(run.skor, start + rows.length - 1);
  run.skor.getRange(start, 1, rows.length, SKOR_WIDTH).setValues(rows);
  for (const r of flips) markDuplicate(run, r);
  return [...changed];
}

/** Skor rows with a NIP hash, found on Google's side in the hash column only. */
function findByHash(run: Run, hash: string, skorRows: number): Known[] {
  if (skorRows <= 0) return [];
  return run.skor
    .getRange(2, SK.nipHash + 1, skorRows, 1)
    .createTextFinder(hash)
    .findAll()
    .map((r) => {
      const row = r.getRow();
      return { row, entry: readSkorRow(readRow(run.skor, row, SKOR_WIDTH), run.snapshot.points) };
    });
}

/**
 * The dashboard's values first, then the aggregates with the Skor row count they reflect, in one
 * write: after a crash anywhere before it, the stored count differs from Skor's and the next run
 * rebuilds the aggregates from Skor.
 */
function commit(
  run: Run,
  aggs: Aggregates,
  changed: readonly string[],
  skorRows: number,
  liveRows?: number,
): void {
  let dashRows = skorRows;
  try {
    // No Dasbor yet (the responses tab appeared after setup, in a later execution): it is built
    // with the first counted response.
    if (!refreshDashboardValues(run, aggs))
      fullRefresh(run.ss, { ...run.stored, aggs }, run.snapshot, skorRows, run.props);
  } catch (e) {
    // A broken dashboard (staff deleted its columns…) must not stop the counting: it is reported,
    // and marked stale so that the next full refresh rebuilds it.
    recordError(e);
    dashRows = -1;
  }
  const live = liveRows === undefined ? {} : liveEntry(liveRows);
  run.props.setProperties({ ...aggEntries(aggs, changed, skorRows), ...dashEntry(dashRows), ...live });
}

/**
 * Rebuilds the aggregates (and settles duplicates) from Skor itself, when the stored aggregates do
 * not reflect it: a run died between writing Skor and saving them. Every row is checked first: when
 * one is not the product's (a totals line, a note, a hand-edited score), Skor is not trusted and
 * everything is rebuilt from the raw responses instead; then null is returned (that recompute
 * counts whatever the caller was about to add).
 */
export function repair(run: Run, skorRows: number): Aggregates | null {
  const snap = run.snapshot;
  const values = skorRows > 0 ? run.skor.getRange(2, 1, skorRows, SKOR_WIDTH).getValues() : [];
  if (!values.every((r) => isProductRow(r, snap.points))) {
    startRecompute(run);
    return null;
  }
  const entries = values.map((r) => readSkorRow(r, snap.points));
  const dups = duplicateIndexes(
    entries.map((e) => ({
      hash: e.nipHash,
      eligible: e.status !== STATUS.invalid,
      key: e.key,
      time: e.time,
    })),
    snap.policy,
  );
  const final = entries.map((e, i) => {
    if (e.status === STATUS.invalid) return e;
    return { ...e, status: dups.has(i) ? STATUS.duplicate : STATUS.valid };
  });
  if (final.some((e, i) => e.status !== entries[i].status)) {
    const reason = reasonText({ code: "duplicate" }, snap.lang);
    const block = final.map((e, i) =>
      e.status === entries[i].status
        ? [asText(String(values[i][SK.status])), asText(String(values[i][SK.reason]))]
        : [asText(e.status), asText(e.status === STATUS.duplicate ? reason : "")],
    );
    run.skor.getRange(2, SK.status + 1, skorRows, 2).setValues(block);
  }
  const aggs = aggregateAll(final);
  refreshDashboardValues(run, aggs);
  writeAllAggregates(run.props, aggs, run.stored.keys, skorRows);
  run.props.setProperties(dashEntry(skorRows));
  return aggs;
}

/** The stored aggregates if they reflect Skor as it is, else rebuilt from Skor. */
function consistentAggregates(run: Run, skorRows: number): Aggregates | null {
  return run.stored.aggRows === skorRows ? run.stored.aggs : repair(run, skorRows);
}

/**
 * A trigger's work under the script lock: if the lock is not had in time nothing is written (the
 * work waits for the next run); an error is recorded for the health check and re-thrown, so that
 * Apps Script logs the failed execution too. The lock is released after the writes are flushed;
 * `lastThing`: the work is all the execution does, and Apps Script releases a lock when the
 * execution ends, at the same moment and without a round trip (a submission saves one).
 */
function underTriggerLock<T>(waitMs: number, whenBusy: T, work: () => T, lastThing = false): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return whenBusy;
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } catch (e) {
    recordError(e);
    throw e;
  } finally {
    if (!lastThing) lock.releaseLock();
  }
}

/**
 * A run for a trigger: when setup left the link pending (Google had not shown the responses tab
 * yet), the tab is adopted first if this execution can see it (the event's own tab when it is
 * the form's).
 */
function openRunFinishingLink(event?: { sheet: Sheet; id: number }): Run | null {
  const run = openRun(undefined, undefined, event);
  if (run) return run;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const state = { ...loadStored(props).state };
  if (!finishPendingLink(ss, props, state, event?.sheet)) return null;
  writeState(props, state);
  return openRun(ss, props);
}

/**
 * The usual submission (PERFORMANCE.md's floor): the event's row is the one just below the rows Skor
 * reflects, and Skor has exactly the rows the aggregates count (no run died half-way). Then the row
 * is read from the event's own range, scored, appended, and the aggregates and the dashboard's
 * values saved, with no count of either tab and no search for the key; a NIP's group is searched
 * in the hash column only. Anything else (a doubled or lost event, a crash before, staff at work,
 * a recompute) is left to the general path. Returns whether it handled the submission.
 */
function fastSubmission(range: GoogleAppsScript.Spreadsheet.Range, row: number): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const stored = loadStored(props);
  const { state, snapshot } = stored;
  if (!snapshot || state.recompute || state.columnsMissing?.length) return false;
  if (state.responsesSheetId !== range.getGridId()) return false;
  if (row !== stored.liveRows + 2 || stored.edited === "all" || stored.edited.length > 0) return false;
  if (stored.aggRows !== stored.dashRows) return false;
  const values = range.getValues()[0];
  if (!values || isBlankRow(values)) return false;
  const skor = skorSheet(ss, snapshot.lang);
  const skorRows = Math.max(0, skor.getLastRow() - 1);
  if (skorRows !== stored.aggRows) return false;
  const run: Run = {
    ss,
    props,
    stored,
    snapshot,
    get resp() {
      return range.getSheet(); // not needed on this path: asked for only if that changes
    },
    skor,
    started: EXECUTION_STARTED,
  };
  const aggs = stored.aggs;
  const changed = addOne(run, scoreRow(values, snapshot.cols, scoreConfig(snapshot)), aggs, skorRows);
  commit(run, aggs, changed, skorRows + 1, row - 1);
  return true;
}

/** Form-submit trigger: the fast path for the event's row, a reconcile when counts say more is missing. */
export function processSubmission(eventRange: GoogleAppsScript.Spreadsheet.Range | undefined): void {
  // Not had in time (a burst queues on the lock): never lost, a follow-up run counts it within minutes.
  const had = underTriggerLock(
    10_000,
    false,
    () => {
      const row = eventRange?.getRow();
      if (eventRange && row !== undefined && fastSubmission(eventRange, row)) return true;
      const sheet = eventRange?.getSheet();
      processWithLock(sheet ? { sheet, id: sheet.getSheetId() } : undefined, row);
      return true;
    },
    true,
  );
  if (!had) scheduleFollowUp();
}

/** The general path: counts, the key looked up, a reconcile when counts say more is missing. */
function processWithLock(
  event: { sheet: Sheet; id: number } | undefined,
  eventRow: number | undefined,
): void {
  const run = openRunFinishingLink(event);
  if (!run || run.stored.state.recompute) return; // a recompute picks up new responses when it ends
  // A question's column can no longer be found (staff renamed its header): responses wait.
  if (run.stored.state.columnsMissing?.length) return;
  // A response to another form linked to this spreadsheet (a scratch form, a self-test) is not ours.
  if (event && event.id !== run.stored.state.responsesSheetId) return;
  const n = counts(run);
  if (n.live === 0) return;
  // Staff edited responses since the last run (the edit trigger marked their timestamps): the
  // marked ones are rescored, and this one with them.
  const edited = run.stored.edited;
  if (edited === "all" || edited.length > 0) {
    reconcile(run, { force: true, checkEdits: false });
    return;
  }
  const width = run.snapshot.cols.width;
  const unprocessed = (r: number): unknown[] | null => {
    const row = readRow(run.resp, r, width);
    if (isBlankRow(row) || findKey(run.skor, responseKey(row, run.snapshot.cols), n.skor)) return null;
    return row;
  };
  const eventOk = eventRow !== undefined && eventRow >= 2 && eventRow <= n.live + 1;
  if (n.resp === n.skor + 1) {
    // Normally exactly one new response: the event's row, or (a blank or stale event) the last row.
    const candidates = eventOk && eventRow !== n.live + 1 ? [eventRow, n.live + 1] : [n.live + 1];
    for (const r of candidates) {
      const row = unprocessed(r);
      if (!row) continue;
      const aggs = consistentAggregates(run, n.skor);
      if (!aggs) return; // rebuilt from the raw responses, this one included
      const changed = addOne(run, scoreRow(row, run.snapshot.cols, scoreConfig(run.snapshot)), aggs, n.skor);
      commit(run, aggs, changed, n.skor + 1, n.resp === n.skor + 1 ? n.live : undefined);
      return;
    }
    reconcile(run, { force: true, checkEdits: false });
  } else if (n.resp === n.skor) {
    // A doubled or blank event finds nothing new; an edited response has a new key in an old row.
    if (eventOk && unprocessed(eventRow)) reconcile(run, { force: true, checkEdits: false });
  } else reconcile(run, { force: true, checkEdits: false });
}

const FOLLOW_UP_HANDLER = "catchUpSoonTrigger";
/** A follow-up run comes this long after a submission that could not get the lock. */
const FOLLOW_UP_MS = 5 * 60 * 1000;

/**
 * A submission that could not get the script lock in time (a burst after a reminder) leaves its
 * response to a one-off catch-up a few minutes later, so that it is on Dasbor within 15 minutes
 * rather than at the next hourly run. One such trigger at a time (it counts against the 20 a user
 * may have); if even that cannot be made, the hourly run takes the response.
 */
function scheduleFollowUp(): void {
  try {
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === FOLLOW_UP_HANDLER)) return;
    ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(FOLLOW_UP_MS).create();
  } catch (e) {
    recordError(e);
  }
}

/** The one-off follow-up: removes itself, catches up; still busy, it comes again. */
export function followUpRun(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === FOLLOW_UP_HANDLER) ScriptApp.deleteTrigger(t);
  if (catchUp() === null) scheduleFollowUp();
}

/** Row numbers (from 2) grouped by a value of theirs. */
function groupRows<T>(values: readonly T[]): Map<T, number[]> {
  const out = new Map<T, number[]>();
  values.forEach((v, i) => {
    const list = out.get(v);
    if (list) list.push(i + 2);
    else out.set(v, [i + 2]);
  });
  return out;
}

function timeOf(v: unknown): number {
  return Object.prototype.toString.call(v) === "[object Date]" ? (v as Date).getTime() : 0;
}

/**
 * Reads the given rows in as few blocks as their spread allows (one block when they are together),
 * into `into`; rows already there are not read again.
 */
function readRows(sheet: Sheet, rows: readonly number[], width: number, into: Map<number, unknown[]>): void {
  const sorted = [...new Set(rows)].filter((r) => !into.has(r)).sort((a, b) => a - b);
  if (sorted.length === 0) return;
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r <= last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  const blocks = runs.length > 8 ? [[sorted[0], sorted[sorted.length - 1]] as [number, number]] : runs;
  const wanted = new Set(sorted);
  for (const [a, b] of blocks) {
    const values = sheet.getRange(a, 1, b - a + 1, width).getValues();
    values.forEach((v, i) => {
      if (wanted.has(a + i)) into.set(a + i, v);
    });
  }
}

/** A responses tab the survey counts: its sheet, where its questions are, its rows below the header. */
interface Source {
  readonly sheet: Sheet;
  readonly id: number;
  readonly cols: ColumnMap;
  readonly rows: number;
}

/**
 * Every source, oldest first: the earlier tabs still present (each mapped by its own header; one
 * whose questions cannot all be found is left out, and the health check names it), then the live
 * tab. A deleted earlier tab stops counting: the counts follow what is there.
 */
function sourcesOf(run: Run, liveRows?: number): Source[] {
  const out: Source[] = [];
  for (const id of run.stored.state.retired ?? []) {
    const sheet = run.ss.getSheetById(id);
    if (!sheet || id === run.stored.state.responsesSheetId) continue;
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    if (last < 2 || width < 1) continue;
    const cols = mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0]);
    if (missingColumns(cols).length > 0) continue;
    out.push({ sheet, id, cols, rows: last - 1 });
  }
  out.push({
    sheet: run.resp,
    id: run.stored.state.responsesSheetId ?? -1,
    cols: run.snapshot.cols,
    rows: liveRows ?? Math.max(0, run.resp.getLastRow() - 1),
  });
  return out;
}

/** A source's timestamps (0 where a row has none), one column read. */
function readTimes(src: Source): number[] {
  if (src.rows === 0) return [];
  return src.sheet
    .getRange(2, src.cols.timestamp + 1, src.rows, 1)
    .getValues()
    .map((r) => timeOf(r[0]));
}

/**
 * The catch-up's full checks, at least this often: the settings tabs read again, the audit's
 * slices of whole rows (hours between are idle when nothing else is to do; 15 minutes' slack for
 * a trigger that fires a little early).
 */
const CHECK_EVERY_MS = (3 * 60 - 15) * 60 * 1000;

/**
 * Whole rows read at each full check to find corrections no edit event announced (an edit through
 * the API, a missing trigger): about this many cells, from where the last audit stopped, round the
 * sources (15,000 an hour, as when every hour audited). A run with responses to catch up leaves the
 * audit to the next hour.
 */
const AUDIT_CELLS = 45_000;

/** The next audit slice: reads it into `have`, adds its timestamps to `suspect`; returns the new cursor. */
function audit(
  run: Run,
  sources: readonly Source[],
  times: readonly number[][],
  have: Map<number, unknown[]>[],
  suspect: Set<number>,
): number {
  const total = sources.reduce((a, s) => a + s.rows, 0);
  if (total === 0) return 0;
  let at = (run.stored.state.auditAt ?? 0) % total;
  let budget = AUDIT_CELLS;
  let offset = 0;
  for (let s = 0; s < sources.length && budget > 0; s++) {
    const src = sources[s];
    if (at >= offset + src.rows) {
      offset += src.rows;
      continue;
    }
    const from = at - offset;
    const n = Math.min(src.rows - from, Math.max(1, Math.floor(budget / src.cols.width)));
    const values = src.sheet.getRange(from + 2, 1, n, src.cols.width).getValues();
    values.forEach((v, i) => {
      have[s].set(from + 2 + i, v);
      suspect.add(times[s][from + i]);
    });
    budget -= n * src.cols.width;
    at += n;
    offset += src.rows;
  }
  return at % total;
}

/**
 * Skor rows read whole at each full check, round the tab, to find cells staff edited by hand that
 * no edit event announced (an edit through the API): about this many cells.
 */
const SKOR_AUDIT_CELLS = 15_000;

/**
 * Skor's keys (one column), and with the hourly audit whether Skor is sound: after staff edited
 * Skor (the edit trigger marks it) Skor is read whole and must give the aggregates kept; otherwise
 * the next slice of rows is read whole and each row checked on its own (core/skor skorRowSound).
 */
function readSkorKeys(
  run: Run,
  rows: number,
  hourly: boolean,
  audit: boolean,
): { keys: string[]; sound: boolean; at?: number } {
  if (rows === 0) return { keys: [], sound: true, at: 0 };
  const key = (r: unknown[]) => String(r[0]);
  const points = run.snapshot.points;
  if (hourly && run.stored.skorEdited && run.stored.aggRows === rows) {
    const values = run.skor.getRange(2, 1, rows, SKOR_WIDTH).getValues();
    return { keys: values.map(key), sound: skorAgrees(values, run.stored.aggs, points) };
  }
  const keys = run.skor.getRange(2, 1, rows, 1).getValues().map(key);
  if (!audit) return { keys, sound: true };
  const from = (run.stored.state.skorAuditAt ?? 0) % rows;
  const n = Math.min(rows - from, Math.max(1, Math.floor(SKOR_AUDIT_CELLS / SKOR_WIDTH)));
  const active = new Set(run.snapshot.units.filter((u) => u.active).map((u) => u.code));
  const slice = run.skor.getRange(from + 2, 1, n, SKOR_WIDTH).getValues();
  return { keys, sound: slice.every((r) => skorRowSound(r, points, active)), at: (from + n) % rows };
}

/**
 * Brings Skor in line with every source of responses: reads the timestamps of each (one column
 * each) and Skor's keys (one column), decides which rows count at each timestamp (core/sources),
 * then compares whole keys, as multisets, for the timestamps whose counts differ, those staff
 * edited (the edit trigger marks them), rows without a timestamp, and the hourly audit's slice.
 * Missing responses are scored; Skor rows whose response is gone (deleted, cleared, corrected)
 * are removed. Returns whether anything changed.
 */
export function reconcile(run: Run, opts: { force: boolean; checkEdits: boolean; audit?: boolean }): boolean {
  const n = counts(run);
  const edited = run.stored.edited;
  const marked = edited === "all" || edited.length > 0;
  if (!opts.force && !marked && n.resp === n.skor && !(opts.checkEdits && editingOn(run))) return false;
  const sources = sourcesOf(run, n.live);
  const times = sources.map(readTimes);
  const masks = countingMasks(times);
  const counting = countingRows(times, masks);
  // The hourly catch-up's full check, when due: the audit's slices.
  const due =
    opts.audit === true &&
    n.resp === n.skor &&
    Date.now() - (run.stored.state.checkedAt ?? 0) >= CHECK_EVERY_MS;
  const checked = readSkorKeys(run, n.skor, opts.audit === true, due);
  if (!checked.sound) {
    // Skor edited by hand no longer gives the figures counted: rebuilt from the raw responses.
    if (run.stored.skorEdited) run.props.deleteProperty(SKOR_EDITED_KEY);
    startRecompute(run);
    return true;
  }
  const skorKeys = checked.keys;
  const byTimeSkor = groupRows(skorKeys.map(timeOfKey));
  const suspect = new Set<number>();
  for (const [t, at] of counting)
    if (t === 0 || (byTimeSkor.get(t)?.length ?? 0) !== at.rows.length) suspect.add(t);
  for (const t of byTimeSkor.keys()) if (!counting.has(t)) suspect.add(t);
  if (edited === "all") for (const t of counting.keys()) suspect.add(t);
  else for (const t of edited) suspect.add(t);
  const have = sources.map(() => new Map<number, unknown[]>());
  const auditAt = due ? audit(run, sources, times, have, suspect) : run.stored.state.auditAt;

  // For each suspect timestamp, compare the keys of the rows that count with Skor's, as multisets.
  sources.forEach((src, s) => {
    const rows: number[] = [];
    for (const t of suspect) {
      const at = counting.get(t);
      if (at && at.src === s) rows.push(...at.rows);
    }
    readRows(src.sheet, rows, src.cols.width, have[s]);
  });
  const missing: Scored[] = [];
  const stale: number[] = [];
  const cfg = scoreConfig(run.snapshot);
  let blank = 0;
  for (const t of [...suspect].sort((a, b) => a - b)) {
    const inSkor = new Map<string, number[]>();
    for (const r of byTimeSkor.get(t) ?? []) {
      const list = inSkor.get(skorKeys[r - 2]);
      if (list) list.push(r);
      else inSkor.set(skorKeys[r - 2], [r]);
    }
    const at = counting.get(t);
    for (const r of at?.rows ?? []) {
      const src = sources[at?.src ?? 0];
      const row = have[at?.src ?? 0].get(r);
      if (!row || isBlankRow(row)) {
        blank++;
        continue;
      }
      const list = inSkor.get(responseKey(row, src.cols));
      if (list && list.length > 0) list.shift();
      else missing.push(scoreRow(row, src.cols, cfg));
    }
    for (const list of inSkor.values()) stale.push(...list);
  }

  // What a submission compares counts with from now on, and the marks this run has dealt with.
  let expected = -blank;
  for (const at of counting.values()) expected += at.rows.length;
  const state = run.stored.state;
  const rowAdjust = expected - n.live;
  if (marked) run.props.deleteProperty(EDITED_KEY);
  if (opts.audit && run.stored.skorEdited) run.props.deleteProperty(SKOR_EDITED_KEY);
  const skorAuditAt = checked.at ?? state.skorAuditAt;
  const checkedAt = due ? Date.now() : state.checkedAt;
  if (
    (state.rowAdjust ?? 0) !== rowAdjust ||
    state.auditAt !== auditAt ||
    state.skorAuditAt !== skorAuditAt ||
    state.checkedAt !== checkedAt
  )
    writeState(run.props, { ...state, rowAdjust: rowAdjust || undefined, auditAt, skorAuditAt, checkedAt });
  if (missing.length === 0 && stale.length === 0) {
    // Skor reflects every row: the next submission below them takes the fast path.
    if (run.stored.liveRows !== n.live) run.props.setProperties(liveEntry(n.live));
    return false;
  }

  const aggs = consistentAggregates(run, n.skor);
  if (!aggs) return true; // rebuilt from the raw responses
  let skorRows = n.skor;
  // Each step that changes Skor's row count is committed before the next one starts.
  if (missing.length > 0) {
    const changed = addMany(run, missing, aggs);
    skorRows += missing.length;
    commit(run, aggs, changed, skorRows, stale.length === 0 ? n.live : undefined);
  }
  if (stale.length > 0) {
    const changed = new Set<string>(["all"]);
    const hashes = new Set<string>();
    for (const r of stale.sort((a, b) => b - a)) {
      const entry = readSkorRow(readRow(run.skor, r, SKOR_WIDTH), run.snapshot.points);
      for (const name of apply(aggs, entry, -1)) changed.add(name);
      if (entry.nipHash) hashes.add(entry.nipHash);
      run.skor.deleteRow(r);
      skorRows--;
    }
    // A removed winner leaves its duplicates without one: settle those groups again.
    for (const h of hashes) for (const name of resettle(run, h, aggs, skorRows)) changed.add(name);
    commit(run, aggs, [...changed], skorRows, n.live);
  }
  return true;
}

/**
 * The edit trigger (installable, "on edit" of the spreadsheet): staff typed, pasted or cleared
 * cells. When the edit touches responses in a source tab, their timestamps are marked, and the
 * next submission or hourly run compares those responses with Skor. It reads one column of the
 * edited rows and writes one property; a very large edit marks everything for one full compare.
 */
export function processEdit(range: GoogleAppsScript.Spreadsheet.Range | undefined): void {
  if (!range) return;
  const sheet = range.getSheet();
  const id = sheet.getSheetId();
  const props = docProps();
  const stored = loadStored(props);
  const state = stored.state;
  if (id !== state.responsesSheetId && !(state.retired ?? []).includes(id)) {
    // Skor typed over by hand: the next hourly run checks it whole and rebuilds it if it is off.
    // Pengaturan or Unit Kerja: the next hourly run reads them (an idle hour does not otherwise).
    const name = sheet.getName();
    if (!stored.skorEdited && name === TAB.scores) props.setProperty(SKOR_EDITED_KEY, "1");
    if (!stored.tabsEdited && (name === TAB.settings || name === TAB.units))
      props.setProperty(TABS_EDITED_KEY, "1");
    return;
  }
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return; // the header: the hourly run reads it again anyway
  const lock = LockService.getScriptLock();
  const locked = lock.tryLock(5_000);
  try {
    // Unlocked (a burst holds it), the mark is still written: the race it risks is the audit's to catch.
    const current = locked ? loadStored(props).edited : stored.edited;
    if (current === "all") return;
    let marks: number[] | "all" = "all";
    if (last - first < EDITED_MAX) {
      const col = id === state.responsesSheetId && stored.snapshot ? stored.snapshot.cols.timestamp + 1 : 1;
      const times = sheet
        .getRange(first, col, last - first + 1, 1)
        .getValues()
        .map((r) => timeOf(r[0]));
      const merged = [...new Set([...current, ...times])];
      if (merged.length <= EDITED_MAX) marks = merged;
    }
    props.setProperty(EDITED_KEY, marks === "all" ? "all" : JSON.stringify(marks));
  } finally {
    if (locked) lock.releaseLock();
  }
}

/** Re-decides which response of a NIP group counts (after one was removed). */
function resettle(run: Run, hash: string, aggs: Aggregates, skorRows: number): string[] {
  const group = findByHash(run, hash, skorRows).filter((g) => g.entry.status !== STATUS.invalid);
  if (group.length === 0) return [];
  const dups = duplicateIndexes(
    group.map((g) => ({ hash, eligible: true, key: g.entry.key, time: g.entry.time })),
    run.snapshot.policy,
  );
  const changed: string[] = [];
  group.forEach((g, i) => {
    const want = dups.has(i) ? STATUS.duplicate : STATUS.valid;
    if (g.entry.status === want) return;
    const reason = want === STATUS.duplicate ? reasonText({ code: "duplicate" }, run.snapshot.lang) : "";
    run.skor.getRange(g.row, SK.status + 1, 1, 2).setValues([[asText(want), asText(reason)]]);
    if (g.entry.status === STATUS.valid) changed.push(...apply(aggs, g.entry, -1));
    if (want === STATUS.valid) changed.push(...apply(aggs, { ...g.entry, status: want }, 1));
  });
  return changed;
}

/** Whether response editing is on (turned on by hand): then every catch-up compares the keys. */
function editingOn(run: Run): boolean {
  const id = run.stored.state.formId;
  if (!id) return false;
  try {
    return FormApp.openById(id).canEditResponse();
  } catch {
    return false;
  }
}

/**
 * Staff insert, delete or move columns of the responses tab, or edit a question's header: every
 * hour the header is read again (one row) and mapped by the questions it names. A new placement is
 * taken into the snapshot and everything is rescored from the raw responses; a question that can
 * no longer be found holds the processing of new responses (they wait, never "tidak valid") and
 * the health check names it. Returns whether it started a recompute or holds processing.
 */
function columnsMoved(run: Run): boolean {
  const width = run.resp.getLastColumn();
  const header = width > 0 ? run.resp.getRange(1, 1, 1, width).getValues()[0] : [];
  const cols = mapColumns(header);
  const missing = missingColumns(cols);
  const state = run.stored.state;
  if (missing.length > 0) {
    if (JSON.stringify(state.columnsMissing ?? []) !== JSON.stringify(missing))
      writeState(run.props, { ...state, columnsMissing: missing });
    return true;
  }
  if (sameColumns(cols, run.snapshot.cols) && !state.columnsMissing) return false;
  const snapshot: Snapshot = { ...run.snapshot, cols };
  writeSnapshot(run.props, snapshot);
  const cleared: State = { ...state, columnsMissing: undefined };
  startRecompute({ ...run, snapshot, stored: { ...run.stored, state: cleared, snapshot } });
  return true;
}

/** After setup linked a new tab beside earlier ones: every source compared with Skor, at once. */
export function reconcileSources(): void {
  underTriggerLock(30_000, undefined, () => {
    const run = openRun();
    if (run && !run.stored.state.recompute) reconcile(run, { force: true, checkEdits: false });
  });
}

/**
 * Changes staff made to Pengaturan or Unit Kerja take effect by the next hourly run, without a
 * manual step: the snapshot is taken again from the tabs (or from the last valid version while
 * they are invalid mid-edit), what the form offers carried over. When the units counted or the
 * scale changed, everything is rescored (an automatic recompute); otherwise the dashboard follows.
 * Returns the run to go on with, and whether it started a recompute.
 */
function followTabs(run: Run): { run: Run; recompute: boolean; changed: boolean } {
  const state: State = { ...run.stored.state };
  const version = campaignForRun(run.ss, state);
  // A snapshot of an earlier version (no reminder hour) is taken again once.
  if (!version || (state.snapDigest === version.digest && run.snapshot.reminderHour !== undefined)) {
    if (version?.changed) writeState(run.props, state);
    return { run: version?.changed ? reopen(run) : run, recompute: false, changed: false };
  }
  const prev = run.snapshot;
  const next = carryOffer(prev, snapshotOf(version.campaign, prev.cols, prev.points, prev.tzOffsetMin));
  state.snapDigest = version.digest;
  writeSnapshot(run.props, next);
  writeState(run.props, state);
  const after = reopen(run);
  if (!scoringChanged(prev, next)) return { run: after, recompute: false, changed: true };
  startRecompute(after);
  return { run: after, recompute: true, changed: true };
}

function reopen(run: Run): Run {
  return openRun(run.ss, run.props) ?? run;
}

/**
 * Whether this hour has nothing to do (PERFORMANCE.md, an idle hour): no mark from an edit event,
 * no full check due, nothing left from an earlier version or run, the responses' and Skor's row
 * counts what the kept state says, and the responses' header where the snapshot knows it. Reads
 * two row counts and one header row, without the lock; anything else runs the catch-up in full.
 */
function idleHour(stored: Stored, now: number): boolean {
  const { state, snapshot } = stored;
  if (!snapshot || state.responsesSheetId === undefined || state.recompute || state.columnsMissing)
    return false;
  if (stored.migrated || (state.derived ?? 1) < DERIVED_VERSION) return false;
  if (stored.edited === "all" || stored.edited.length > 0 || stored.skorEdited || stored.tabsEdited)
    return false;
  if (now - (state.checkedAt ?? 0) >= CHECK_EVERY_MS) return false;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const resp = ss.getSheetById(state.responsesSheetId);
  if (!resp || resp.getLastRow() - 1 !== stored.liveRows) return false;
  const skor = ss.getSheetByName(TAB.scores);
  const rows = skor ? skor.getLastRow() - 1 : -1;
  if (rows !== stored.aggRows || rows !== stored.dashRows || rows !== stored.fullRows) return false;
  const width = snapshot.cols.width;
  return sameColumns(mapColumns(resp.getRange(1, 1, 1, width).getValues()[0]), snapshot.cols);
}

/**
 * Hourly trigger (and the follow-up): processes whatever submit events missed, resumes a stalled
 * recompute. Returns whether anything changed, or null when the lock was not had.
 */
export function catchUp(known?: Stored): boolean | null | "idle" {
  if (known && idleHour(known, Date.now())) return "idle";
  return underTriggerLock<boolean | null>(30_000, null, () => {
    const opened = openRunFinishingLink();
    if (!opened) return false;
    if (opened.stored.tabsEdited) opened.props.deleteProperty(TABS_EDITED_KEY);
    const followed = opened.stored.state.recompute ? null : followTabs(opened);
    if (followed?.recompute) return true;
    const run = followed?.run ?? opened;
    // Submissions find the NIP hashing key in the script cache.
    if (run.snapshot.collectNip) secret(true);
    const rc = run.stored.state.recompute;
    if (!rc && columnsMoved(run)) return true;
    if (!rc && (run.stored.state.derived ?? 1) < DERIVED_VERSION) {
      // A new version changed the layout of Skor or the aggregates: rebuilt from the raw responses.
      const state: State = { ...run.stored.state, derived: DERIVED_VERSION };
      startRecompute({ ...run, stored: { ...run.stored, state } });
      return true;
    }
    if (rc) {
      // A recompute whose continuation has not run for 15 minutes died: carry on from its mark.
      if (Date.now() - rc.lastRun > 15 * 60 * 1000) recomputeStep(run);
      return false;
    }
    const skorRows = Math.max(0, run.skor.getLastRow() - 1);
    let changed = false;
    if (run.stored.aggRows !== skorRows) {
      if (!repair(run, skorRows)) return true;
      changed = true;
    } else if (run.stored.dashRows !== skorRows) {
      refreshDashboardValues(run, run.stored.aggs);
      run.props.setProperties(dashEntry(skorRows));
      changed = true;
    }
    const fresh = changed ? openRun(run.ss, run.props) : run;
    // Every hour the timestamps are compared even when the row counts agree: a row deleted by staff
    // in the hour an event was lost leaves the counts equal. It reads one column of each tab.
    if (fresh && reconcile(fresh, { force: true, checkEdits: true, audit: true })) changed = true;
    // Formats, colours, order, groups and charts follow whatever changed since the last full refresh.
    if (changed || followed?.changed || run.stored.fullRows !== skorRows) refreshAll(run);
    return changed;
  });
}

export interface RecomputeResult {
  readonly done: boolean;
  readonly processed: number;
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly duplicates: number;
}

/** The full dashboard refresh from what is stored now. */
export function refreshAll(
  run: Pick<Run, "ss" | "props" | "skor">,
  known?: { stored: Stored; skorRows: number },
): void {
  const stored = known?.stored ?? loadStored(run.props);
  if (!stored.snapshot) return;
  const rows = known?.skorRows ?? Math.max(0, run.skor.getLastRow() - 1);
  fullRefresh(run.ss, stored, stored.snapshot, rows, run.props);
}

/** Menu: Perbarui Dasbor. */
export function refreshDashboardMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const stored = loadStored(props);
  const t = strings(stored.snapshot?.lang);
  if (!stored.snapshot) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.menuDashboard, t.updateFormNoForm, ui.ButtonSet.OK);
    return;
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.menuDashboard, t.recomputeBusy, ui.ButtonSet.OK);
    return;
  }
  try {
    const skor = ss.getSheetByName(TAB.scores);
    fullRefresh(ss, stored, stored.snapshot, skor ? Math.max(0, skor.getLastRow() - 1) : 0, props, true);
    SpreadsheetApp.flush();
    ss.toast(t.dashRefreshed, t.menuDashboard);
  } finally {
    lock.releaseLock();
  }
}

/** Starts a recompute: Skor is cleared and rebuilt from the raw responses of every source, resumably. */
export function startRecompute(run: Run): RecomputeResult {
  const sources = sourcesOf(run);
  const total = sources.reduce((a, src) => a + src.rows, 0);
  const state: State = {
    ...run.stored.state,
    recompute: { next: 2, total, lastRun: Date.now(), src: sources[0].id, written: 0, attempts: 1 },
  };
  writeState(run.props, state);
  const last = run.skor.getLastRow();
  if (last > 1) run.skor.getRange(2, 1, last - 1, SKOR_WIDTH).clearContent();
  return recomputeStep({ ...run, stored: { ...run.stored, state } }, true);
}

/** Runs of a recompute in a row that may fail without progress before it is given up. */
const RECOMPUTE_ATTEMPTS = 3;

/**
 * One run of a recompute: scores the rows that count (core/sources) from the mark, source after
 * source, in chunks, while time allows; appends them to Skor; then settles duplicates and the
 * aggregates. If time runs out, the mark is saved and a one-off trigger continues (and removes
 * itself when done). A source that vanished between runs (staff deleted an earlier tab) makes the
 * recompute start again.
 */
export function recomputeStep(run: Run, counted = false): RecomputeResult {
  const state0 = run.stored.state;
  const rc0 = state0.recompute;
  if (!rc0) return { done: true, processed: 0, total: 0, valid: 0, invalid: 0, duplicates: 0 };
  // A recompute that keeps failing must not hold processing for ever: each run counts an attempt
  // (progress resets the count); past the limit it is given up, the health check says so, and the
  // hourly reconcile scores whatever Skor lacks, incrementally, as after any crash.
  const rc = counted ? rc0 : { ...rc0, attempts: (rc0.attempts ?? 0) + 1 };
  if ((rc.attempts ?? 0) > RECOMPUTE_ATTEMPTS) {
    writeState(run.props, { ...state0, recompute: undefined });
    removeContinuation();
    recordError(
      new Error(fill(strings(run.snapshot.lang).recomputeAbandoned, { count: RECOMPUTE_ATTEMPTS })),
    );
    return { done: false, processed: 0, total: rc.total, valid: 0, invalid: 0, duplicates: 0 };
  }
  const state: State = { ...state0, recompute: rc };
  if (!counted) writeState(run.props, state);
  const snap = run.snapshot;
  const cfg = scoreConfig(snap);
  const hashOf = hasher(run);
  const deadline = run.started + TIME_BUDGET_MS;
  const sources = sourcesOf(run);
  // Version 2 scored its single source in place: its mark is the live tab's row, as many written.
  let s = rc.src === undefined ? sources.length - 1 : sources.findIndex((x) => x.id === rc.src);
  if (s < 0)
    return startRecompute({ ...run, stored: { ...run.stored, state: { ...state, recompute: undefined } } });
  // One tab: every row counts (blank ones aside), so its timestamps need not be read.
  const masks =
    sources.length === 1
      ? [Array<boolean>(sources[0].rows).fill(true)]
      : countingMasks(sources.map(readTimes));
  // When this run scores every row, its results stay in memory for the settling below.
  const inMemory: { entry: Scored; nipHash: string; reason: string }[] = [];
  const fromStart = rc.next === 2 && s === 0 && !rc.written;
  let written = rc.written ?? rc.next - 2;
  ensureGrid(run.skor, written + 1 + sources.slice(s).reduce((a, x) => a + x.rows, 0));
  let next = rc.next;
  let done = 0;
  for (let i = 0; i < s; i++) done += sources[i].rows;
  let lastChunkMs = 0;
  let outOfTime = false;
  for (; s < sources.length; s++, next = 2) {
    const src = sources[s];
    while (next <= src.rows + 1) {
      if (Date.now() + lastChunkMs * 1.5 > deadline) {
        outOfTime = true;
        break;
      }
      const t0 = Date.now();
      const n = Math.min(RECOMPUTE_CHUNK, src.rows + 2 - next);
      const rows = src.sheet.getRange(next, 1, n, src.cols.width).getValues();
      const out: unknown[][] = [];
      rows.forEach((row, i) => {
        if (!masks[s][next - 2 + i] || isBlankRow(row)) return;
        const sc = scoreRow(row, src.cols, cfg);
        const nipHash = hashOf(sc);
        if (fromStart) inMemory.push({ entry: sc, nipHash, reason: reasonText(sc.reason, snap.lang) });
        // The response's own timestamp cell goes to Skor as it is (no new Date per row).
        out.push(
          skorRow(
            sc,
            nipHash,
            snap.points,
            snap.lang,
            sc.time > 0 ? row[src.cols.timestamp] : dateOf(sc.time),
          ),
        );
      });
      if (out.length > 0) run.skor.getRange(written + 2, 1, out.length, SKOR_WIDTH).setValues(out);
      written += out.length;
      next += n;
      lastChunkMs = Date.now() - t0;
      const more = next <= src.rows + 1 || s < sources.length - 1;
      if (more) {
        const mark = next <= src.rows + 1 ? { src: src.id, next } : { src: sources[s + 1].id, next: 2 };
        writeState(run.props, {
          ...state,
          recompute: { ...rc, ...mark, written, lastRun: Date.now(), attempts: 0 },
        });
      }
    }
    if (outOfTime) break;
    done += src.rows;
  }
  if (outOfTime) {
    scheduleContinuation();
    return { done: false, processed: done + next - 2, total: rc.total, valid: 0, invalid: 0, duplicates: 0 };
  }
  const total = written;
  // Settle duplicates and aggregates over the whole of Skor (in memory when this run wrote all of it).
  let entries: SkorEntry[];
  let reasons: string[];
  if (fromStart) {
    entries = inMemory.map((m) => ({ ...m.entry, nipHash: m.nipHash }));
    reasons = inMemory.map((m) => m.reason);
  } else {
    const values = total > 0 ? run.skor.getRange(2, 1, total, SKOR_WIDTH).getValues() : [];
    entries = values.map((r) => readSkorRow(r, snap.points));
    reasons = values.map((r) => String(r[SK.reason]));
  }
  const dups = duplicateIndexes(
    entries.map((e) => ({ hash: e.nipHash, eligible: e.status === STATUS.valid, key: e.key, time: e.time })),
    snap.policy,
  );
  if (dups.size > 0) {
    const reason = reasonText({ code: "duplicate" }, snap.lang);
    const block = entries.map((e, i) =>
      dups.has(i) ? [asText(STATUS.duplicate), asText(reason)] : [asText(e.status), asText(reasons[i])],
    );
    run.skor.getRange(2, SK.status + 1, total, 2).setValues(block);
  }
  const final = entries.map((e, i) => (dups.has(i) ? { ...e, status: STATUS.duplicate } : e));
  const aggs = aggregateAll(final);
  const live = sources[sources.length - 1].rows;
  writeAllAggregates(run.props, aggs, run.stored.keys, total, liveEntry(live));
  const cleared: State = { ...state, recompute: undefined, rowAdjust: total - live || undefined };
  writeState(run.props, cleared);
  // Marks of edits are settled by the recompute itself.
  if (run.stored.edited === "all" || run.stored.edited.length > 0) run.props.deleteProperty(EDITED_KEY);
  if (!fromStart) removeContinuation();
  const after: Run = {
    ...run,
    stored: { ...run.stored, state: cleared, aggs, aggRows: total, dashRows: total, edited: [] },
  };
  // Responses that arrived meanwhile waited for this moment. A recompute spread over several runs
  // read rows by position: if staff sorted the tab between runs, some were scored twice and some
  // not at all though the counts agree, so the keys are compared whatever the counts say.
  if (reconcile(after, { force: !fromStart, checkEdits: false })) refreshAll(after);
  else refreshAll(after, { stored: after.stored, skorRows: total });
  const count = (st: string) => final.filter((e) => e.status === st).length;
  return {
    done: true,
    processed: total,
    total,
    valid: count(STATUS.valid),
    invalid: count(STATUS.invalid),
    duplicates: count(STATUS.duplicate),
  };
}

function scheduleContinuation(): void {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === CONTINUE_HANDLER)) return;
  ScriptApp.newTrigger(CONTINUE_HANDLER)
    .timeBased()
    .after(60 * 1000)
    .create();
}

function removeContinuation(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
}

/** The continuation trigger of a recompute too large for one run. */
export function continueRecompute(): void {
  underTriggerLock(30_000, undefined, () => {
    const run = openRun();
    if (!run) return;
    // The one-off trigger has fired: remove it, so that a further continuation can be scheduled.
    removeContinuation();
    recomputeStep(run);
  });
}
