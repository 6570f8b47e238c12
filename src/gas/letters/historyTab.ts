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

import { asText } from "../../core/counting/skor";
import {
  type History,
  type LetterKind,
  NEW_UNIT,
  type UnitHistory,
  weekOf,
} from "../../core/letters/reminders";
import { TAB } from "../../core/platform/tabs";
import { dict } from "../../core/text/dict";
import { type Lang, strings } from "../../core/text/strings";
import { HISTORY_TAB_KEY, loadStored, type Stored } from "../platform/state";
import { writeReminderHistory } from "../platform/stateWrites";
import { ensureGrid } from "../sheet/skorTab";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Props = GoogleAppsScript.Properties.Properties;

/**
 * The tab's columns, in order (read by position; the header is for people). An earlier version's
 * tab has the first four, its "ditunda" column holding "ya": read as postponed since long ago.
 */
const COLUMNS = [
  "colHistoryCode",
  "colHistoryCount",
  "colHistoryLast",
  "colHistoryPending",
  "colHistoryOpened",
  "colHistoryThanked",
  "colHistoryWeek",
  "colHistoryWeekCount",
  "colHistoryLetterDay",
] as const;
const WIDTH = COLUMNS.length;
/** An earlier version's mark of a postponed unit. */
const POSTPONED_V2 = "ya";
/** Postponed before anything this version dates: first in line. */
const LONG_AGO = "0000-00-00";

export type JournalState = "mengirim" | "terkirim" | "gagal";

export interface JournalEntry {
  readonly code: string;
  readonly day: string;
  /** A letter's kind, or "ringkasan" for the admin's summary. */
  readonly kind: LetterKind | "ringkasan";
  readonly state: JournalState;
}

export interface LoadedHistory {
  readonly history: History;
  /** What a run stopped before its end left: letters marked or sent but not in the table. */
  readonly journal: readonly JournalEntry[];
  /** The tab existed and is gone: nothing is known of who was reminded when. */
  readonly lost: boolean;
  /** The tab's rows as read (the closing write blanks what it no longer needs). */
  readonly rows: number;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** An earlier version's entry (properties or the four-column tab) with this version's fields. */
function unitOf(r: Partial<UnitHistory> & { count?: unknown; last?: unknown }): UnitHistory {
  const last = text(r.last);
  const count = Number(r.count) || 0;
  // An earlier version kept no week: its reminders of the last one count against that week's ceiling.
  const legacy = !r.week && count > 0 && last !== "";
  return {
    ...NEW_UNIT,
    ...r,
    count,
    last,
    week: legacy ? weekOf(last) : text(r.week),
    weekCount: legacy ? count : Number(r.weekCount) || 0,
    letterDay: text(r.letterDay) || last,
  };
}

/** The history as it is: the tab's rows and journal with the run's facts from properties. */
export function readHistory(ss: Spreadsheet, stored: Stored): LoadedHistory {
  const facts = stored.reminders as History & { pending?: string[] };
  const id = stored.historySheetId;
  if (id === undefined) {
    // Version 2's, all in properties.
    const units: Record<string, UnitHistory> = dict();
    for (const [code, h] of Object.entries(facts.units ?? {})) units[code] = unitOf(h);
    for (const code of facts.pending ?? [])
      units[code] = { ...(units[code] ?? NEW_UNIT), pendingSince: LONG_AGO };
    return { history: { ...facts, units }, journal: [], lost: false, rows: 0 };
  }
  const sheet = ss.getSheetById(id);
  if (!sheet) return { history: { ...facts, units: dict() }, journal: [], lost: true, rows: 0 };
  made = sheet;
  const data = sheet.getDataRange().getValues();
  const rows = data.length === 1 && data[0].every((v) => v === "") ? [] : data;
  const units: Record<string, UnitHistory> = dict();
  const journal: JournalEntry[] = [];
  for (const [i, r] of rows.entries()) {
    const code = text(r[0]);
    if (code === JOURNAL_MARK) journalRow(r, journal);
    else if (i > 0 && code !== "") {
      const pending = text(r[3]);
      units[code] = unitOf({
        count: r[1],
        last: r[2],
        pendingSince: pending === POSTPONED_V2 ? LONG_AGO : pending,
        opened: text(r[4]),
        thanked: text(r[5]),
        week: text(r[6]),
        weekCount: Number(r[7]) || 0,
        letterDay: text(r[8]),
      });
    }
  }
  return { history: { ...facts, units }, journal, lost: false, rows: rows.length };
}

/** The hidden, protected history tab, found by its id; made (with its header) when missing. */
export function historySheet(
  ss: Spreadsheet,
  props: Props,
  id: number | undefined,
  lang: Lang = "id",
): Sheet {
  if (made) return made;
  const sheet = id === undefined ? null : ss.getSheetById(id);
  if (sheet) {
    made = sheet;
    return sheet;
  }
  const tab = ss.getSheetByName(TAB.reminderHistory) ?? ss.insertSheet(TAB.reminderHistory);
  tab.hideSheet();
  tab.protect().setWarningOnly(true);
  const t = strings(lang);
  if (tab.getLastRow() === 0) tab.getRange(1, 1, 1, WIDTH).setValues([COLUMNS.map((c) => t[c])]);
  props.setProperty(HISTORY_TAB_KEY, String(tab.getSheetId()));
  made = tab;
  return tab;
}

/** The history tab of this execution, once found or made. */
let made: Sheet | undefined;

/**
 * Setup makes the tab ahead of the first reminder run (which then spends its calls on letters);
 * an earlier version's history, still in properties, is moved by that run instead.
 */
export function ensureHistoryTab(ss: Spreadsheet, props: Props, lang: Lang, units: number): void {
  const stored = loadStored(props);
  if (stored.historySheetId === undefined && Object.keys(stored.reminders.units ?? {}).length > 0) return;
  // Room for a row per unit, so that the runs never grow it.
  ensureGrid(historySheet(ss, props, stored.historySheetId, lang), units + 1);
}

/**
 * The send journal: one row appended per letter below the table in the same hidden tab (marked
 * in its first cell): the letter about to go out (code, day, kind, "mengirim") and, in the same
 * row, the outcome of the one before it; a last row for the last outcome. A run stopped between a
 * mark and its outcome leaves the mark. One call per letter (`appendRow`); the run's closing write
 * of the table clears it.
 */
export class Journal {
  private sheet?: Sheet;
  private pending?: { code: string; state: Exclude<JournalState, "mengirim"> };
  /** Rows appended by this run. */
  appended = 0;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly props: Props,
    private readonly stored: Stored,
  ) {}

