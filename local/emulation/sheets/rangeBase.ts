/**
 * What every range does with its cells' formats, notes and validation (Range's format half; the
 * values, positions and sorting are in range.ts's RangeSvc, which extends this).
 */

import { GasError, Svc } from "../runtime";
import type { World } from "../world";
import type { Box } from "./a1";
import type { Attrs, SheetData } from "./data";
import { DataValidationSvc } from "./validation";

export function checkInt(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isInteger(n)) throw new GasError(`Invalid argument: ${what}`);
  return n;
}

export abstract class RangeBase extends Svc {
  constructor(
    protected readonly _w: World,
    readonly _s: SheetData,
    readonly _b: Box,
  ) {
    super();
    if (_b.r + _b.nr - 1 > _s.maxRows || _b.c + _b.nc - 1 > _s.maxCols) {
      throw new GasError("The coordinates of the range are outside the dimensions of the sheet.");
    }
  }
  protected _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { r, c, nr, nc } = this._b;
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) fn(r + i, c + j, i, j);
  }
  protected _grid<T>(fn: (r: number, c: number) => T): T[][] {
    const { r, c, nr, nc } = this._b;
    const out: T[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row: T[] = new Array(nc);
      for (let j = 0; j < nc; j++) row[j] = fn(r + i, c + j);
      out[i] = row;
    }
    return out;
  }
  /** Google's shape check for the plural setters. */
  protected _checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data))
      throw new GasError("Invalid argument: the data must be a two-dimensional array.");
    const { nr, nc } = this._b;
    if (data.length !== nr) {
      throw new GasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${nr}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row)) throw new GasError("Invalid argument: each row of the data must be an array.");
      if (row.length !== nc) {
        throw new GasError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${nc}.`,
        );
      }
    }
    return data as unknown[][];
  }
  protected _cells(): number {
    return this._b.nr * this._b.nc;
  }
  clearFormat(): this {
    this._each((r, c) => {
      const a = this._s.attrs(r, c);
      if (a) for (const k of ["nf", "bg", "fw", "fc", "ha", "fs", "wrap"] as const) delete a[k];
    });
    return this;
  }
  protected _setAll<K extends keyof Attrs>(key: K, value: Attrs[K] | undefined): this {
    this._w.exec().formatCells(this._cells());
    this._each((r, c) => this._s.setAttr(r, c, key, value));
    return this;
  }
  protected _setEach<K extends keyof Attrs>(
    key: K,
    values: unknown[][],
    conv: (v: unknown) => Attrs[K],
  ): this {
    const data = this._checkShape(values);
    this._w.exec().formatCells(this._cells());
    this._each((r, c, i, j) => this._s.setAttr(r, c, key, data[i][j] == null ? undefined : conv(data[i][j])));
    return this;
  }
  protected _getEach<K extends keyof Attrs, D>(key: K, dflt: D): (Attrs[K] | D)[][] {
    return this._grid((r, c) => this._s.attrs(r, c)?.[key] ?? dflt);
  }
  setNumberFormat(format: string): this {
    return this._setAll("nf", String(format));
  }
  setNumberFormats(formats: unknown[][]): this {
    return this._setEach("nf", formats, String);
  }
  getNumberFormat(): string {
    return this._s.attrs(this._b.r, this._b.c)?.nf ?? "0.###############";
  }
  getNumberFormats(): string[][] {
    return this._getEach("nf", "0.###############") as string[][];
  }
  setBackground(color: string | null): this {
    return this._setAll("bg", color ?? undefined);
  }
  setBackgrounds(colors: unknown[][]): this {
    return this._setEach("bg", colors, String);
  }
  getBackground(): string {
    return this._s.attrs(this._b.r, this._b.c)?.bg ?? "#ffffff";
  }
  getBackgrounds(): string[][] {
    return this._getEach("bg", "#ffffff") as string[][];
  }
  setFontWeight(w: string | null): this {
    return this._setAll("fw", w ?? undefined);
  }
  setFontWeights(ws: unknown[][]): this {
    return this._setEach("fw", ws, String);
  }
  getFontWeight(): string {
    return this._s.attrs(this._b.r, this._b.c)?.fw ?? "normal";
  }
  getFontWeights(): string[][] {
    return this._getEach("fw", "normal") as string[][];
  }
  setFontColor(color: string | null): this {
    return this._setAll("fc", color ?? undefined);
  }
  setFontColors(colors: unknown[][]): this {
    return this._setEach("fc", colors, String);
  }
  getFontColor(): string {
    return this._s.attrs(this._b.r, this._b.c)?.fc ?? "#000000";
  }
  getFontColors(): string[][] {
    return this._getEach("fc", "#000000") as string[][];
  }
  setHorizontalAlignment(a: string | null): this {
    return this._setAll("ha", a ?? undefined);
  }
  setHorizontalAlignments(a: unknown[][]): this {
    return this._setEach("ha", a, String);
  }
  getHorizontalAlignment(): string {
    return this._s.attrs(this._b.r, this._b.c)?.ha ?? "general";
  }
  setFontSize(size: number): this {
    return this._setAll("fs", checkInt(size, "size"));
  }
  setWrap(wrap: boolean): this {
    return this._setAll("wrap", wrap ? "WRAP" : "OVERFLOW");
  }
  setWrapStrategy(strategy: string): this {
    if (!["WRAP", "OVERFLOW", "CLIP"].includes(String(strategy)))
      throw new Error(`Exception: Invalid argument: strategy (${String(strategy)})`);
    return this._setAll("wrap", String(strategy));
  }
  setWrapStrategies(strategies: unknown[][]): this {
    for (const row of strategies)
      for (const w of row)
        if (!["WRAP", "OVERFLOW", "CLIP"].includes(String(w)))
          throw new Error(`Exception: Invalid argument: strategies (${String(w)})`);
    return this._setEach("wrap", strategies, String);
  }
  getWrapStrategy(): string {
    return this._s.attrs(this._b.r, this._b.c)?.wrap ?? "OVERFLOW";
  }
  getWrapStrategies(): string[][] {
    return this._getEach("wrap", "OVERFLOW") as string[][];
  }
  setNotes(notes: unknown[][]): this {
    return this._setEach("note", notes, (v) =>
      String(v) === "" ? (undefined as unknown as string) : String(v),
    );
  }
  getNotes(): string[][] {
    return this._getEach("note", "") as string[][];
  }
  setNote(note: string | null): this {
    return this._setAll("note", note ?? undefined);
  }
  getNote(): string {
    return this._s.attrs(this._b.r, this._b.c)?.note ?? "";
  }
  setDataValidation(rule: DataValidationSvc | null): this {
    return this._setAll("dv", rule ? { ...rule._d } : undefined);
  }
  getDataValidation(): DataValidationSvc | null {
    const dv = this._s.attrs(this._b.r, this._b.c)?.dv;
    return dv ? new DataValidationSvc(dv) : null;
  }
  getDataValidations(): (DataValidationSvc | null)[][] {
    return this._grid((r, c) => {
      const dv = this._s.attrs(r, c)?.dv;
      return dv ? new DataValidationSvc(dv) : null;
    });
  }
  clearDataValidations(): this {
    return this._setAll("dv", undefined);
  }
}
