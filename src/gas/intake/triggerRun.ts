/**
 * A trigger's run under the script lock, the link setup left pending finished first, and the
 * one-off follow-up when the lock was busy.
 */
import { recordError } from "../platform/errors";
import { finishPendingLink } from "../platform/link";
import { openRun, type Run } from "../platform/run";
import { docProps, loadStored, writeState } from "../platform/state";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A trigger's work under the script lock: if the lock is not had in time nothing is written (the
 * work waits for the next run); an error is recorded for the health check and re-thrown, so that
 * Apps Script logs the failed execution too. The lock is released after the writes are flushed;
 * `lastThing`: the work is all the execution does, and Apps Script releases a lock when the
 * execution ends, at the same moment and without a round trip (a submission saves one).
 */
export function underTriggerLock<T>(waitMs: number, whenBusy: T, work: () => T, lastThing = false): T {
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
export function openRunFinishingLink(event?: { sheet: Sheet; id: number }): Run | null {
  const run = openRun(undefined, undefined, event);
  if (run) return run;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const state = { ...loadStored(props).state };
  if (!finishPendingLink(ss, props, state, event?.sheet)) return null;
  writeState(props, state);
  return openRun(ss, props);
}

export const FOLLOW_UP_HANDLER = "catchUpSoonTrigger";

/** A follow-up run comes this long after a submission that could not get the lock. */
const FOLLOW_UP_MS = 5 * 60 * 1000;

/**
 * A submission that could not get the script lock in time (a burst after a reminder) leaves its
 * response to a one-off catch-up a few minutes later, so that it is on Dasbor within 15 minutes
 * rather than at the next hourly run. One such trigger at a time (it counts against the 20 a user
 * may have); if even that cannot be made, the hourly run takes the response.
 */
export function scheduleFollowUp(): void {
  try {
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === FOLLOW_UP_HANDLER)) return;
    ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(FOLLOW_UP_MS).create();
  } catch (e) {
    recordError(e);
  }
}
