import { MENU } from "../core/platform/menu";
import { LANGUAGE_KEY, TAB } from "../core/platform/tabs";
import { type Lang, parseLang, strings } from "../core/text/strings";

/**
 * The interface language from the Pengaturan tab (key `bahasa`), Indonesian when the tab or the
 * key is missing. One block read: the key column and the value column.
 */
export function readLanguage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) return "id";
  const last = sheet.getLastRow();
  if (last < 1) return "id";
  const rows = sheet.getRange(1, 1, last, 2).getValues();
  for (const [key, value] of rows) {
    if (String(key).trim() === LANGUAGE_KEY) return parseLang(value) ?? "id";
  }
  return "id";
}

/** Adds the BerAKHLAK menu to the spreadsheet's menu bar in the given language. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const t = strings(lang);
  const menu = ui.createMenu(t.menuTitle);
  for (const item of MENU) {
    if (item === null) menu.addSeparator();
    else menu.addItem(t[item.label], item.fn);
  }
  menu.addToUi();
}

/** Shows the short help. */
export function showHelp(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const t = strings(lang);
  ui.alert(t.helpTitle, t.helpBody, ui.ButtonSet.OK);
}
