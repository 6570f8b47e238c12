/**
 * The edit trigger: what staff typed in a responses tab, Skor, Pengaturan or Unit Kerja is marked
 * for the next run.
 */
import { TAB } from "../../core/platform/tabs";
import {
  docProps,
  EDITED_KEY,
  EDITED_MAX,
  loadStored,
  SKOR_EDITED_KEY,
  TABS_EDITED_KEY,
} from "../platform/state";
import { timeOf } from "./sources";

/**
 * The edit trigger (installable, "on edit" of the spreadsheet): staff typed, pasted or cleared
 * cells. When the edit touches responses in a source tab, their timestamps are marked, and the
 * next submission or hourly run compares those responses with Skor. It reads one column of the
 * edited rows and writes one property; a very large edit marks everything for one full compare.
 */
export function processEdit(range: GoogleAppsScript.Spreadsheet.Range | undefined): void {
  if (!range) return;
  const sheet = range.getSheet();
  const id = sheet.getSheetId();
  const props = docProps();
  const stored = loadStored(props);
  const state = stored.state;
  if (id !== state.responsesSheetId && !(state.retired ?? []).includes(id)) {
    // Skor typed over by hand: the next hourly run checks it whole and rebuilds it if it is off.
    // Pengaturan or Unit Kerja: the next hourly run reads them (an idle hour does not otherwise).
    const name = sheet.getName();
    if (!stored.skorEdited && name === TAB.scores) props.setProperty(SKOR_EDITED_KEY, "1");
    if (!stored.tabsEdited && (name === TAB.settings || name === TAB.units))
      props.setProperty(TABS_EDITED_KEY, "1");
    return;
  }
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return; // the header: the hourly run reads it again anyway
  const lock = LockService.getScriptLock();
  const locked = lock.tryLock(5_000);
  try {
    // Unlocked (a burst holds it), the mark is still written: the race it risks is the audit's to catch.
    const current = locked ? loadStored(props).edited : stored.edited;
    if (current === "all") return;
    let marks: number[] | "all" = "all";
    if (last - first < EDITED_MAX) {
      const col = id === state.responsesSheetId && stored.snapshot ? stored.snapshot.cols.timestamp + 1 : 1;
      const times = sheet
        .getRange(first, col, last - first + 1, 1)
        .getValues()
        .map((r) => timeOf(r[0]));
      const merged = [...new Set([...current, ...times])];
      if (merged.length <= EDITED_MAX) marks = merged;
    }
    props.setProperty(EDITED_KEY, marks === "all" ? "all" : JSON.stringify(marks));
  } finally {
    if (locked) lock.releaseLock();
  }
}
