/** The staff-edited tabs (Pengaturan, Unit Kerja): created when missing, read in one block each. */
import { type Campaign, readCampaign } from "../../core/campaign/campaign";
import {
  LEGACY_MAX_KEY,
  MIN_GROUP_FLOOR,
  MIN_GROUP_KEY,
  SETTINGS,
  WEEKLY_MAX_KEY,
  weeklyFromTotal,
} from "../../core/campaign/settingDefs";
import { parseSettings, presentKeys } from "../../core/campaign/settings";
import { EXAMPLE_UNITS, UNIT_COLUMNS } from "../../core/campaign/units";
import { TAB } from "../../core/platform/tabs";
import { neutralize } from "../../core/text/escape";
import { type Lang, SETTING_HELP, strings } from "../../core/text/strings";
import { loadStored, type State, type Stored, writeState } from "./state";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** All values of a tab (getValues types), [] for an empty or missing tab. */
export function readTab(sheet: Sheet | null): unknown[][] {
  if (!sheet) return [];
  // The data range of an empty sheet is A1 alone.
  const values = sheet.getDataRange().getValues();
  return values.length === 1 && values[0].length === 1 && values[0][0] === "" ? [] : values;
}

/** Makes sure the grid has `rows` rows (a range past the grid is an error in Sheets). */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

function defaultText(value: string | number | boolean, lang: Lang): string | number {
  if (typeof value === "boolean")
    return value ? (lang === "id" ? "ya" : "yes") : lang === "id" ? "tidak" : "no";
  return value;
}

/**
 * Creates the Pengaturan tab if missing and appends every missing setting with its default and
 * help; of the rows staff already have it only fills an empty help cell (one block write), and
 * shows date settings day-first. Returns whether any setting was added.
 */
export function ensureSettingsTab(ss: Spreadsheet, lang: Lang): boolean {
  const t = strings(lang);
  let sheet = ss.getSheetByName(TAB.settings);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(TAB.settings);
  const values = readTab(sheet);
  migrateWeeklyMax(sheet, values, lang);
  formatSettingDates(sheet, values);
  fillMissingHelp(sheet, values, lang);
  const rows: (string | number)[][] = [];
  if (values.length === 0) rows.push([t.colSettingKey, t.colSettingValue, t.colSettingHelp]);
  const present = presentKeys(values);
  for (const def of SETTINGS) {
    if (!present.has(def.key))
      rows.push([def.key, defaultText(def.default, lang), SETTING_HELP[lang][def.key] ?? ""]);
  }
  if (rows.length === 0) return false;
  const start = values.length + 1;
  ensureRows(sheet, start + rows.length - 1);
  sheet.getRange(start, 1, rows.length, 1).setNumberFormat("@");
  sheet.getRange(start, 1, rows.length, 3).setValues(rows);
  if (created) {
    sheet.getRange(1, 1, 1, 3).setFontWeight("bold");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 200);
    sheet.setColumnWidth(2, 260);
    sheet.setColumnWidth(3, 520);
  }
  return true;
}

/** A known setting typed by staff (or pasted from an export) without its help text gets it. */
function fillMissingHelp(sheet: Sheet, values: readonly unknown[][], lang: Lang): void {
  if (values.length < 2) return;
  const help = SETTING_HELP[lang];
  let missing = false;
  const column = values.slice(1).map((row) => {
    const current = row[2] === undefined ? "" : row[2];
    const want = help[String(row[0]).trim()];
    if (current === "" && want) {
      missing = true;
      return [want];
    }
    // Written back as it was: a text that looks like a formula stays text.
    return [typeof current === "string" ? neutralize(current) : current];
  });
  if (missing) sheet.getRange(2, 3, column.length, 1).setValues(column);
}

/** Date settings are shown day-first, as Indonesians write them (27/03/2026), whatever locale they were typed in. */
function formatSettingDates(sheet: Sheet, values: readonly unknown[][]): void {
  const dateKeys = new Set(SETTINGS.filter((d) => d.type === "date" || d.type === "dates").map((d) => d.key));
  values.forEach((row, i) => {
    if (i > 0 && dateKeys.has(String(row[0]).trim())) sheet.getRange(i + 1, 2).setNumberFormat("dd/MM/yyyy");
  });
}

