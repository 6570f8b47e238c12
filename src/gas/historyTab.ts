/**
 * The reminder history per unit (RELIABILITY.md, "Storage has bounds" and "What staff do to the
 * Sheet"): in a hidden, protected tab, one row per unit (its code, how many reminders, the last
 * day, whether it was postponed), read and written in one block, so it scales to a thousand units
 * without filling the property store. The run's own facts (the day the scheduled run last ran,
 * when, a day left half-done) stay in properties. The tab is found by its id (a rename changes
 * nothing); when staff delete it, its loss is reported and scheduled reminders wait until staff
 * confirm a fresh start from "Kirim Pengingat Sekarang". Version 2 kept the whole history in
 * properties: it is read from there once and moved.
 */
import type { History, UnitHistory } from "../core/reminders";
import { strings } from "../core/strings";
import { TAB } from "../core/tabs";
import { ensureGrid } from "./skorTab";
import { HISTORY_TAB_KEY, type Stored, writeReminderHistory } from "./state";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

/** The tab's columns, in order (read by position; the header is for people). */
const COLUMNS = ["colHistoryCode", "colHistoryCount", "colHistoryLast", "colHistoryPending"] as const;
const WIDTH = COLUMNS.length;
/** The mark of a postponed unit (a data value, like the statuses). */
const POSTPONED = "ya";

export interface LoadedHistory {
  readonly history: History;
  /** The tab existed and is gone: nothing is known of who was reminded when. */
  readonly lost: boolean;
}

/** The history as it is: the tab's rows with the run's facts from properties. */
export function readHistory(ss: Spreadsheet, stored: Stored): LoadedHistory {
  const facts = stored.reminders;
  const id = stored.historySheetId;
  if (id === undefined) return { history: facts, lost: false }; // version 2's, all in properties
  const sheet = ss.getSheetById(id);
  if (!sheet) return { history: { ...facts, units: {}, pending: [] }, lost: true };
  const last = sheet.getLastRow();
  const rows = last > 1 ? sheet.getRange(2, 1, last - 1, WIDTH).getValues() : [];
  const units: Record<string, UnitHistory> = {};
  const pending: string[] = [];
  for (const r of rows) {
    const code = String(r[0]);
    if (code === "") continue;
    units[code] = { count: Number(r[1]) || 0, last: String(r[2]) };
    if (r[3] === POSTPONED) pending.push(code);
  }
  return { history: { ...facts, units, pending }, lost: false };
}

/** Writes the history: the units' rows to the tab (made when missing), the run's facts to properties. */
export function writeHistory(ss: Spreadsheet, props: Props, stored: Stored, history: History): void {
  let sheet = stored.historySheetId === undefined ? null : ss.getSheetById(stored.historySheetId);
  if (!sheet) {
    sheet = ss.getSheetByName(TAB.reminderHistory) ?? ss.insertSheet(TAB.reminderHistory);
    sheet.hideSheet();
    sheet.protect().setWarningOnly(true);
    props.setProperty(HISTORY_TAB_KEY, String(sheet.getSheetId()));
  }
  const pending = new Set(history.pending);
  const codes = [...new Set([...Object.keys(history.units), ...history.pending])];
  const t = strings(stored.snapshot?.lang ?? "id");
  const rows = [
    COLUMNS.map((c) => t[c]),
    ...codes.map((code) => {
      const h = history.units[code] ?? { count: 0, last: "" };
      // Text written literally: a day stays "2026-03-02", a code never becomes a number or a formula.
      return [`'${code}`, h.count, h.last ? `'${h.last}` : "", pending.has(code) ? POSTPONED : ""];
    }),
  ];
  const before = sheet.getLastRow();
  ensureGrid(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, WIDTH).setValues(rows);
  if (before > rows.length) sheet.getRange(rows.length + 1, 1, before - rows.length, WIDTH).clearContent();
  writeReminderHistory(
    props,
    {
      units: {},
      pending: [],
      lastScheduledDay: history.lastScheduledDay,
      lastScheduledAt: history.lastScheduledAt,
      partialDay: history.partialDay,
    },
    stored.keys,
  );
}
