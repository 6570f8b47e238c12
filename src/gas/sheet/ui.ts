/**
 * The spreadsheet's menu, the short help, report dialogs and the alert listing problems: what
 * staff see from a menu.
 */
import type { Campaign } from "../../core/campaign/campaign";
import { escapeHtml } from "../../core/text/escape";
import { problemText } from "../../core/text/problems";
import { fill } from "../../core/text/template";

type Ui = GoogleAppsScript.Base.Ui;

import { MENU } from "../../core/platform/menu";
import { LANGUAGE_KEY, TAB } from "../../core/platform/tabs";
import { type Lang, parseLang, strings } from "../../core/text/strings";

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

export type Level = "ok" | "warn" | "bad";

export interface HealthLine {
  readonly level: Level;
  readonly text: string;
}

const COLOURS: Record<Level, string> = { ok: "#188038", warn: "#b06000", bad: "#c5221f" };

/** A report as a dialog: one line per finding, its level in colour. */
export function showReport(title: string, lines: readonly HealthLine[], lang: Lang): void {
  const t = strings(lang);
  const label: Record<Level, string> = { ok: t.healthOk, warn: t.healthWarn, bad: t.healthBad };
  const rows = lines
    .map(
      (l) =>
        `<tr><td style="color:${COLOURS[l.level]};font-weight:bold;padding:4px 8px;white-space:nowrap">${escapeHtml(label[l.level])}</td><td style="padding:4px 8px">${escapeHtml(l.text)}</td></tr>`,
    )
    .join("");
  const html = `<div style="font-family:Arial,sans-serif;font-size:13px"><table>${rows}</table></div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(640).setHeight(480),
    title,
  );
}

/** One alert listing every problem; nothing is built. */
export function alertProblems(ui: Ui, campaign: Campaign, lang: Lang): void {
  const t = strings(lang);
  const lines = campaign.problems.map((p) => `\u2022 ${problemText(p, lang)}`);
  ui.alert(
    t.problemsTitle,
    `${fill(t.problemsIntro, { count: lines.length })}\n\n${lines.join("\n")}`,
    ui.ButtonSet.OK,
  );
}
