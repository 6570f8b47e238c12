/**
 * How much of Google Sheets' cell limit a campaign's spreadsheet uses, and how many more responses
 * fit (RELIABILITY.md, storage bounds). Sheets counts every cell of every tab's grid, empty ones
 * included; each new response takes a row of the responses tab and a row of Skor.
 */

/** Google Sheets holds at most this many cells in a spreadsheet. */
export const SHEETS_CELL_LIMIT = 10_000_000;

/** From this share of the limit on, the health check warns. */
export const CAPACITY_WARN_SHARE = 0.8;

export interface Grid {
  readonly rows: number;
  readonly cols: number;
}

export interface Capacity {
  readonly used: number;
  /** Used as a share of the limit (0..1). */
  readonly share: number;
  /** Cells one more response takes where the grids must grow: a row of each tab it lands in. */
  readonly perResponse: number;
  /** Responses that still fit at today's widths. */
  readonly fits: number;
  readonly level: "ok" | "warn" | "full";
}

/**
 * `grids`: every tab's grid; `landing`: the grids a response lands in (the live responses tab and
 * Skor) with the rows they use. Rows already in a grid below its data hold responses at no cost.
 */
export function capacityOf(
  grids: readonly Grid[],
  landing: readonly (Grid & { readonly used: number })[],
): Capacity {
  const used = grids.reduce((a, g) => a + g.rows * g.cols, 0);
  const perResponse = landing.reduce((a, g) => a + g.cols, 0);
  const room = Math.max(0, SHEETS_CELL_LIMIT - used);
  // k more responses cost, in each tab they land in, a row for each beyond its spare rows.
  const cost = (k: number) => landing.reduce((a, g) => a + Math.max(0, k - (g.rows - g.used)) * g.cols, 0);
  let fits = 0;
  if (landing.length > 0 && perResponse > 0) {
    let hi = 1;
    while (cost(hi) <= room) hi *= 2;
    let lo = hi / 2 >= 1 && cost(hi / 2) <= room ? hi / 2 : 0;
    // cost(lo) <= room < cost(hi)
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (cost(mid) <= room) lo = mid;
      else hi = mid;
    }
    fits = lo;
  }
  const share = used / SHEETS_CELL_LIMIT;
  return {
    used,
    share,
    perResponse,
    fits,
    level: fits === 0 ? "full" : share >= CAPACITY_WARN_SHARE ? "warn" : "ok",
  };
}

/** A whole number with the language's thousands separator ("9.952.000", "9,952,000"). */
export function groupedNumber(n: number, lang: "id" | "en"): string {
  const sep = lang === "id" ? "." : ",";
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
