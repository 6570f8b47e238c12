/** Ranges: their values, positions and sorting (formats in rangeBase.ts), the text finder, protections. */
import { GasError, Svc } from "../runtime";
import type { World } from "../world";
import { a1Of, type Box, parseA1 } from "./a1";
import type { ProtectionData, Row, SheetData } from "./data";
import { checkInt, RangeBase } from "./rangeBase";
import type { CellValue } from "./values";

export function rangeOf(world: World, sheet: SheetData, args: unknown[]): RangeSvc {
  if (typeof args[0] === "string") {
    const box = parseA1(args[0], sheet.maxRows, sheet.maxCols);
    return new RangeSvc(world, sheet, box);
  }
  const r = checkInt(args[0], "row");
  const c = checkInt(args[1] ?? 1, "column");
  const nr = args.length >= 3 ? checkInt(args[2], "numRows") : 1;
  const nc = args.length >= 4 ? checkInt(args[3], "numColumns") : 1;
  if (nr < 1) throw new GasError("The number of rows in the range must be at least 1.");
  if (nc < 1) throw new GasError("The number of columns in the range must be at least 1.");
  if (r < 1) throw new GasError("The starting row of the range is too small.");
  if (c < 1) throw new GasError("The starting column of the range is too small.");
  return new RangeSvc(world, sheet, { r, c, nr, nc });
}

export class RangeSvc extends RangeBase {
  readonly _cls = "Range";
  readonly _svc = "SpreadsheetApp";
  getValues(): CellValue[][] {
    this._w.exec().cells(this._cells());
    const s = this._s;
    const { r, c, nr, nc } = this._b;
    const out: CellValue[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const src = s.rows[r - 1 + i]?.v;
      const row: CellValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) row[j] = src?.[c - 1 + j] ?? "";
      out[i] = row;
    }
    return out;
  }
  getValue(): CellValue {
    this._w.exec().cells(1);
    return this._s.value(this._b.r, this._b.c);
  }
  getDisplayValues(): string[][] {
    this._w.exec().cells(this._cells());
    return this._grid((r, c) => this._s.display(r, c));
  }
  getDisplayValue(): string {
    this._w.exec().cells(1);
    return this._s.display(this._b.r, this._b.c);
  }
  setValues(values: unknown[][]): RangeSvc {
    const data = this._checkShape(values);
    this._w.exec().cells(this._cells());
    this._each((r, c, i, j) => {
      this._s.write(r, c, data[i][j]);
    });
    return this;
  }
  setValue(value: unknown): RangeSvc {
    this._w.exec().cells(this._cells());
    this._each((r, c) => {
      this._s.write(r, c, value);
    });
    return this;
  }
  getFormulas(): string[][] {
    this._w.exec().cells(this._cells());
    return this._grid((r, c) => this._s.rows[r - 1]?.f?.[c - 1] ?? "");
  }
  getFormula(): string {
    this._w.exec().cells(1);
    return this._s.rows[this._b.r - 1]?.f?.[this._b.c - 1] ?? "";
  }
  setFormula(formula: string): RangeSvc {
    return this.setValue(String(formula).startsWith("=") ? formula : `=${formula}`);
  }
  clear(): RangeSvc {
    this._each((r, c) => {
      const row = this._s.rows[r - 1];
      if (!row) return;
      row.v[c - 1] = "";
      if (row.f) row.f[c - 1] = undefined;
      if (row.a) row.a[c - 1] = undefined;
    });
    this._s.touch();
    return this;
  }
  clearContent(): RangeSvc {
    this._each((r, c) => {
      const row = this._s.rows[r - 1];
      if (!row) return;
      row.v[c - 1] = "";
      if (row.f) row.f[c - 1] = undefined;
    });
    this._s.touch();
    return this;
  }
  getRow(): number {
    return this._b.r;
  }
  /** The id of the range's sheet. */
  getGridId(): number {
    return this._s.id;
  }
  getColumn(): number {
    return this._b.c;
  }
  getNumRows(): number {
    return this._b.nr;
  }
  getNumColumns(): number {
    return this._b.nc;
  }
  getLastRow(): number {
    return this._b.r + this._b.nr - 1;
  }
  getLastColumn(): number {
    return this._b.c + this._b.nc - 1;
  }
  getA1Notation(): string {
    return a1Of(this._b);
  }
  getSheet(): Svc {
    // The sheet's object comes from the world: sheet.ts builds ranges, so range.ts cannot import it.
    return this._w.sheetSvc(this._s);
  }
  getCell(row: number, col: number): RangeSvc {
    if (row < 1 || col < 1 || row > this._b.nr || col > this._b.nc) {
      throw new GasError("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new RangeSvc(this._w, this._s, { r: this._b.r + row - 1, c: this._b.c + col - 1, nr: 1, nc: 1 });
  }
  offset(dr: number, dc: number, nr?: number, nc?: number): RangeSvc {
    return rangeOf(this._w, this._s, [this._b.r + dr, this._b.c + dc, nr ?? this._b.nr, nc ?? this._b.nc]);
  }
  createTextFinder(text: string): TextFinderSvc {
    return new TextFinderSvc(this._w, this._s, this._b, String(text));
  }
  protect(): ProtectionSvc {
    const s = this._s;
    const p: ProtectionData = {
      id: s.book.nextProtectionId++,
      sheetId: s.id,
      box: { ...this._b },
      description: "",
      warningOnly: false,
    };
    s.protections.push(p);
    return new ProtectionSvc(this._w, s, p);
  }
  /** Sorts the rows of this range in place (values, formulas and formats move together). */
  sort(spec: unknown): RangeSvc {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((x) =>
      typeof x === "number" ? { column: x, ascending: true } : (x as { column: number; ascending?: boolean }),
    );
    const { r, c, nr, nc } = this._b;
    const s = this._s;
    const slice = s.rows.slice(r - 1, r - 1 + nr).map((row) => row ?? { v: [] });
    while (slice.length < nr) slice.push({ v: [] });
    const key = (row: Row, col: number) => row.v[col - 1] ?? "";
    const rank = (v: CellValue) =>
      v === "" ? 3 : typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 0;
    const cmp = (a: CellValue, b: CellValue) => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra !== rb) return ra - rb;
      const x = a instanceof Date ? a.getTime() : a;
      const y = b instanceof Date ? b.getTime() : b;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    if (c !== 1 || nc < s.maxCols) {
      // Sorting a partial width moves only these columns: split the rows.
      const parts = slice.map((row) => ({
        v: row.v.slice(c - 1, c - 1 + nc),
        f: row.f?.slice(c - 1, c - 1 + nc),
        a: row.a?.slice(c - 1, c - 1 + nc),
      }));
      const order = parts.map((_, i) => i);
      order.sort((i, j) => {
        for (const sp of specs) {
          const d = cmp(key(parts[i], sp.column - c + 1), key(parts[j], sp.column - c + 1));
          if (d !== 0) return sp.ascending === false && rank(key(parts[i], sp.column - c + 1)) !== 3 ? -d : d;
        }
        return i - j;
      });
      order.forEach((from, i) => {
        const row = s.row(r + i);
        const p = parts[from];
        for (let j = 0; j < nc; j++) {
          row.v[c - 1 + j] = p.v[j] ?? "";
          if (p.f || row.f) (row.f ??= [])[c - 1 + j] = p.f?.[j];
          if (p.a || row.a) (row.a ??= [])[c - 1 + j] = p.a?.[j];
        }
      });
    } else {
      const order = slice.map((_, i) => i);
      order.sort((i, j) => {
        for (const sp of specs) {
          const d = cmp(key(slice[i], sp.column), key(slice[j], sp.column));
          if (d !== 0) return sp.ascending === false && rank(key(slice[i], sp.column)) !== 3 ? -d : d;
        }
        return i - j;
      });
      const sorted = order.map((i) => slice[i]);
      s.rows.splice(r - 1, nr, ...sorted);
    }
    s.touch();
    return this;
  }
}

