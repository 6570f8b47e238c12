/** The health check's line on Google Sheets' cell limit (core/capacity). */
import { capacityOf, groupedNumber } from "../../core/platform/capacity";
import { type Lang, strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * How full the spreadsheet is and how many more responses fit, from every tab's grid (two getters
 * each) and the rows the live responses tab and Skor use.
 */
export function capacityLine(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  landing: readonly { sheet: Sheet | null; used: number }[],
  lang: Lang,
): { level: "ok" | "warn" | "bad"; text: string } {
  const t = strings(lang);
  const grid = (s: Sheet) => ({ rows: s.getMaxRows(), cols: s.getMaxColumns() });
  const c = capacityOf(
    ss.getSheets().map(grid),
    landing.flatMap((l) => (l.sheet ? [{ ...grid(l.sheet), used: l.used }] : [])),
  );
  const params = {
    used: groupedNumber(c.used, lang),
    pct: Math.floor(c.share * 100),
    fits: groupedNumber(c.fits, lang),
  };
  if (c.level === "full") return { level: "bad", text: fill(t.healthCapacityFull, params) };
  if (c.level === "warn") return { level: "warn", text: fill(t.healthCapacityWarn, params) };
  return { level: "ok", text: fill(t.healthCapacity, params) };
}
