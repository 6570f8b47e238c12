/**
 * CSV mode of `npm start`: a real campaign's exports (the units tab, the responses tab, optionally
 * the settings tab) computed offline through the same bundle. The export's locale decides how
 * its text is read, whatever the sheet's locale becomes (setup switches it to Indonesian): a
 * "3/2/2026 8:00:44" of an English export is 2 March, never 3 February.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROFILE } from "../src/core/counting/instrument";
import { parseCsvText } from "./emulation/services/services";
import { parseTyped } from "./emulation/sheets/values";
import { type CellValue, Workspace } from "./index";

export type ExportLocale = "id" | "en";

export interface CsvOptions {
  /** The files' names as the user gave them (for messages). */
  readonly units: string;
  readonly responses: string;
  readonly settings?: string;
  readonly locale: ExportLocale;
}

export interface CsvFiles {
  readonly units: string[][];
  readonly responses: string[][];
  readonly settings?: string[][];
}

/** A problem in one of the user's files: the message names the file, and the row and column where known. */
export class CsvError extends Error {}

const SHEETS_LOCALE: Record<ExportLocale, string> = { id: "id_ID", en: "en_US" };

/**
 * The separator of a CSV export: a comma (Google Sheets), or a semicolon (what Excel writes in an
 * Indonesian locale), decided by the header line.
 */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const outside = header.replace(/"[^"]*"/g, "");
  const count = (c: string) => outside.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** A CSV file's rows, without blank lines (an editor's trailing newline, a stray empty line). */
export function parseCsvFile(name: string, text: string): string[][] {
  let rows: string[][];
  try {
    rows = parseCsvText(text, detectDelimiter(text));
  } catch (e) {
    throw new CsvError(`${name}: ${(e as Error).message}`);
  }
  return rows.filter((r) => r.some((v) => v.trim() !== ""));
}

export function readCsvFile(path: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (_e) {
    throw new CsvError(`${path}: file not found`);
  }
  return parseCsvFile(path, text);
}

/** The script's time zone, from the manifest that is pushed with the bundle. */
function scriptTimeZone(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "dist", "appsscript.json"), "utf8"));
  return String(manifest.timeZone ?? "Asia/Jakarta");
}

/** The latest response time of the export (the local clock is set just after it), or undefined. */
function lastResponseTime(rows: string[][], locale: ExportLocale, tz: string): number | undefined {
  let last: number | undefined;
  for (const r of rows.slice(1)) {
    const v = parseTyped(r[0] ?? "", SHEETS_LOCALE[locale], tz).value;
    if (v instanceof Date && (last === undefined || v.getTime() > last)) last = v.getTime();
  }
  return last;
}

/** Questions the form asks only when a setting says so: a column of theirs means --settings was left out. */
const OPTIONAL_QUESTIONS = [PROFILE.nip, PROFILE.employment, PROFILE.position].flatMap((p) => [
  p.title.id,
  p.title.en,
]);

/** Setup's problem list, each line sent to the file it is about. */
function problemsByFile(message: string, o: CsvOptions): string {
  const lines = message.split("\n").filter((l) => l.startsWith("\u2022"));
  const isSetting = (l: string) => /^\u2022 (Pengaturan|Setting)/.test(l);
  const settings = lines.filter(isSetting);
  const units = lines.filter((l) => !isSetting(l));
  const parts: string[] = [];
  if (settings.length) parts.push(`${o.settings ?? "the default settings"}:\n${settings.join("\n")}`);
  if (units.length) parts.push(`${o.units}:\n${units.join("\n")}`);
  return parts.join("\n");
}

/**
 * Runs setup on the units (and settings) as exported, loads the responses as exported, then a
 * recompute and the dashboard. The clock stands just after the last response.
 */
export function runCsvCampaign(o: CsvOptions, files: CsvFiles): Workspace {
  const locale = SHEETS_LOCALE[o.locale];
  const last = lastResponseTime(files.responses, o.locale, scriptTimeZone());
  const ws = new Workspace({
    locale,
    accountLanguage: o.locale,
    spreadsheetName: "Survei Indeks BerAKHLAK (ekspor CSV)",
    start: last === undefined ? undefined : new Date(last + 60_000),
    tabs: { "Unit Kerja": files.units, ...(files.settings ? { Pengaturan: files.settings } : {}) },
  });
  ws.open();
  const setupItem = ws.menus[0]?.items.find((i) => i.fn === "menuSetup")?.label ?? "Siapkan Survei";
  const setup = ws.clickMenu(setupItem);
  if (setup.error) throw new Error(`setup failed: ${setup.error}`);
  const problems = ws.uiLog.find(
    (u) => u.title === "Perbaiki dulu hal berikut" || u.title === "Please fix these first",
  );
  if (problems) throw new CsvError(problemsByFile(problems.message, o));
  const tab = ws.tabNames().find((n) => /^(Jawaban Formulir|Form Responses) \d+$/.test(n)) as string;
  const header = ws.values(tab)[0].map(String);
  const csvHeader = files.responses[0] ?? [];
  csvHeader.slice(1).forEach((h, j) => {
    if (h === "" || header.includes(h)) return;
    const hint = OPTIONAL_QUESTIONS.includes(h)
      ? ` (the form asks it only when a setting says so: pass the Pengaturan export with --settings pengaturan.csv)`
      : "";
    throw new CsvError(
      `${o.responses}, row 1, column ${j + 2}: "${h}" is not a question of this survey's form${hint}`,
    );
  });
  const order = header.map((h, j) => (j === 0 ? 0 : csvHeader.indexOf(h)));
  const rows = files.responses.slice(1).map((r, i) => {
    if (r.length !== csvHeader.length) {
      throw new CsvError(
        `${o.responses}, row ${i + 2}: ${r.length} columns where the header has ${csvHeader.length}`,
      );
    }
    return order.map((j) => (j < 0 ? "" : r[j]));
  });
  // Read as the export wrote it: its own locale, not the sheet's.
  ws.typeInto(tab, rows, 2, { locale });
  const typed: CellValue[][] = ws.values(tab);
  typed.slice(1).forEach((r, i) => {
    if (!(r[0] instanceof Date)) {
      const other = o.locale === "id" ? "en" : "id";
      throw new CsvError(
        `${o.responses}, row ${i + 2}, column 1: "${rows[i][0]}" is not a timestamp as ${o.locale === "id" ? "an Indonesian" : "an English"} export writes it (try --locale ${other})`,
      );
    }
  });
  const recompute = ws.clickMenu(ws.menus[0]?.items.find((i) => i.fn === "menuRecompute")?.label ?? "");
  if (recompute.error) throw new Error(`recompute failed: ${recompute.error}`);
  ws.clickMenu(ws.menus[0]?.items.find((i) => i.fn === "menuDashboard")?.label ?? "");
  return ws;
}

/** How many responses were not counted, and why (the reasons Skor gives, most frequent first). */
export function invalidSummary(ws: Workspace): { count: number; reasons: string[] } {
  if (!ws.tabNames().includes("Skor")) return { count: 0, reasons: [] };
  const rows = ws.values("Skor").slice(1);
  const invalid = rows.filter((r) => r[3] === "tidak valid");
  const byReason = new Map<string, number>();
  for (const r of invalid) {
    // "unit X tidak ada" and its kind: one line per kind of reason, with the units named.
    const reason = String(r[4]);
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const reasons = [...byReason.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([why, n]) => `${n} \u00d7 ${why}`);
  return { count: invalid.length, reasons };
}
