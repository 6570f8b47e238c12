/** What a spreadsheet holds: its tabs' cells, formats, validation, protections and charts, and Google's limits (cells per spreadsheet, characters per cell). */

import { GasError, isDate, toNodeDate } from "../runtime";
import { type Box, colLetters } from "./a1";
import { type CellValue, displayOf, parseTyped } from "./values";

export interface Attrs {
  nf?: string;
  bg?: string;
  fw?: string;
  fc?: string;
  ha?: string;
  fs?: number;
  /** The wrap strategy: WRAP, OVERFLOW (Sheets' default) or CLIP. */
  wrap?: string;
  dv?: ValidationData;
  note?: string;
}

export interface Row {
  v: CellValue[];
  f?: (string | undefined)[];
  a?: (Attrs | undefined)[];
}

export interface ValidationData {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface ProtectionData {
  id: number;
  sheetId: number;
  box?: Box;
  description: string;
  warningOnly: boolean;
}

export interface ChartData {
  id: number;
  type: string;
  ranges: { sheetId: number; box: Box }[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Google Sheets holds at most 10 million cells in a spreadsheet, counting every cell of every tab's grid. */
export const WORKBOOK_CELL_LIMIT = 10_000_000;

/** What Sheets says when a change would take the spreadsheet past it. */
export const CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`;

/** Sheets holds at most 50,000 characters in a cell; a longer write fails. */
export const CELL_TEXT_LIMIT = 50_000;

/** The value a formula cell holds here: the emulation does not evaluate formulas. */
export const FORMULA_VALUE = "#N/A";

export class SheetData {
  rows: Row[] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  colWidths = new Map<number, number>();
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  /** The id of the form whose responses this tab receives, while it is linked. */
  formId?: string;
  /**
   * A responses tab not yet in the sheet list (variant): hidden from the execution that linked it
   * until a flush (when `byFlush`), and visible to every later execution.
   */
  pending?: { exec: number; byFlush: boolean };
  deleted = false;
  /** The extent (last row and column with content), kept up to date by writes; undefined = recount. */
  private cachedLast?: { row: number; col: number };

  constructor(
    readonly book: BookData,
    readonly id: number,
    public name: string,
  ) {}

  /** Structural change (rows moved, cleared, inserted, deleted): the extent is recounted when next asked. */
  touch(): void {
    this.cachedLast = undefined;
  }

  private noteWrite(r: number, c: number, empty: boolean): void {
    const last = this.cachedLast;
    if (!last) return;
    if (!empty) {
      if (r > last.row) last.row = r;
      if (c > last.col) last.col = c;
    } else if (r >= last.row || c >= last.col) this.cachedLast = undefined;
  }

  row(r: number): Row {
    let row = this.rows[r - 1];
    if (!row) {
      for (let i = this.rows.length; i < r; i++) this.rows[i] ??= { v: [] };
      row = this.rows[r - 1];
    }
    return row;
  }

  private extent(): { row: number; col: number } {
    if (this.cachedLast) return this.cachedLast;
    let lastRow = 0;
    let lastCol = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (!row) continue;
      for (let j = Math.max(row.v.length, row.f?.length ?? 0) - 1; j >= 0; j--) {
        if ((row.v[j] !== undefined && row.v[j] !== "") || row.f?.[j]) {
          lastRow = i + 1;
          if (j + 1 > lastCol) lastCol = j + 1;
          break;
        }
      }
    }
    this.cachedLast = { row: lastRow, col: lastCol };
    return this.cachedLast;
  }

  lastRow(): number {
    return this.extent().row;
  }

  lastCol(): number {
    return this.extent().col;
  }

  attrs(r: number, c: number): Attrs | undefined {
    return this.rows[r - 1]?.a?.[c - 1];
  }

  setAttr<K extends keyof Attrs>(r: number, c: number, key: K, value: Attrs[K] | undefined): void {
    const row = this.row(r);
    row.a ??= [];
    const a = (row.a[c - 1] ??= {});
    if (value === undefined || value === null) delete a[key];
    else a[key] = value;
  }

  value(r: number, c: number): CellValue {
    return this.rows[r - 1]?.v[c - 1] ?? "";
  }

  /**
   * Writes one cell as Sheets does: typed-input parsing for strings unless the cell is plain text,
   * in the spreadsheet's locale unless another is named (a file imported in its own locale).
   */
  write(r: number, c: number, input: unknown, formulas = true, locale = this.book.locale): void {
    const row = this.row(r);
    const attrs = row.a?.[c - 1];
    let value: CellValue;
    let formula: string | undefined;
    if (input === null || input === undefined) value = "";
    else if (typeof input === "string") {
      if (attrs?.nf === "@") value = input;
      else {
        const p =
          formulas || !input.startsWith("=")
            ? parseTyped(input, locale, this.book.timeZone)
            : { value: input };
        value = p.formula ? FORMULA_VALUE : p.value;
        formula = p.formula;
        if (p.format && !attrs?.nf) this.setAttr(r, c, "nf", p.format);
      }
    } else if (typeof input === "number") {
      if (!Number.isFinite(input)) throw new GasError(`Invalid argument: ${input}`);
      value = input;
    } else if (typeof input === "boolean") value = input;
    else if (isDate(input)) value = toNodeDate(input);
    else throw new GasError(`Cannot convert '${String(input)}' to a cell value.`);
    if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) {
      throw new GasError(
        `Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`,
      );
    }
    const dv = attrs?.dv;
    if (dv && !dv.allowInvalid && value !== "" && !validationAccepts(dv, value)) {
      throw new GasError(
        `The data you entered in cell ${colLetters(c)}${r} violates the data validation rules set on this cell.`,
      );
    }
    row.v[c - 1] = value;
    if (formula !== undefined) (row.f ??= [])[c - 1] = formula;
    else if (row.f?.[c - 1] !== undefined) row.f[c - 1] = undefined;
    this.noteWrite(r, c, value === "" && formula === undefined);
  }

  /** Sets a cell's raw value without parsing (Google's own writes, such as a header). */
  setRaw(r: number, c: number, value: CellValue): void {
    this.row(r).v[c - 1] = value;
    this.noteWrite(r, c, value === "");
  }

  display(r: number, c: number): string {
    const f = this.rows[r - 1]?.f?.[c - 1];
    if (f) return FORMULA_VALUE;
    return displayOf(this.value(r, c), this.attrs(r, c)?.nf, this.book.locale, this.book.timeZone);
  }

  /** Grows the grid as Sheets does when data arrives below it (appendRow, Forms): new rows copy the formats above. */
  ensureRows(n: number): void {
    if (n <= this.maxRows) return;
    this.book.grow((n - this.maxRows) * this.maxCols);
    const template = this.rows[this.maxRows - 1]?.a;
    for (let r = this.maxRows + 1; r <= n; r++) {
      if (template) this.row(r).a = template.map((a) => (a?.nf ? { nf: a.nf } : undefined));
    }
    this.maxRows = n;
  }

  /** Widens the grid as Sheets does when data arrives right of it (a write, Forms' new question). */
  ensureCols(n: number): void {
    if (n <= this.maxCols) return;
    this.book.grow((n - this.maxCols) * this.maxRows);
    this.maxCols = n;
  }

  insertRows(after: number, n: number): void {
    this.book.grow(n * this.maxCols);
    const template = this.rows[after - 1]?.a;
    if (after >= this.rows.length && !template) {
      // Empty rows below everything stored: nothing to move, nothing to copy.
      this.maxRows += n;
      this.touch();
      return;
    }
    const fresh: Row[] = [];
    for (let i = 0; i < n; i++)
      fresh.push({ v: [], a: template?.map((a) => (a ? { ...a, dv: a.dv } : undefined)) });
    while (this.rows.length < after) this.rows.push({ v: [] });
    this.rows.splice(after, 0, ...fresh);
    this.maxRows += n;
    this.touch();
  }

  deleteRows(start: number, n: number): void {
    if (start < 1 || start + n - 1 > this.maxRows) throw new GasError("Those rows are out of bounds.");
    if (n >= this.maxRows) throw new GasError("You can't delete all the rows on the sheet.");
    this.rows.splice(start - 1, n);
    this.maxRows -= n;
    this.touch();
  }

  insertCols(after: number, n: number): void {
    this.book.grow(n * this.maxRows);
    this.book.columnsMoved(this, after + 1, n);
    for (const row of this.rows) {
      if (!row) continue;
      const pad = <T>(arr: T[] | undefined, fill: T) => {
        if (!arr) return;
        while (arr.length < after) arr.push(fill);
        arr.splice(after, 0, ...Array(n).fill(fill));
      };
      pad(row.v, "" as CellValue);
      pad(row.f, undefined);
      pad(row.a, undefined);
    }
    this.maxCols += n;
    this.touch();
  }

  deleteCols(start: number, n: number): void {
    if (start < 1 || start + n - 1 > this.maxCols) throw new GasError("Those columns are out of bounds.");
    if (n >= this.maxCols) throw new GasError("You can't delete all the columns on the sheet.");
    this.book.columnsMoved(this, start, -n);
    for (const row of this.rows) {
      if (!row) continue;
      row.v.splice(start - 1, n);
      row.f?.splice(start - 1, n);
      row.a?.splice(start - 1, n);
    }
    this.maxCols -= n;
    this.touch();
  }
}

function validationAccepts(dv: ValidationData, value: CellValue): boolean {
  switch (dv.criteria) {
    case "VALUE_IN_LIST":
      return (dv.args[0] as unknown[]).map(String).includes(String(value));
    case "CHECKBOX":
      return typeof value === "boolean";
    case "NUMBER_BETWEEN":
      return typeof value === "number" && value >= Number(dv.args[0]) && value <= Number(dv.args[1]);
    default:
      return true;
  }
}

export class BookData {
  sheets: SheetData[] = [];
  nextSheetId = 0;
  nextChartId = 1;
  nextProtectionId = 1;
  activeSheetId = 0;
  constructor(
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  /** Who follows column moves (Forms keeps writing each answer into its question's column). */
  columnListeners: ((sheet: SheetData, from: number, delta: number) => void)[] = [];

  /** Columns from `from` on moved by `delta` (inserted > 0, deleted < 0). */
  columnsMoved(sheet: SheetData, from: number, delta: number): void {
    for (const l of this.columnListeners) l(sheet, from, delta);
  }

  /** Every cell of every tab's grid, empty or not: what Sheets counts against its limit. */
  cells(): number {
    return this.sheets.reduce((a, s) => a + (s.deleted ? 0 : s.maxRows * s.maxCols), 0);
  }

  /** A change that adds `extra` cells to the grids: refused past the limit, nothing changed. */
  grow(extra: number): void {
    if (extra > 0 && this.cells() + extra > WORKBOOK_CELL_LIMIT) throw new GasError(CELL_LIMIT_MESSAGE);
  }

  addSheet(name: string, index?: number): SheetData {
    if (this.sheets.some((s) => s.name === name)) {
      throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetData(this, this.nextSheetId, name);
    this.grow(sheet.maxRows * sheet.maxCols);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7_919;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The sheets an execution can see (a tab still pending is left out of its lists). */
  visible(exec: number): SheetData[] {
    return this.sheets.filter((s) => {
      if (!s.pending) return true;
      if (s.pending.exec !== exec) {
        s.pending = undefined;
        return true;
      }
      return false;
    });
  }

  /** A flush makes tabs pending until a flush visible. */
  flushed(exec: number): void {
    for (const s of this.sheets) if (s.pending?.byFlush && s.pending.exec === exec) s.pending = undefined;
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
}
