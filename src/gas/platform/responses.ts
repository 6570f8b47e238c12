/** The form's responses tab, found by the sheet id kept at setup (its name depends on the account's language). */
import { mapColumns, missingColumns } from "../../core/counting/scoring";
import { type Lang, strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
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

/** A responses tab the survey counts, as the setup dialog and the health check name it. */
export interface SourceTab {
  readonly name: string;
  readonly rows: number;
  readonly live: boolean;
  /** An earlier tab whose questions can all be found (else it is not counted). */
  readonly readable: boolean;
}

/** Every responses tab in use: the earlier ones still present, oldest first, then the live one. */
export function sourceTabs(ss: Spreadsheet, state: State): SourceTab[] {
  const out: SourceTab[] = [];
  for (const id of state.retired ?? []) {
    const sheet = ss.getSheetById(id);
    if (!sheet || id === state.responsesSheetId) continue;
    const width = sheet.getLastColumn();
    const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
    const readable = missingColumns(mapColumns(header)).length === 0;
    out.push({ name: sheet.getName(), rows: responseCount(sheet), live: false, readable });
  }
  const live = responsesSheet(ss, state);
  if (live) out.push({ name: live.getName(), rows: responseCount(live), live: true, readable: true });
  return out;
}

/** The tabs in one line: "Jawaban Formulir 2 (aktif, 3 jawaban); Jawaban Formulir 1 (formulir lama, 60 jawaban)". */
export function sourcesText(tabs: readonly SourceTab[], lang: Lang): string {
  const t = strings(lang);
  return [...tabs]
    .reverse()
    .map((x) =>
      fill(x.live ? t.sourceLive : x.readable ? t.sourceOld : t.sourceUnreadable, {
        name: x.name,
        count: x.rows,
      }),
    )
    .join("; ");
}
