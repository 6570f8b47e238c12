/**
 * Processing responses (PRODUCT.md, "Processing a submission"): under the script lock, every
 * response not yet in Skor is scored once; a submit event is only a wake-up call. Responses are
 * known by their key, never by their row. The hourly catch-up reconciles whatever events missed;
 * the recompute rebuilds everything from the raw responses.
 */
import { type Aggregates, aggregateAll, apply } from "../core/aggregate";
import { duplicateIndexes, prefer } from "../core/duplicates";
import {
  isBlankRow,
  mapColumns,
  missingColumns,
  responseKey,
  type Scored,
  STATUS,
  sameColumns,
  scoreRow,
  timeOfKey,
} from "../core/scoring";
import { hmacSha256Hex } from "../core/sha256";
import {
  asText,
  isProductRow,
  readSkorRow,
  reasonText,
  SK,
  SKOR_WIDTH,
  type SkorEntry,
  skorRow,
} from "../core/skor";
import { type Snapshot, scoreConfig } from "../core/snapshot";
import { strings } from "../core/strings";
import { TAB } from "../core/tabs";
import { fill } from "../core/template";
import { DERIVED_VERSION } from "../core/upgrade";
import { EXECUTION_STARTED } from "./clock";
import { fullRefresh, refreshDashboardValues } from "./dashboard";
import { finishPendingLink } from "./link";
import { ensureGrid, skorSheet } from "./skorTab";
import {
  aggEntries,
  dashEntry,
  docProps,
  loadStored,
  type State,
  type Stored,
  writeAllAggregates,
  writeSnapshot,
  writeState,
} from "./state";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

const SECRET_KEY = "berakhlak.secret";
/** Leave this much of the 6-minute execution for writing results and releasing the lock. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const RECOMPUTE_CHUNK = 25_000;
const CONTINUE_HANDLER = "recomputeContinueTrigger";

export interface Run {
  readonly ss: Spreadsheet;
  readonly props: Props;
  readonly stored: Stored;
  readonly snapshot: Snapshot;
  readonly resp: Sheet;
  readonly skor: Sheet;
  readonly started: number;
}

/** What a run needs, or null when the survey is not set up yet. */
export function openRun(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  props: Props = docProps(),
  eventSheet?: { sheet: Sheet; id: number },
): Run | null {
  const started = EXECUTION_STARTED;
  const stored = loadStored(props);
  const snapshot = stored.snapshot;
  if (!snapshot || stored.state.responsesSheetId === undefined) return null;
  // The submit event's own tab, when it is the survey's, saves looking it up.
  const resp =
    eventSheet && eventSheet.id === stored.state.responsesSheetId
      ? eventSheet.sheet
      : ss.getSheetById(stored.state.responsesSheetId);
  if (!resp) return null;
  return { ss, props, stored, snapshot, resp, skor: skorSheet(ss, snapshot.lang), started };
}

