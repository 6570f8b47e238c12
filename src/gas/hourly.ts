/**
 * The time-driven runs. The hourly run records when it fired, catches up with what submit events
 * missed, then sends the day's reminders at the first run at or after the reminder hour.
 */
import { catchUp } from "./pipeline";
import { dailyReminders } from "./reminders";
import { recordFired } from "./runs";
import { docProps } from "./state";

/** Hourly trigger: the catch-up, then the day's reminders (even when the catch-up failed). */
export function hourlyRun(): void {
  recordFired(docProps(), "hourly", Date.now());
  let failure: unknown;
  try {
    catchUp();
  } catch (e) {
    failure = e; // recorded for the health check by the catch-up itself
  }
  dailyReminders();
  if (failure !== undefined) throw failure;
}

/** A daily trigger of an earlier version (perhaps a colleague's): the same once-a-day rule. */
export function retiredDailyRun(): void {
  recordFired(docProps(), "daily", Date.now());
  dailyReminders();
}
