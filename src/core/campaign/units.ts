/**
 * The Unit Kerja tab: one schema for its columns (read and written by position; headers from the
 * strings module), parsing and validation that lists every problem with its row.
 */
import { cleanLine, truncate } from "../text/escape";
import { type Problem, problem } from "../text/problems";
import type { Strings } from "../text/strings";
import { EMAIL_PATTERN } from "./settingDefs";
import { toBool } from "./settings";

export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly head: string;
  /** "" when missing or invalid (listed as a problem when invalid). */
  readonly headEmail: string;
  readonly cc: readonly string[];
  readonly headcount: number;
  readonly manualQuota?: number;
  readonly active: boolean;
  /** A short link staff made to the unit's form (e.g. s.id/…), for posters; "" when none. */
  readonly shortLink: string;
  /** The row in the tab (1-based). */
  readonly row: number;
}

export interface ColumnDef {
  readonly key: keyof Omit<Unit, "row">;
  readonly header: keyof Strings;
  /** Number format the setup gives the column ("@" keeps codes like 01 as text). */
  readonly format?: string;
}

export const UNIT_COLUMNS: readonly ColumnDef[] = [
  { key: "code", header: "colUnitCode", format: "@" },
  { key: "name", header: "colUnitName", format: "@" },
  { key: "head", header: "colUnitHead", format: "@" },
  { key: "headEmail", header: "colUnitHeadEmail", format: "@" },
  { key: "cc", header: "colUnitCc", format: "@" },
  { key: "headcount", header: "colUnitHeadcount", format: "0" },
  { key: "manualQuota", header: "colUnitManualQuota", format: "0" },
  { key: "active", header: "colUnitActive" },
  { key: "shortLink", header: "colUnitShortLink", format: "@" },
];

/** Two example rows that setup writes into a new, empty units tab. */
export const EXAMPLE_UNITS: readonly (readonly (string | number | boolean)[])[] = [
  [
    "BIRO-ORG",
    "Biro Organisasi",
    "Nama Kepala Biro",
    "kepala.biro.organisasi@example.org",
    "",
    45,
    "",
    true,
    "",
  ],
  [
    "DISDIK",
    "Dinas Pendidikan",
    "Nama Kepala Dinas",
    "kepala.dinas.pendidikan@example.org",
    "",
    320,
    "",
    true,
    "",
  ],
];

function toInt(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) ? v : undefined;
  const s = String(v).trim();
  return /^-?\d+$/.test(s) ? Number(s) : undefined;
}

/** The Aktif column: an empty cell means active. */
function toActive(v: unknown): boolean | undefined {
  return toBool(v, ["", "aktif"], ["nonaktif"]);
}

/** Reads the units tab's values (header first). Every problem is listed, each with its row. */
export function parseUnits(rows: readonly (readonly unknown[])[]): { units: Unit[]; problems: Problem[] } {
  const units: Unit[] = [];
  const problems: Problem[] = [];
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  rows.forEach((r, i) => {
    if (i === 0) return;
    const row = i + 1;
    const cells = UNIT_COLUMNS.map((_, j) => r[j] ?? "");
    if (cells.every((c) => String(c).trim() === "")) return;
    const [codeV, nameV, headV, emailV, ccV, countV, quotaV, activeV, shortV] = cells;
    const code = cleanLine(codeV);
    const name = cleanLine(nameV);
    if (code === "") problems.push(problem("unitEmptyCode", { row }));
    else if (codes.has(code.toUpperCase()))
      problems.push(problem("unitDuplicateCode", { row, code, first: codes.get(code.toUpperCase()) ?? 0 }));
    else codes.set(code.toUpperCase(), row);
    if (name === "") problems.push(problem("unitEmptyName", { row }));
    else if (names.has(name.toLowerCase()))
      problems.push(problem("unitDuplicateName", { row, name, first: names.get(name.toLowerCase()) ?? 0 }));
    else names.set(name.toLowerCase(), row);
    const headEmail = cleanLine(emailV);
    if (headEmail !== "" && !EMAIL_PATTERN.test(headEmail))
      problems.push(problem("unitBadEmail", { row, value: headEmail }));
    const cc = cleanLine(ccV)
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    for (const e of cc) if (!EMAIL_PATTERN.test(e)) problems.push(problem("unitBadCc", { row, value: e }));
    const headcount = toInt(countV);
    if (String(countV).trim() === "") problems.push(problem("unitMissingHeadcount", { row }));
    else if (headcount === undefined || headcount < 0)
      problems.push(problem("unitBadHeadcount", { row, value: String(countV) }));
    let manualQuota: number | undefined;
    if (String(quotaV).trim() !== "") {
      manualQuota = toInt(quotaV);
      if (manualQuota === undefined || manualQuota < 0) {
        problems.push(problem("unitBadQuota", { row, value: String(quotaV) }));
        manualQuota = undefined;
      }
    }
    const active = toActive(activeV);
    if (active === undefined) problems.push(problem("unitBadActive", { row, value: String(activeV) }));
    // An optional column: a link of the web (a poster prints it), or nothing.
    const shortLink = String(shortV ?? "").trim();
    const linkOk = shortLink === "" || (/^https?:\/\/[^\s<>"]+$/.test(shortLink) && shortLink.length <= 200);
    if (!linkOk) problems.push(problem("unitBadShortLink", { row, value: truncate(shortLink, 80) }));
    units.push({
      code,
      name,
      head: String(headV).trim(),
      headEmail: EMAIL_PATTERN.test(headEmail) ? headEmail : "",
      cc: cc.filter((e) => EMAIL_PATTERN.test(e)),
      headcount: headcount !== undefined && headcount >= 0 ? headcount : 0,
      manualQuota,
      active: active ?? true,
      shortLink: linkOk ? shortLink : "",
      row,
    });
  });
  if (units.length === 0) problems.push(problem("unitNone", {}));
  return { units, problems };
}

/** The choice shown in the form's unit dropdown: the name with the code, so a renamed unit keeps its code. */
export function unitChoice(u: Pick<Unit, "code" | "name">): string {
  return `${truncate(u.name, 300)} (${u.code})`;
}

/** The unit code inside a dropdown answer ("Biro Umum (BU)" -> "BU"); undefined if there is none. */
export function codeOfChoice(answer: string): string | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(answer.trim());
  return m ? m[1].trim() : undefined;
}

/**
 * The unit of a dropdown answer among the known codes: the fast reading first, then (for a code
 * that itself holds parentheses, "UPT (1)") the longest known code the answer ends with in
 * parentheses. Any printable code works; unknown answers keep their fast reading for the reason.
 */
export function unitOfAnswer(answer: string, known: Readonly<Record<string, unknown>>): string {
  const fast = codeOfChoice(answer) ?? "";
  if (fast in known) return fast;
  const text = answer.trim();
  let best = "";
  for (const code of Object.keys(known))
    if (code.length > best.length && text.endsWith(`(${code})`)) best = code;
  return best || fast;
}
