/**
 * The time-driven runs. The hourly run records when it fired, catches up with what submit events
 * missed, then sends the day's reminders at the first run at or after the reminder hour.
 */
import type { Snapshot } from "../core/counting/snapshot";
import { newScopes, SCOPES } from "../core/platform/upgrade";
import { catchUp } from "./intake/catchUp";
import { endCampaign } from "./letters/campaignEnd";
import { weeklyDigest } from "./letters/digest";
import { dailyReminders, type RunReport, runReminders } from "./letters/reminders";
import { recordError } from "./platform/errors";
import { docProps, loadStored, type Stored, writeState } from "./platform/state";
import { raiseMinGroupInto } from "./platform/tabs";
import { ensureEditTrigger } from "./platform/triggers";
import { finalRelease } from "./results/release";
import { firedEntry, RUNS_KEY } from "./sheet/runs";

/** Hourly trigger: the catch-up, then the day's reminders (even when the catch-up failed). */
export function hourlyRun(): void {
  const props = docProps();
  // The store is read once; an idle hour hands it on (PERFORMANCE.md: an idle hour ≤ 15 calls).
  // That the run fired is written first, whatever happens next.
  const loaded = loadStored(props);
  const [key, value] = firedEntry(loaded.raw[RUNS_KEY], "hourly", Date.now());
  props.setProperty(key, value);
  const { snapshot, stored } = noteAuthorisedScopes(props, loaded);
  let failure: unknown;
  let idle = false;
  try {
    idle = catchUp(stored) === "idle";
  } catch (e) {
    failure = e; // recorded for the health check by the catch-up itself
  }
  // After a catch-up that wrote, the reminders read the store afresh.
  dailyReminders(idle ? stored : undefined);
  // The campaign's other steps, each on its own: one failing never stops the next.
  // What the run read at its start tells whether these have anything to do (most hours: nothing, no call).
  const steps = [
    () => finalRelease(snapshot),
    () => endCampaign(snapshot, stored),
    () => weeklyDigest(snapshot, stored),
  ];
  for (const step of steps)
    try {
      step();
    } catch (e) {
      recordError(e);
      failure ??= e;
    }
  if (failure !== undefined) throw failure;
}

/**
 * A trigger runs only once its owner authorised every scope of the manifest: a running hourly
 * run proves this version's scopes are approved, which ends the health check's warning. Returns
 * the snapshot it read (the campaign's end date, for the final release).
 */
function noteAuthorisedScopes(
  props: GoogleAppsScript.Properties.Properties,
  all: Stored,
): {
  snapshot: Snapshot | undefined;
  stored: Stored;
} {
  const { state: kept, migrated, snapshot } = all;
  const state = { ...kept };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // A Sheet set up by an earlier version gets the edit trigger from its owner's hourly run.
  const installed = ensureEditTrigger(ss, state);
  // And a minimum group size it no longer accepts is raised, once.
  const raised = raiseMinGroupInto(ss, state, snapshot !== undefined);
  const scopesNew = newScopes(state.scopes).length > 0;
  // A state migrated from an earlier version is written back once, so that its note keeps its date.
  if (!scopesNew && !migrated && !installed && !raised) return { snapshot, stored: all };
  writeState(props, scopesNew ? { ...state, scopes: [...SCOPES], scopesMailed: undefined } : state);
  return { snapshot, stored: all };
}

/**
 * A daily trigger of an earlier version (perhaps a colleague's): the same once-a-day rule. That it
 * fired is recorded with the run's other facts when the run writes them, else on its own.
 */
export function retiredDailyRun(): void {
  const props = docProps();
  const known = loadStored(props);
  const [key, value] = firedEntry(known.raw[RUNS_KEY], "daily", Date.now());
  let report: RunReport | null = null;
  try {
    report = runReminders("scheduled", { known, extra: { [key]: value } });
  } catch (e) {
    recordError(e);
    throw e;
  } finally {
    if (!report) props.setProperty(key, value);
  }
}