export class TextFinderSvc extends Svc {
  readonly _cls = "TextFinder";
  readonly _svc = "SpreadsheetApp";
  private _entire = false;
  private _case = false;
  private _pos = -1;
  constructor(
    private readonly _w: World,
    private readonly _s: SheetData,
    private readonly _b: Box,
    private readonly _text: string,
  ) {
    super();
  }
  matchEntireCell(b: boolean): TextFinderSvc {
    this._entire = !!b;
    return this;
  }
  matchCase(b: boolean): TextFinderSvc {
    this._case = !!b;
    return this;
  }
  private _matches(): number[] {
    const out: number[] = [];
    const { r, c, nr, nc } = this._b;
    const last = Math.min(r + nr - 1, this._s.lastRow());
    const lastCol = Math.min(c + nc - 1, this._s.lastCol());
    const needle = this._case ? this._text : this._text.toLowerCase();
    this._w.exec().searched(Math.max(0, last - r + 1) * Math.max(0, lastCol - c + 1));
    // Only a text that could be a number, date or boolean as displayed can match a non-text cell.
    const numeric = /^[-+]?[\d.,\s%]+(e[-+]?\d+)?$|^(true|false)$|^\d{1,4}[/\-.]/i.test(this._text);
    for (let i = r; i <= last; i++) {
      const src = this._s.rows[i - 1];
      if (!src) continue;
      for (let j = c; j <= lastCol; j++) {
        const v = src.v[j - 1];
        if (v === undefined || v === "") continue;
        if (typeof v !== "string" && !numeric && !src.f?.[j - 1]) continue;
        let hay = typeof v === "string" && !src.f?.[j - 1] ? v : this._s.display(i, j);
        if (!this._case) hay = hay.toLowerCase();
        if (this._entire ? hay === needle : hay.includes(needle)) out.push((i - r) * nc + (j - c));
      }
    }
    return out;
  }
  private _range(k: number): RangeSvc {
    const nc = this._b.nc;
    return new RangeSvc(this._w, this._s, {
      r: this._b.r + Math.floor(k / nc),
      c: this._b.c + (k % nc),
      nr: 1,
      nc: 1,
    });
  }
  findNext(): RangeSvc | null {
    const next = this._matches().find((k) => k > this._pos);
    if (next === undefined) return null;
    this._pos = next;
    return this._range(next);
  }
  findAll(): RangeSvc[] {
    return this._matches().map((k) => this._range(k));
  }
}

export class ProtectionSvc extends Svc {
  readonly _cls = "Protection";
  readonly _svc = "SpreadsheetApp";
  constructor(
    private readonly _w: World,
    private readonly _s: SheetData,
    readonly _p: ProtectionData,
  ) {
    super();
  }
  setDescription(d: string): ProtectionSvc {
    this._p.description = String(d);
    return this;
  }
  getDescription(): string {
    return this._p.description;
  }
  setWarningOnly(w: boolean): ProtectionSvc {
    this._p.warningOnly = !!w;
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  getRange(): RangeSvc {
    const s = this._s;
    return new RangeSvc(this._w, s, this._p.box ?? { r: 1, c: 1, nr: s.maxRows, nc: s.maxCols });
  }
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    this._s.protections = this._s.protections.filter((p) => p !== this._p);
  }
}