  mark(entry: Omit<JournalEntry, "state">): void {
    const before = this.pending ? [asText(this.pending.code), this.pending.state] : ["", ""];
    this.append([asText(entry.code), asText(entry.day), entry.kind, "mengirim", ...before]);
    this.pending = undefined;
  }

  /** The outcome of the letter last marked (written with the next mark, or by `close`). */
  outcome(code: string, state: Exclude<JournalState, "mengirim">): void {
    this.pending = { code, state };
  }

  /** Records the last outcome when no mark follows it (a run whose summary is not sent). */
  close(): void {
    if (this.pending) this.append(["", "", "", "", asText(this.pending.code), this.pending.state]);
    this.pending = undefined;
  }

  private append(row: string[]): void {
    this.sheet ??= historySheet(this.ss, this.props, this.stored.historySheetId);
    this.sheet.appendRow([JOURNAL_MARK, ...row]);
    this.appended++;
  }
}

/** The first cell of a journal row (a unit code is never written with it). */
const JOURNAL_MARK = "#jurnal";

/** A journal row's entry, and the outcome it gives the entry before it. */
function journalRow(r: readonly unknown[], entries: JournalEntry[]): void {
  const [code, day, kind, , prevCode, prevState] = r.slice(1).map(text);
  const prev = entries.at(-1);
  if (prevCode !== "" && prev?.code === prevCode && prev.state === "mengirim")
    entries[entries.length - 1] = { ...prev, state: prevState as JournalState };
  if (code !== "") entries.push({ code, day, kind: kind as JournalEntry["kind"], state: "mengirim" });
}

/**
 * Writes the history: the units' rows to the tab, blanking the rest of the `before` rows it had
 * (units gone, the journal), in one write; the run's facts (and `extra` entries) to properties.
 */
export function writeHistory(
  ss: Spreadsheet,
  props: Props,
  stored: Stored,
  history: History,
  before: number,
  extra: Readonly<Record<string, string>> = {},
): void {
  const lang = stored.snapshot?.lang ?? "id";
  const sheet = historySheet(ss, props, stored.historySheetId, lang);
  const t = strings(lang);
  const codes = Object.keys(history.units);
  // Text written literally: a day stays "2026-03-02", a code never becomes a number or a formula.
  const day = (d: string) => asText(d);
  const rows = [
    COLUMNS.map((c) => t[c]),
    ...codes.map((code) => {
      const h = history.units[code];
      return [
        asText(code),
        h.count,
        day(h.last),
        day(h.pendingSince),
        day(h.opened),
        day(h.thanked),
        day(h.week),
        h.weekCount,
        day(h.letterDay),
      ];
    }),
  ];
  // Rows below the table (units gone, the journal of this run or a stopped one) blanked in the same write.
  // More rows than the tab is known to have (new units): its grid is grown first.
  if (rows.length > before) ensureGrid(sheet, rows.length);
  while (rows.length < before) rows.push(Array(WIDTH).fill(""));
  writeBlock(sheet, 1, rows);
  writeReminderHistory(
    props,
    {
      units: {},
      lastScheduledDay: history.lastScheduledDay,
      lastScheduledAt: history.lastScheduledAt,
      partialDay: history.partialDay,
    },
    stored.keys,
    extra,
  );
}

/**
 * Writes rows from `row`, growing the grid only when the write does not fit: the grid is asked
 * for its size only then (most writes fit, and a run spends its calls on letters).
 */
export function writeBlock(sheet: Sheet, row: number, rows: unknown[][]): void {
  const width = rows[0].length;
  try {
    sheet.getRange(row, 1, rows.length, width).setValues(rows);
  } catch (_e) {
    ensureGrid(sheet, row + rows.length - 1);
    sheet.getRange(row, 1, rows.length, width).setValues(rows);
  }
}