/** Creates the Unit Kerja tab with its header and two example units if it is missing or empty. */
export function ensureUnitsTab(ss: Spreadsheet, lang: Lang): boolean {
  const t = strings(lang);
  let sheet = ss.getSheetByName(TAB.units);
  if (!sheet) sheet = ss.insertSheet(TAB.units);
  const n = UNIT_COLUMNS.length;
  if (sheet.getLastRow() > 0) {
    // An earlier version's tab gets the header of a column added since (Tautan Pendek), when free.
    const header = sheet.getRange(1, 1, 1, n).getValues()[0];
    if (header[n - 1] === "" && header[n - 2] !== "")
      sheet
        .getRange(1, n)
        .setValue(t[UNIT_COLUMNS[n - 1].header])
        .setFontWeight("bold");
    return false;
  }
  UNIT_COLUMNS.forEach((c, j) => {
    if (c.format) sheet.getRange(2, j + 1, sheet.getMaxRows() - 1, 1).setNumberFormat(c.format);
  });
  sheet.getRange(1, 1, 1, n).setValues([UNIT_COLUMNS.map((c) => t[c.header])]);
  sheet.getRange(2, 1, EXAMPLE_UNITS.length, n).setValues(EXAMPLE_UNITS.map((r) => [...r]));
  sheet.getRange(1, 1, 1, n).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, n, 150);
  return true;
}

/**
 * Settings, units and quotas from the two tabs (one block read each). A date typed in a cell is
 * the spreadsheet's midnight, so its calendar day is read in the spreadsheet's own time zone
 * (which may differ from the script's: a WITA sheet under a WIB manifest).
 */
export function readCampaignFrom(ss: Spreadsheet): Campaign {
  const tz = ss.getSpreadsheetTimeZone();
  return readCampaign(readTab(ss.getSheetByName(TAB.settings)), readTab(ss.getSheetByName(TAB.units)), {
    ymd: (d) => Utilities.formatDate(d, tz, "yyyy-MM-dd"),
  });
}

/**
 * Once per Sheet after the upgrade that made 3 the smallest minimum group size (INSTRUMENT.md):
 * a lower value in an existing Sheet's Pengaturan is raised to 3 in place, and the health check
 * says so. A Sheet not set up yet is not touched: the settings check refuses the value instead.
 */
/**
 * Version 2's `maks_pengingat` (a campaign total, which silenced the last weeks) becomes
 * `maks_pengingat_per_minggu` in its own row: key, the total spread over the period's weeks, and
 * the new help, in one write. `values` is updated to match. Returns what it did, or undefined.
 */
export function migrateWeeklyMax(
  sheet: Sheet,
  values: unknown[][],
  lang: Lang,
): { from: number; to: number } | undefined {
  const keys = values.map((r) => String(r[0] ?? "").trim());
  const at = keys.indexOf(LEGACY_MAX_KEY);
  if (at < 1 || keys.includes(WEEKLY_MAX_KEY)) return undefined;
  const from = Number(String(values[at][1]).replace(",", "."));
  // Only the period's length matters here: both dates read in one zone.
  const { settings } = parseSettings(values, { ymd: (d) => Utilities.formatDate(d, "UTC", "yyyy-MM-dd") });
  const total = Number.isFinite(from) && from >= 0 ? from : 0;
  const to = weeklyFromTotal(total, settings.startDate, settings.endDate);
  const written = [WEEKLY_MAX_KEY, to, SETTING_HELP[lang][WEEKLY_MAX_KEY] ?? ""];
  sheet.getRange(at + 1, 1, 1, 3).setValues([written]);
  values[at] = [...written, ...values[at].slice(3)];
  return { from: total, to };
}

export function raiseMinGroup(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  stored: Stored = loadStored(props),
): boolean {
  const state = { ...stored.state };
  if (!raiseMinGroupInto(ss, state, stored.snapshot !== undefined)) return false;
  writeState(props, state);
  return true;
}

/** The same, on a state the caller writes: whether it changed. */
export function raiseMinGroupInto(ss: Spreadsheet, state: State, setUp: boolean): boolean {
  const level = state.settingsLevel ?? (state.settingsChecked ? 1 : 0);
  if (level >= SETTINGS_LEVEL || !setUp) return false;
  state.settingsLevel = SETTINGS_LEVEL;
  const sheet = ss.getSheetByName(TAB.settings);
  const rows = readTab(sheet);
  const at = rows.findIndex((r) => String(r[0]).trim() === MIN_GROUP_KEY);
  const value = at >= 0 ? Number(rows[at][1]) : Number.NaN;
  if (sheet && level < 1 && Number.isInteger(value) && value < MIN_GROUP_FLOOR) {
    sheet.getRange(at + 1, 2).setValue(MIN_GROUP_FLOOR);
    state.minGroupRaised = { from: value, at: Date.now() };
  }
  const weekly = sheet ? migrateWeeklyMax(sheet, rows, readLanguageOf(rows)) : undefined;
  if (weekly) state.weeklyMaxMigrated = { ...weekly, at: Date.now() };
  return true;
}

/** The language Pengaturan asks for (the help text of a migrated row is written in it). */
function readLanguageOf(rows: readonly unknown[][]): Lang {
  return parseSettings(rows, { ymd: () => "" }).settings.language;
}

/**
 * The upgrades of Pengaturan an existing Sheet goes through once: 1, the minimum group size
 * raised to 3; 2, the campaign total of reminders made a weekly ceiling.
 */
export const SETTINGS_LEVEL = 2;
