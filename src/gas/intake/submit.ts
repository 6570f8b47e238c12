/**
 * Processing a submission (PRODUCT.md): under the script lock, every response not yet in Skor is
 * scored once; a submit event is only a wake-up call, and responses are known by their key, never
 * by their row.
 */
import { isBlankRow, responseKey, scoreRow } from "../../core/counting/scoring";
import { scoreConfig } from "../../core/counting/snapshot";
import type { Run } from "../platform/run";
import { docProps, loadStored } from "../platform/state";
import { EXECUTION_STARTED } from "../sheet/clock";
import { skorSheet } from "../sheet/skorTab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

import { reconcile } from "./reconcile";
import { consistentAggregates } from "./repair";
import { addOne, commit, findKey } from "./skorWrite";
import { counts, readRow } from "./sources";
import { openRunFinishingLink, scheduleFollowUp, underTriggerLock } from "./triggerRun";

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
