/**
 * The responses tabs the survey counts (the live one and earlier ones), read by column or by row
 * in as few blocks as possible.
 */
import { type ColumnMap, mapColumns, missingColumns } from "../../core/counting/scoring";
import type { Run } from "../platform/run";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function dateOf(ms: number): Date {
  return new Date(ms);
}

/**
 * Counts: rows below the header in the live tab; the responses expected in Skor (the live tab's
 * rows with the adjustment the last reconcile found: earlier tabs, blank rows); Skor's rows.
 */
export function counts(run: Run): { live: number; resp: number; skor: number } {
  const live = Math.max(0, run.resp.getLastRow() - 1);
  return {
    live,
    resp: live + (run.stored.state.rowAdjust ?? 0),
    skor: Math.max(0, run.skor.getLastRow() - 1),
  };
}

export function readRow(sheet: Sheet, row: number, width: number): unknown[] {
  return sheet.getRange(row, 1, 1, width).getValues()[0];
}

/** Row numbers (from 2) grouped by a value of theirs. */
export function groupRows<T>(values: readonly T[]): Map<T, number[]> {
  const out = new Map<T, number[]>();
  values.forEach((v, i) => {
    const list = out.get(v);
    if (list) list.push(i + 2);
    else out.set(v, [i + 2]);
  });
  return out;
}

export function timeOf(v: unknown): number {
  return Object.prototype.toString.call(v) === "[object Date]" ? (v as Date).getTime() : 0;
}

/**
 * Reads the given rows in as few blocks as their spread allows (one block when they are together),
 * into `into`; rows already there are not read again.
 */
export function readRows(
  sheet: Sheet,
  rows: readonly number[],
  width: number,
  into: Map<number, unknown[]>,
): void {
  const sorted = [...new Set(rows)].filter((r) => !into.has(r)).sort((a, b) => a - b);
  if (sorted.length === 0) return;
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r <= last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  const blocks = runs.length > 8 ? [[sorted[0], sorted[sorted.length - 1]] as [number, number]] : runs;
  const wanted = new Set(sorted);
  for (const [a, b] of blocks) {
    const values = sheet.getRange(a, 1, b - a + 1, width).getValues();
    values.forEach((v, i) => {
      if (wanted.has(a + i)) into.set(a + i, v);
    });
  }
}

/** A responses tab the survey counts: its sheet, where its questions are, its rows below the header. */
export interface Source {
  readonly sheet: Sheet;
  readonly id: number;
  readonly cols: ColumnMap;
  readonly rows: number;
}

/**
 * Every source, oldest first: the earlier tabs still present (each mapped by its own header; one
 * whose questions cannot all be found is left out, and the health check names it), then the live
 * tab. A deleted earlier tab stops counting: the counts follow what is there.
 */
export function sourcesOf(run: Run, liveRows?: number): Source[] {
  const out: Source[] = [];
  for (const id of run.stored.state.retired ?? []) {
    const sheet = run.ss.getSheetById(id);
    if (!sheet || id === run.stored.state.responsesSheetId) continue;
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    if (last < 2 || width < 1) continue;
    const cols = mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0]);
    if (missingColumns(cols).length > 0) continue;
    out.push({ sheet, id, cols, rows: last - 1 });
  }
  out.push({
    sheet: run.resp,
    id: run.stored.state.responsesSheetId ?? -1,
    cols: run.snapshot.cols,
    rows: liveRows ?? Math.max(0, run.resp.getLastRow() - 1),
  });
  return out;
}

/** A source's timestamps (0 where a row has none), one column read. */
export function readTimes(src: Source): number[] {
  if (src.rows === 0) return [];
  return src.sheet
    .getRange(2, src.cols.timestamp + 1, src.rows, 1)
    .getValues()
    .map((r) => timeOf(r[0]));
}
