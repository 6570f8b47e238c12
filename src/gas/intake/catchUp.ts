/**
 * The hourly catch-up (PRODUCT.md): an idle hour stops after a few reads; otherwise it follows
 * Pengaturan and Unit Kerja, the responses' header and the derived layout, then reconciles Skor with
 * every responses tab. Also the one-off follow-up after a busy submission.
 */
import { mapColumns, missingColumns, sameColumns } from "../../core/counting/scoring";
import { carryOffer, type Snapshot, scoringChanged, snapshotOf } from "../../core/counting/snapshot";
import { TAB } from "../../core/platform/tabs";
import { DERIVED_VERSION } from "../../core/platform/upgrade";
import { campaignForRun } from "../platform/lastValid";
import { openRun, type Run } from "../platform/run";
import { type State, type Stored, TABS_EDITED_KEY, writeState } from "../platform/state";
import { dashEntry, writeSnapshot } from "../platform/stateWrites";
import { refreshAll, refreshDashboardValues } from "../results/api";
import { secret } from "./hashing";
import { recomputeStep, startRecompute } from "./recompute";
import { CHECK_EVERY_MS, reconcile } from "./reconcile";
import { repair } from "./repair";
import { FOLLOW_UP_HANDLER, openRunFinishingLink, scheduleFollowUp, underTriggerLock } from "./triggerRun";

/** The one-off follow-up: removes itself, catches up; still busy, it comes again. */
export function followUpRun(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === FOLLOW_UP_HANDLER) ScriptApp.deleteTrigger(t);
  if (catchUp() === null) scheduleFollowUp();
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
