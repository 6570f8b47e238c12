/** "Hitung Ulang Skor": rebuilds Skor, the aggregates and the dashboard from the raw responses. */

import { mapColumns, missingColumns } from "../../core/counting/scoring";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { readHeader, takeSnapshot } from "../platform/link";
import { responsesSheet } from "../platform/responses";
import { openRun } from "../platform/run";
import { docProps, loadStored } from "../platform/state";
import { readCampaignFrom } from "../platform/tabs";
import { alertProblems } from "../sheet/ui";
import { startRecompute } from "./recompute";

/** Menu: Hitung Ulang Skor. Settings and units changed since the last setup take effect now. */
export function runRecompute(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const campaign = readCampaignFrom(ss);
  const lang = campaign.settings.language;
  const t = strings(lang);
  if (campaign.problems.length > 0) {
    alertProblems(ui, campaign, lang);
    return;
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) {
    ui.alert(t.recomputeTitle, t.recomputeBusy, ui.ButtonSet.OK);
    return;
  }
  try {
    const props = docProps();
    const before = loadStored(props);
    const state = { ...before.state };
    const sheet = responsesSheet(ss, state);
    if (!sheet) {
      ui.alert(t.recomputeTitle, t.updateFormNoForm, ui.ButtonSet.OK);
      return;
    }
    // A question whose column cannot be found would turn every answer "tidak valid": refused,
    // with what to restore, and nothing changed.
    const header = readHeader(sheet);
    const missing = missingColumns(mapColumns(header));
    if (missing.length > 0) {
      ui.alert(
        t.recomputeTitle,
        fill(t.recomputeColumnsMissing, { columns: missing.join(", ") }),
        ui.ButtonSet.OK,
      );
      return;
    }
    takeSnapshot(
      sheet,
      campaign,
      state.scalePoints ?? campaign.settings.scalePoints,
      state,
      before.snapshot,
      props,
      header,
    );
    const opened = openRun(ss, props);
    if (!opened) return;
    // The state learnt which version of the tabs the snapshot is; the recompute writes it.
    const result = startRecompute({
      ...opened,
      stored: { ...opened.stored, state: { ...opened.stored.state, snapDigest: state.snapDigest } },
    });
    SpreadsheetApp.flush();
    if (!result.done) {
      ui.alert(
        t.recomputeTitle,
        fill(t.recomputeContinues, { done: result.processed, total: result.total }),
        ui.ButtonSet.OK,
      );
      return;
    }
    ui.alert(
      t.recomputeTitle,
      fill(t.recomputeDone, {
        responses: result.total,
        valid: result.valid,
        invalid: result.invalid,
        duplicates: result.duplicates,
      }),
      ui.ButtonSet.OK,
    );
  } finally {
    lock.releaseLock();
  }
}
