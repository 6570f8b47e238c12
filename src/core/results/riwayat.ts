/**
 * The optional Riwayat tab (PRODUCT.md "Dashboard"; issue "From scores to action", year over
 * year): earlier years' results typed or pasted by staff — tahun, kode unit ("" for the whole
 * instansi), then the seven value scores (0 to 100). Checked like the other tabs: every problem is
 * listed with its row, and only sound rows are used; a row with a problem changes nothing shown.
 */

import { VALUES } from "../counting/instrument";
import { type Problem, problem } from "../text/problems";
import type { HistoryRow } from "./dashboard";

/** How a score may be typed: a number, or text with a decimal comma or point ("61,5"). */
function scoreOf(v: unknown): number | null | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const s = String(v ?? "").trim();
  if (s === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(",", "."));
}

/**
 * The sound rows of Riwayat, and a problem for each row that is not (header first). `units`: the
 * codes Unit Kerja knows (a code it does not know is most likely a typo); `year`: this campaign's
 * year (Riwayat holds earlier ones).
 */
export function parseRiwayat(
  rows: readonly (readonly unknown[])[],
  units: ReadonlySet<string>,
  year: number,
): { rows: HistoryRow[]; problems: Problem[] } {
  const out: HistoryRow[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (i === 0) return;
    if (r.every((c) => String(c ?? "").trim() === "")) return;
    const row = i + 1;
    const before = problems.length;
    const y = typeof r[0] === "number" ? r[0] : Number(String(r[0] ?? "").trim());
    if (!Number.isInteger(y) || y < 2000 || y > 2100)
      problems.push(problem("riwayatBadYear", { row, value: String(r[0] ?? "") }));
    else if (y >= year) problems.push(problem("riwayatNotEarlier", { row, value: y, year }));
    const unit = String(r[1] ?? "").trim();
    if (unit !== "" && !units.has(unit)) problems.push(problem("riwayatUnknownUnit", { row, code: unit }));
    const values = VALUES.map((v, j) => {
      const got = scoreOf(r[2 + j]);
      if (got === undefined || (got !== null && (got < 0 || got > 100))) {
        problems.push(problem("riwayatBadScore", { row, value: String(r[2 + j]), code: v.code }));
        return null;
      }
      return got;
    });
    if (values.every((v) => v === null) && problems.length === before)
      problems.push(problem("riwayatNoScore", { row }));
    const key = `${y}|${unit}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(problem("riwayatDuplicate", { row, first, year: y, code: unit || "\u2013" }));
    else seen.set(key, row);
    if (problems.length === before) out.push({ year: y, unit, values });
  });
  return { rows: out, problems };
}