/** The keyed-hash secret, created once (script properties: never part of the spreadsheet). */
function secret(): string {
  const p = PropertiesService.getScriptProperties();
  const existing = p.getProperty(SECRET_KEY);
  if (existing) return existing;
  const made = Utilities.getUuid() + Utilities.getUuid();
  p.setProperty(SECRET_KEY, made);
  return made;
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

/** Counts: responses below the header, Skor rows below the header. */
function counts(run: Run): { resp: number; skor: number } {
  return { resp: Math.max(0, run.resp.getLastRow() - 1), skor: Math.max(0, run.skor.getLastRow() - 1) };
}

function readRow(sheet: Sheet, row: number, width: number): unknown[] {
  return sheet.getRange(row, 1, 1, width).getValues()[0];
}

function findKey(sheet: Sheet, text: string): GoogleAppsScript.Spreadsheet.Range | null {
  return sheet.createTextFinder(text).matchEntireCell(true).findNext();
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
function addOne(run: Run, s0: Scored, aggs: Aggregates): string[] {
  const changed = new Set<string>(["all"]);
  const hash = hasher(run)(s0);
  let s = s0;
  const flips: Known[] = [];
  if (hash !== "" && s.status === STATUS.valid) {
    s = settle(run, s, findByHash(run, hash), aggs, changed, (k) => flips.push(k));
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

/** Skor rows with a NIP hash, found on the server side. */
function findByHash(run: Run, hash: string): Known[] {
  return run.skor
    .createTextFinder(hash)
    .matchEntireCell(true)
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
function commit(run: Run, aggs: Aggregates, changed: readonly string[], skorRows: number): void {
  let dashRows = skorRows;
  try {
    refreshDashboardValues(run, aggs);
  } catch (e) {
    // A broken dashboard (staff deleted its columns…) must not stop the counting: it is reported,
    // and marked stale so that the next full refresh rebuilds it.
    recordError(e);
    dashRows = -1;
  }
  run.props.setProperties({ ...aggEntries(aggs, changed, skorRows), ...dashEntry(dashRows) });
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
  if (!values.every(isProductRow)) {
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
 * Apps Script logs the failed execution too; the lock is always released.
 */
function underTriggerLock<T>(waitMs: number, whenBusy: T, work: () => T): T {
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
    lock.releaseLock();
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

/** Form-submit trigger: the fast path for the event's row, a reconcile when counts say more is missing. */
export function processSubmission(eventRange: GoogleAppsScript.Spreadsheet.Range | undefined): void {
  const sheet = eventRange?.getSheet();
  const event = sheet ? { sheet, id: sheet.getSheetId() } : undefined;
  const eventRow = eventRange?.getRow();
  // Not had in time: never lost, the next event or the hourly catch-up takes it.
  underTriggerLock(10_000, undefined, () => {
    const run = openRunFinishingLink(event);
    if (!run || run.stored.state.recompute) return; // a recompute picks up new responses when it ends
    // A question's column can no longer be found (staff renamed its header): responses wait.
    if (run.stored.state.columnsMissing?.length) return;
    // A response to another form linked to this spreadsheet (a scratch form, a self-test) is not ours.
    if (event && event.id !== run.stored.state.responsesSheetId) return;
    const n = counts(run);
    if (n.resp === 0) return;
    const width = run.snapshot.cols.width;
    const unprocessed = (r: number): unknown[] | null => {
      const row = readRow(run.resp, r, width);
      if (isBlankRow(row) || findKey(run.skor, responseKey(row, run.snapshot.cols))) return null;
      return row;
    };
    const eventOk = eventRow !== undefined && eventRow >= 2 && eventRow <= n.resp + 1;
    if (n.resp === n.skor + 1) {
      // Normally exactly one new response: the event's row, or (a blank or stale event) the last row.
      const candidates = eventOk && eventRow !== n.resp + 1 ? [eventRow, n.resp + 1] : [n.resp + 1];
      for (const r of candidates) {
        const row = unprocessed(r);
        if (!row) continue;
        const aggs = consistentAggregates(run, n.skor);
        if (!aggs) return; // rebuilt from the raw responses, this one included
        const changed = addOne(run, scoreRow(row, run.snapshot.cols, scoreConfig(run.snapshot)), aggs);
        commit(run, aggs, changed, n.skor + 1);
        return;
      }
      reconcile(run, { force: true, checkEdits: false });
    } else if (n.resp === n.skor) {
      // A doubled or blank event finds nothing new; an edited response has a new key in an old row.
      if (eventOk && unprocessed(eventRow)) reconcile(run, { force: true, checkEdits: false });
    } else reconcile(run, { force: true, checkEdits: false });
  });
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

/** Reads the given rows in as few blocks as their spread allows (one block when they are together). */
function readRows(sheet: Sheet, rows: readonly number[], width: number): Map<number, unknown[]> {
  const out = new Map<number, unknown[]>();
  if (rows.length === 0) return out;
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
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
      if (wanted.has(a + i)) out.set(a + i, v);
    });
  }
  return out;
}

/**
 * Brings Skor in line with the responses tab: compares counts, then the timestamps (a key
 * starts with its response's timestamp), then whole keys for the timestamps that differ, as
 * multisets. Missing responses are scored; Skor rows whose response is gone (edited) are removed.
 * Returns whether anything changed.
 */
export function reconcile(run: Run, opts: { force: boolean; checkEdits: boolean }): boolean {
  const n = counts(run);
  if (!opts.force && n.resp === n.skor && !(opts.checkEdits && editingOn(run))) return false;
  const snap = run.snapshot;
  const respTimes =
    n.resp > 0
      ? run.resp
          .getRange(2, 1, n.resp, 1)
          .getValues()
          .map((r) => timeOf(r[0]))
      : [];
  const skorKeys =
    n.skor > 0
      ? run.skor
          .getRange(2, 1, n.skor, 1)
          .getValues()
          .map((r) => String(r[0]))
      : [];
  const byTimeResp = groupRows(respTimes);
  const byTimeSkor = groupRows(skorKeys.map(timeOfKey));
  const suspectTimes: number[] = [];
  for (const [t, rows] of byTimeResp)
    if ((byTimeSkor.get(t)?.length ?? 0) !== rows.length) suspectTimes.push(t);
  for (const t of byTimeSkor.keys()) if (!byTimeResp.has(t)) suspectTimes.push(t);
  if (suspectTimes.length === 0) return false;

  // For each timestamp whose counts differ, compare whole keys as multisets.
  const rows = readRows(
    run.resp,
    suspectTimes.flatMap((t) => byTimeResp.get(t) ?? []),
    snap.cols.width,
  );
  const missing: unknown[][] = [];
  const stale: number[] = [];
  for (const t of suspectTimes.sort((a, b) => a - b)) {
    const inSkor = new Map<string, number[]>();
    for (const r of byTimeSkor.get(t) ?? []) {
      const list = inSkor.get(skorKeys[r - 2]);
      if (list) list.push(r);
      else inSkor.set(skorKeys[r - 2], [r]);
    }
    for (const r of byTimeResp.get(t) ?? []) {
      const row = rows.get(r);
      if (!row || isBlankRow(row)) continue;
      const list = inSkor.get(responseKey(row, snap.cols));
      if (list && list.length > 0) list.shift();
      else missing.push(row);
    }
    for (const list of inSkor.values()) stale.push(...list);
  }

  const aggs = consistentAggregates(run, n.skor);
  if (!aggs) return true; // rebuilt from the raw responses
  let skorRows = n.skor;
  // Each step that changes Skor's row count is committed before the next one starts.
  if (missing.length > 0) {
    const cfg = scoreConfig(snap);
    const scored = missing.map((row) => scoreRow(row, snap.cols, cfg));
    const changed = addMany(run, scored, aggs);
    skorRows += scored.length;
    commit(run, aggs, changed, skorRows);
  }
  if (stale.length > 0) {
    const changed = new Set<string>(["all"]);
    const hashes = new Set<string>();
    for (const r of stale.sort((a, b) => b - a)) {
      const entry = readSkorRow(readRow(run.skor, r, SKOR_WIDTH), snap.points);
      for (const name of apply(aggs, entry, -1)) changed.add(name);
      if (entry.nipHash) hashes.add(entry.nipHash);
      run.skor.deleteRow(r);
      skorRows--;
    }
    // A removed winner leaves its duplicates without one: settle those groups again.
    for (const h of hashes) for (const name of resettle(run, h, aggs)) changed.add(name);
    commit(run, aggs, [...changed], skorRows);
  }
  return true;
}

/** Re-decides which response of a NIP group counts (after one was removed). */
function resettle(run: Run, hash: string, aggs: Aggregates): string[] {
  const group = findByHash(run, hash).filter((g) => g.entry.status !== STATUS.invalid);
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

/** Hourly trigger: processes whatever submit events missed, resumes a stalled recompute. */
export function catchUp(): boolean {
  return underTriggerLock(30_000, false, () => {
    const run = openRunFinishingLink();
    if (!run) return false;
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
    if (fresh && reconcile(fresh, { force: true, checkEdits: true })) changed = true;
    // Formats, colours, order, groups and charts follow whatever changed since the last full refresh.
    if (changed || run.stored.fullRows !== skorRows) refreshAll(run);
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
    fullRefresh(ss, stored, stored.snapshot, skor ? Math.max(0, skor.getLastRow() - 1) : 0, props);
    SpreadsheetApp.flush();
    ss.toast(t.dashRefreshed, t.menuDashboard);
  } finally {
    lock.releaseLock();
  }
}

/** Starts a recompute: Skor is cleared and rebuilt from the raw responses, resumably. */
export function startRecompute(run: Run): RecomputeResult {
  const total = counts(run).resp;
  const state: State = { ...run.stored.state, recompute: { next: 2, total, lastRun: Date.now() } };
  writeState(run.props, state);
  const last = run.skor.getLastRow();
  if (last > 1) run.skor.getRange(2, 1, last - 1, SKOR_WIDTH).clearContent();
  return recomputeStep({ ...run, stored: { ...run.stored, state } });
}

/**
 * One run of a recompute: scores response rows from the mark, in chunks, while time allows;
 * writes them to Skor at the same positions; then settles duplicates and the aggregates. If time
 * runs out, the mark is saved and a one-off trigger continues (and removes itself when done).
 */
export function recomputeStep(run: Run): RecomputeResult {
  const state = run.stored.state;
  const rc = state.recompute;
  if (!rc) return { done: true, processed: 0, total: 0, valid: 0, invalid: 0, duplicates: 0 };
  const snap = run.snapshot;
  const cfg = scoreConfig(snap);
  const hashOf = hasher(run);
  const total = rc.total;
  const deadline = run.started + TIME_BUDGET_MS;
  // When this run scores every row, its results stay in memory for the settling below.
  const inMemory: { entry: Scored; nipHash: string; reason: string }[] = [];
  const fromStart = rc.next === 2;
  ensureGrid(run.skor, total + 1);
  let next = rc.next;
  let lastChunkMs = 0;
  while (next <= total + 1) {
    if (Date.now() + lastChunkMs * 1.5 > deadline) break;
    const t0 = Date.now();
    const n = Math.min(RECOMPUTE_CHUNK, total + 2 - next);
    const rows = run.resp.getRange(next, 1, n, snap.cols.width).getValues();
    const out = rows.map((row) => {
      const s = scoreRow(row, snap.cols, cfg);
      const nipHash = hashOf(s);
      if (fromStart) inMemory.push({ entry: s, nipHash, reason: reasonText(s.reason, snap.lang) });
      // The response's own timestamp cell goes to Skor as it is (no new Date per row).
      return skorRow(
        s,
        nipHash,
        snap.points,
        snap.lang,
        s.time > 0 ? row[snap.cols.timestamp] : dateOf(s.time),
      );
    });
    run.skor.getRange(next, 1, n, SKOR_WIDTH).setValues(out);
    next += n;
    lastChunkMs = Date.now() - t0;
    if (next <= total + 1)
      writeState(run.props, { ...state, recompute: { ...rc, next, lastRun: Date.now() } });
  }
  if (next <= total + 1) {
    scheduleContinuation();
    return { done: false, processed: next - 2, total, valid: 0, invalid: 0, duplicates: 0 };
  }
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
  writeAllAggregates(run.props, aggs, run.stored.keys, total);
  const cleared: State = { ...state, recompute: undefined };
  writeState(run.props, cleared);
  if (!fromStart) removeContinuation();
  const after: Run = {
    ...run,
    stored: { ...run.stored, state: cleared, aggs, aggRows: total, dashRows: total },
  };
  // Responses that arrived meanwhile waited for this moment. A recompute spread over several runs
  // read rows by position: if staff sorted the tab between runs, some were scored twice and some
  // not at all though the counts agree, so the keys are compared whatever the counts say.
  if (reconcile(after, { force: !fromStart, checkEdits: false })) refreshAll(after);
  else refreshAll(after, { stored: after.stored, skorRows: total });
  const count = (s: string) => final.filter((e) => e.status === s).length;
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

/** Records a trigger's problem for the health check (a trigger never shows dialogs). */
export function recordError(e: unknown): void {
  try {
    const props = docProps();
    const stored = loadStored(props);
    const state = stored.state;
    const message = e instanceof Error ? e.message : String(e);
    const time = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm:ss");
    const today = time.slice(0, 10);
    let mailedOn = state.lastError?.mailedOn;
    // The admin hears of it by email, at most once a day (a trigger cannot show a dialog).
    const admin = stored.snapshot?.adminEmail || state.triggerOwner || "";
    if (admin && mailedOn !== today && MailApp.getRemainingDailyQuota() > 0) {
      const t = strings(stored.snapshot?.lang);
      MailApp.sendEmail({
        to: admin,
        subject: t.errorMailSubject,
        body: fill(t.errorMailBody, { time, message }),
      });
      mailedOn = today;
    }
    writeState(props, { ...state, lastError: { time, message, mailedOn } });
  } catch {
    // Recording must never hide the original error.
  }
}
