/**
 * Dates as people read them (PRODUCT.md): "27 Maret 2026" in text, "27/03/2026 09:05" in a cell or
 * a log line; never month-first, never ISO. Input is the product's internal yyyy-MM-dd.
 */
import { type Lang, MONTH_NAMES } from "./strings";

/** "2026-03-27" -> "27 Maret 2026" (English: "27 March 2026"); "" stays "". */
export function longDate(ymd: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  return `${Number(m[3])} ${MONTH_NAMES[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/** "2026-03-27 09:05" -> "27/03/2026 09:05". */
export function dayFirst(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}${m[4]}` : text;
}

/** Days from today to the deadline, counting both (0 after it); null without a deadline. */
export function daysLeft(todayYmd: string, endYmd: string): number | null {
  if (!endYmd) return null;
  const d = (Date.parse(`${endYmd}T00:00:00Z`) - Date.parse(`${todayYmd}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.round(d) + 1);
}
