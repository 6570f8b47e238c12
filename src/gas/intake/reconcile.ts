/**
 * Skor brought in line with every responses tab: timestamps compared, staff's corrections found (edit marks and the audit), Skor's own cells checked.
 */
import { apply } from "../../core/counting/aggregate";
import { isBlankRow, responseKey, type Scored, scoreRow, timeOfKey } from "../../core/counting/scoring";
import { readSkorRow, SKOR_WIDTH, skorAgrees, skorRowSound } from "../../core/counting/skor";
import { activeUnitCodes, scoreConfig } from "../../core/counting/snapshot";
import { countingMasks, countingRows } from "../../core/counting/sources";
import type { Run } from "../platform/run";
import { EDITED_KEY, SKOR_EDITED_KEY, writeState } from "../platform/state";
import { liveEntry } from "../platform/stateWrites";
import { requestRebuild } from "./rebuild";
import { consistentAggregates } from "./repair";
import { addMany, commit, resettle } from "./skorWrite";
import { counts, groupRows, readRow, readRows, readTimes, type Source, sourcesOf } from "./sources";

/**
 * The catch-up's full checks, at least this often: the settings tabs read again, the audit's
 * slices of whole rows (hours between are idle when nothing else is to do; 15 minutes' slack for
 * a trigger that fires a little early).
 */
export const CHECK_EVERY_MS = (3 * 60 - 15) * 60 * 1000;

/**
 * Whole rows read at each full check to find corrections no edit event announced (an edit through
 * the API, a missing trigger): about this many cells, from where the last audit stopped, round the
 * sources (15,000 an hour, as when every hour audited). A run with responses to catch up leaves the
 * audit to the next hour.
 */
const AUDIT_CELLS = 45_000;

/** The next audit slice: reads it into `have`, adds its timestamps to `suspect`; returns the new cursor. */
export function audit(
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
  const active = activeUnitCodes(run.snapshot);
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
    requestRebuild(run);
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
