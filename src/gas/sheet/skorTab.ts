/** The Skor tab: created with its header and formats, protected with a warning. */
import { SK, SKOR_WIDTH, skorHeader } from "../../core/counting/skor";
import { TAB } from "../../core/platform/tabs";
import type { Lang } from "../../core/text/strings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Skor tab, created when missing. */
export function skorSheet(ss: Spreadsheet, lang: Lang): Sheet {
  const existing = ss.getSheetByName(TAB.scores);
  if (existing) return existing;
  const sheet = ss.insertSheet(TAB.scores);
  const rows = sheet.getMaxRows();
  // Google counts every cell of a grid against its 10 million: Skor keeps only its own columns.
  const cols = sheet.getMaxColumns();
  if (cols > SKOR_WIDTH) sheet.deleteColumns(SKOR_WIDTH + 1, cols - SKOR_WIDTH);
  sheet
    .getRange(1, 1, 1, SKOR_WIDTH)
    .setValues([skorHeader(lang)])
    .setFontWeight("bold");
  sheet.getRange(2, SK.time + 1, rows - 1, 1).setNumberFormat("dd/MM/yyyy HH:mm:ss");
  sheet.getRange(2, SK.value0 + 1, rows - 1, SK.eb - SK.value0 + 1).setNumberFormat("0.0");
  sheet.setFrozenRows(1);
  sheet.protect().setDescription(TAB.scores).setWarningOnly(true);
  return sheet;
}

/** Makes sure the grid has room for `rows` rows. */
export function ensureGrid(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}
