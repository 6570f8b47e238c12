/** The form's responses tab, found by the sheet id kept at setup (its name depends on the account's language). */
import type { State } from "./state";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The responses tab, or null when it is gone. */
export function responsesSheet(ss: Spreadsheet, state: State): Sheet | null {
  return state.responsesSheetId === undefined ? null : ss.getSheetById(state.responsesSheetId);
}

/** Whether a tab still receives this form's responses (a form URL carries the form's id). */
export function isLinkedTo(sheet: Sheet, formId: string): boolean {
  const url = sheet.getFormUrl();
  return !!url && url.indexOf(`/d/${formId}/`) >= 0;
}

/** Number of responses in the tab (rows below the header). */
export function responseCount(sheet: Sheet | null): number {
  return sheet ? Math.max(0, sheet.getLastRow() - 1) : 0;
}

/** Opens the form by id, or null when it was deleted or cannot be reached. */
export function openForm(formId: string | undefined): GoogleAppsScript.Forms.Form | null {
  if (!formId) return null;
  try {
    return FormApp.openById(formId);
  } catch (_e) {
    return null;
  }
}
