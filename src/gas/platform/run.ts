/** A run of the automatic processing: the spreadsheet, the store and the tabs it works on. */
import type { Snapshot } from "../../core/counting/snapshot";
import { EXECUTION_STARTED } from "../sheet/clock";
import { skorSheet } from "../sheet/skorTab";
import { docProps, loadStored, type Stored } from "./state";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Props = GoogleAppsScript.Properties.Properties;

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
