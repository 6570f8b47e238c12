/** Errors of the automatic runs: kept for the health check, and mailed to the admin once a day. */

import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { docProps, loadStored, writeState } from "./state";

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
