/**
 * Perbarui Dasbor, and the full refresh of Dasbor the other runs ask for after a change.
 */
import { TAB } from "../../core/platform/tabs";
import { strings } from "../../core/text/strings";
import type { Run } from "../platform/run";
import { docProps, loadStored, type Stored } from "../platform/state";
import { fullRefresh } from "./dashboard";

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
