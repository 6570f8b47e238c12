/**
 * Log Email: one row per letter sent, postponed, failed or of unknown outcome, and per unit skipped
 * for a reason staff can fix; the tab made when missing.
 */
import { asText } from "../../core/counting/skor";
import { localTime } from "../../core/counting/snapshot";
import type { Kind, Outcome } from "../../core/letters/reminders";
import { TAB } from "../../core/platform/tabs";
import { dayFirst } from "../../core/text/dates";
import { type Lang, strings } from "../../core/text/strings";
import { writeBlock } from "./historyTab";

export interface LogRow {
  time: string;
  unit: string;
  recipients: string;
  kind: Kind;
  count: number | string;
  quota: number | string;
  outcome: Outcome;
  why: string;
}

const LOG_COLUMNS = [
  "colLogTime",
  "colLogUnit",
  "colLogRecipients",
  "colLogKind",
  "colLogCount",
  "colLogQuota",
  "colLogOutcome",
  "colLogWhy",
] as const;

/** The Log Email tab, created with its header when missing (setup makes it ahead of the first run). */
export function mailLogSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(TAB.mailLog);
  if (existing) return existing;
  const t = strings(lang);
  const sheet = ss.insertSheet(TAB.mailLog);
  sheet
    .getRange(1, 1, 1, LOG_COLUMNS.length)
    .setValues([LOG_COLUMNS.map((c) => t[c])])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.protect().setDescription(TAB.mailLog).setWarningOnly(true);
  return sheet;
}

export function writeLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: readonly LogRow[],
  lang: Lang,
): void {
  if (rows.length === 0) return;
  const sheet = mailLogSheet(ss, lang);
  writeBlock(
    sheet,
    sheet.getLastRow() + 1,
    rows.map((r) => [
      asText(r.time),
      asText(r.unit),
      asText(r.recipients),
      asText(r.kind),
      r.count,
      r.quota,
      asText(r.outcome),
      asText(r.why),
    ]),
  );
}

/**
 * The units Log Email says got a letter on a day (written "dd/MM/yyyy" as its time column has it):
 * sent, or of unknown outcome. One block read.
 */
export function sentTodayFromLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  day: string,
  codeOfName: ReadonlyMap<string, string>,
): string[] {
  const sheet = ss.getSheetByName(TAB.mailLog);
  if (!sheet) return [];
  const out = new Set<string>();
  const [at, unit, said] = (["colLogTime", "colLogUnit", "colLogOutcome"] as const).map((c) =>
    LOG_COLUMNS.indexOf(c),
  );
  for (const r of sheet.getDataRange().getValues().slice(1)) {
    const outcome = String(r[said]);
    if (!String(r[at]).startsWith(day) || (outcome !== "terkirim" && outcome !== "tidak pasti")) continue;
    const code = codeOfName.get(String(r[unit]));
    if (code !== undefined) out.add(code);
  }
  return [...out];
}

/** Log Email lines written by the campaign's other letters (the digest, the end), timed now. */
export function logLetters(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  tzOffsetMin: number,
  rows: readonly Omit<LogRow, "time">[],
): void {
  const time = dayFirst(localTime(Date.now(), tzOffsetMin).text);
  writeLog(
    ss,
    rows.map((r) => ({ ...r, time })),
    lang,
  );
}

/** A Log Email line about the day rather than a unit. */
export function calendarLine(time: string, why: string): LogRow {
  return {
    time,
    unit: "",
    recipients: "",
    kind: "pengingat",
    count: "",
    quota: "",
    outcome: "dilewati",
    why,
  };
}
