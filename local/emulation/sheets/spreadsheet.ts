/** SpreadsheetApp: spreadsheets, sheets, ranges and their formats, protection, the text finder. */

import { GasError, Svc } from "../runtime";
import { fromParts, partsIn } from "../time";
import type { World } from "../world";
import { a1Of, type Box, parseA1 } from "./a1";
import { ChartBuilderSvc, ChartSvc } from "./charts";
import type { Attrs, BookData, ProtectionData, Row, SheetData } from "./data";
import { UiSvc } from "./ui";
import { DataValidationBuilderSvc, DataValidationSvc } from "./validation";
import type { CellValue } from "./values";

function checkInt(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isInteger(n)) throw new GasError(`Invalid argument: ${what}`);
  return n;
}

function rangeOf(world: World, sheet: SheetData, args: unknown[]): RangeSvc {
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

export class SpreadsheetAppSvc extends Svc {
  readonly _cls = "SpreadsheetApp";
  readonly _svc = "SpreadsheetApp";
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" };
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: "VALUE_IN_LIST",
    CHECKBOX: "CHECKBOX",
    NUMBER_BETWEEN: "NUMBER_BETWEEN",
  };
  readonly WrapStrategy = { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" };
  constructor(private readonly _w: World) {
    super();
  }
  getActiveSpreadsheet(): SpreadsheetSvc {
    return new SpreadsheetSvc(this._w);
  }
  getActive(): SpreadsheetSvc {
    return new SpreadsheetSvc(this._w);
  }
  openById(id: string): SpreadsheetSvc {
    // The manifest asks for spreadsheets.currentonly: only the bound spreadsheet can be opened.
    if (id !== this._w.book.id) {
      throw new GasError(
        "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
      );
    }
    return new SpreadsheetSvc(this._w);
  }
  getActiveSheet(): SheetSvc {
    const b = this._w.book;
    return new SheetSvc(this._w, b.sheetById(b.activeSheetId) ?? b.sheets[0]);
  }
  getUi(): UiSvc {
    if (this._w.exec().kind === "trigger")
      throw new GasError("Cannot call SpreadsheetApp.getUi() from this context.");
    return new UiSvc(this._w);
  }
  flush(): void {
    this._w.book.flushed(this._w.exec().record.id);
  }
  newDataValidation(): DataValidationBuilderSvc {
    return new DataValidationBuilderSvc();
  }
}

export class SpreadsheetSvc extends Svc {
  readonly _cls = "Spreadsheet";
  readonly _svc = "SpreadsheetApp";
  constructor(private readonly _w: World) {
    super();
  }
  private get _b(): BookData {
    return this._w.book;
  }
  getId(): string {
    return this._b.id;
  }
  getName(): string {
    return this._b.name;
  }
  rename(name: string): void {
    this._b.name = String(name);
  }
  getUrl(): string {
    return this._b.url();
  }
  private get _visible(): SheetData[] {
    return this._b.visible(this._w.exec().record.id);
  }
  getSheets(): SheetSvc[] {
    return this._visible.map((s) => new SheetSvc(this._w, s));
  }
  getNumSheets(): number {
    return this._visible.length;
  }
  getSheetByName(name: string): SheetSvc | null {
    const s = this._visible.find((x) => x.name === String(name));
    return s ? new SheetSvc(this._w, s) : null;
  }
  getSheetById(id: number): SheetSvc | null {
    const s = this._visible.find((x) => x.id === Number(id));
    return s ? new SheetSvc(this._w, s) : null;
  }
  insertSheet(a?: unknown, b?: unknown): SheetSvc {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") {
      name = a;
      if (typeof b === "number") index = b;
    } else if (typeof a === "number") index = a;
    if (name === undefined) {
      let i = this._b.sheets.length + 1;
      while (this._b.sheetByName(`Sheet${i}`)) i++;
      name = `Sheet${i}`;
    }
    const s = this._b.addSheet(name, index);
    this._b.activeSheetId = s.id;
    return new SheetSvc(this._w, s);
  }
  deleteSheet(sheet: SheetSvc): void {
    const s = sheet._s;
    if (this._b.sheets.length === 1) throw new GasError("You can't remove all the sheets in a document.");
    s.deleted = true;
    this._b.sheets = this._b.sheets.filter((x) => x !== s);
  }
  getActiveSheet(): SheetSvc {
    return new SheetSvc(this._w, this._b.sheetById(this._b.activeSheetId) ?? this._b.sheets[0]);
  }
  setActiveSheet(sheet: SheetSvc): SheetSvc {
    this._b.activeSheetId = sheet._s.id;
    return sheet;
  }
  getSpreadsheetLocale(): string {
    return this._b.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._b.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this._b.timeZone;
  }
  /**
   * Sheets keeps a date cell's serial number when the zone changes, so the cell still shows the
   * same day and time; only its instant (what getValues returns) moves with the zone.
   */
  setSpreadsheetTimeZone(tz: string): void {
    const from = this._b.timeZone;
    const to = String(tz);
    if (from === to) return;
    for (const sheet of this._b.sheets)
      for (const row of sheet.rows) {
        if (!row) continue;
        row.v.forEach((v, j) => {
          if (!(v instanceof Date)) return;
          const p = partsIn(v.getTime(), from);
          row.v[j] = new Date(fromParts(p.y, p.mo, p.d, p.h, p.mi, p.s, to) + p.ms);
        });
      }
    this._b.timeZone = to;
  }
  toast(msg: string, title?: string): void {
    this._w.uiLog.push({
      kind: "toast",
      title: String(title ?? ""),
      message: String(msg),
      time: this._w.now(),
      execution: this._w.exec().record.id,
    });
  }
  getRange(a1: string): RangeSvc {
    const m = /^(?:'([^']+)'|([^!]+))!(.+)$/.exec(String(a1));
    if (!m) return rangeOf(this._w, this.getActiveSheet()._s, [a1]);
    const s = this._b.sheetByName(m[1] ?? m[2]);
    if (!s) throw new GasError("Range not found");
    return rangeOf(this._w, s, [m[3]]);
  }
  getFormUrl(): string | null {
    const linked = this._b.sheets.find((s) => s.formId);
    return linked ? `https://docs.google.com/forms/d/${linked.formId}/viewform` : null;
  }
  getProtections(type: string): ProtectionSvc[] {
    return this._b.sheets.flatMap((s) =>
      s.protections
        .filter((p) => (type === "SHEET" ? !p.box : !!p.box))
        .map((p) => new ProtectionSvc(this._w, s, p)),
    );
  }
}

export class SheetSvc extends Svc {
  readonly _cls = "Sheet";
  readonly _svc = "SpreadsheetApp";
  constructor(
    private readonly _w: World,
    readonly _s: SheetData,
  ) {
    super();
  }
  private _live(): SheetData {
    if (this._s.deleted) throw new GasError(`Sheet ${this._s.name} has been deleted.`);
    return this._s;
  }
  getName(): string {
    return this._live().name;
  }
  setName(name: string): SheetSvc {
    const s = this._live();
    const n = String(name);
    if (s.book.sheets.some((x) => x !== s && x.name === n)) {
      throw new GasError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    s.name = n;
    return this;
  }
  getSheetId(): number {
    return this._live().id;
  }
  getIndex(): number {
    return this._s.book.sheets.indexOf(this._live()) + 1;
  }
  getParent(): SpreadsheetSvc {
    return new SpreadsheetSvc(this._w);
  }
  getLastRow(): number {
    return this._live().lastRow();
  }
  getLastColumn(): number {
    return this._live().lastCol();
  }
  getMaxRows(): number {
    return this._live().maxRows;
  }
  getMaxColumns(): number {
    return this._live().maxCols;
  }
  getRange(...args: unknown[]): RangeSvc {
    return rangeOf(this._w, this._live(), args);
  }
  getDataRange(): RangeSvc {
    const s = this._live();
    return new RangeSvc(this._w, s, {
      r: 1,
      c: 1,
      nr: Math.max(1, s.lastRow()),
      nc: Math.max(1, s.lastCol()),
    });
  }
  appendRow(values: unknown[]): SheetSvc {
    const s = this._live();
    if (!Array.isArray(values) || values.length === 0) throw new GasError("Invalid argument: rowContents");
    const r = s.lastRow() + 1;
    s.ensureRows(r);
    s.ensureCols(values.length);
    values.forEach((v, i) => {
      s.write(r, i + 1, v);
    });
    this._w.exec().cells(values.length);
    return this;
  }
  insertRowBefore(row: number): SheetSvc {
    this._live().insertRows(checkInt(row, "row") - 1, 1);
    return this;
  }
  insertRowAfter(row: number): SheetSvc {
    this._live().insertRows(checkInt(row, "row"), 1);
    return this;
  }
  insertRowsBefore(row: number, n: number): SheetSvc {
    this._live().insertRows(checkInt(row, "row") - 1, checkInt(n, "howMany"));
    return this;
  }
  insertRowsAfter(row: number, n: number): SheetSvc {
    this._live().insertRows(checkInt(row, "row"), checkInt(n, "howMany"));
    return this;
  }
  deleteRow(row: number): SheetSvc {
    this._live().deleteRows(checkInt(row, "row"), 1);
    return this;
  }
  deleteRows(row: number, n: number): void {
    this._live().deleteRows(checkInt(row, "row"), checkInt(n, "howMany"));
  }
  insertColumnBefore(col: number): SheetSvc {
    this._live().insertCols(checkInt(col, "column") - 1, 1);
    return this;
  }
  insertColumnAfter(col: number): SheetSvc {
    this._live().insertCols(checkInt(col, "column"), 1);
    return this;
  }
  insertColumnsBefore(col: number, n: number): SheetSvc {
    this._live().insertCols(checkInt(col, "column") - 1, checkInt(n, "howMany"));
    return this;
  }
  insertColumnsAfter(col: number, n: number): SheetSvc {
    this._live().insertCols(checkInt(col, "column"), checkInt(n, "howMany"));
    return this;
  }
  deleteColumn(col: number): SheetSvc {
    this._live().deleteCols(checkInt(col, "column"), 1);
    return this;
  }
  deleteColumns(col: number, n: number): void {
    this._live().deleteCols(checkInt(col, "column"), checkInt(n, "howMany"));
  }
  clear(): SheetSvc {
    const s = this._live();
    s.rows = [];
    s.touch();
    return this;
  }
  clearContents(): SheetSvc {
    const s = this._live();
    for (const row of s.rows) {
      if (!row) continue;
      row.v = [];
      row.f = undefined;
    }
    s.touch();
    return this;
  }
  clearFormats(): SheetSvc {
    for (const row of this._live().rows) if (row) row.a = undefined;
    return this;
  }
  clearNotes(): SheetSvc {
    for (const row of this._live().rows) if (row?.a) for (const a of row.a) if (a) delete a.note;
    return this;
  }
  setFrozenRows(n: number): void {
    this._live().frozenRows = checkInt(n, "rows");
  }
  setFrozenColumns(n: number): void {
    this._live().frozenCols = checkInt(n, "columns");
  }
  getFrozenRows(): number {
    return this._live().frozenRows;
  }
  getFrozenColumns(): number {
    return this._live().frozenCols;
  }
  setColumnWidth(col: number, width: number): SheetSvc {
    this._live().colWidths.set(checkInt(col, "column"), checkInt(width, "width"));
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): SheetSvc {
    for (let i = 0; i < n; i++) this._live().colWidths.set(start + i, checkInt(width, "width"));
    return this;
  }
  getColumnWidth(col: number): number {
    return this._live().colWidths.get(col) ?? 100;
  }
  autoResizeColumns(start: number, n: number): SheetSvc {
    const s = this._live();
    for (let c = start; c < start + n; c++) {
      let w = 40;
      for (let r = 1; r <= Math.min(s.lastRow(), 200); r++) w = Math.max(w, 8 * s.display(r, c).length + 16);
      s.colWidths.set(c, Math.min(w, 400));
    }
    return this;
  }
  hideSheet(): SheetSvc {
    this._live().hidden = true;
    return this;
  }
  showSheet(): SheetSvc {
    this._live().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._live().hidden;
  }
  setTabColor(color: string | null): SheetSvc {
    this._live().tabColor = color;
    return this;
  }
  activate(): SheetSvc {
    this._s.book.activeSheetId = this._live().id;
    return this;
  }
  getFormUrl(): string | null {
    const id = this._live().formId;
    return id ? `https://docs.google.com/forms/d/${id}/viewform` : null;
  }
  protect(): ProtectionSvc {
    const s = this._live();
    const p: ProtectionData = {
      id: s.book.nextProtectionId++,
      sheetId: s.id,
      description: "",
      warningOnly: false,
    };
    s.protections.push(p);
    return new ProtectionSvc(this._w, s, p);
  }
  getProtections(type: string): ProtectionSvc[] {
    const s = this._live();
    return s.protections
      .filter((p) => (type === "SHEET" ? !p.box : !!p.box))
      .map((p) => new ProtectionSvc(this._w, s, p));
  }
  newChart(): ChartBuilderSvc {
    return new ChartBuilderSvc(this._live(), undefined);
  }
  insertChart(chart: ChartSvc): void {
    const s = this._live();
    const data = { ...chart._c, id: s.book.nextChartId++ };
    s.charts.push(data);
  }
  getCharts(): ChartSvc[] {
    return this._live().charts.map((c) => new ChartSvc(this._s, c));
  }
  updateChart(chart: ChartSvc): void {
    const s = this._live();
    const i = s.charts.findIndex((c) => c.id === chart._c.id);
    if (i < 0) throw new GasError("The chart does not exist on this sheet.");
    s.charts[i] = { ...chart._c };
  }
  removeChart(chart: ChartSvc): void {
    const s = this._live();
    s.charts = s.charts.filter((c) => c.id !== chart._c.id);
  }
  createTextFinder(text: string): TextFinderSvc {
    const s = this._live();
    return new TextFinderSvc(this._w, s, { r: 1, c: 1, nr: s.maxRows, nc: s.maxCols }, String(text));
  }
  sort(column: number, ascending = true): SheetSvc {
    const s = this._live();
    const start = s.frozenRows + 1;
    new RangeSvc(this._w, s, {
      r: start,
      c: 1,
      nr: Math.max(1, s.lastRow() - start + 1),
      nc: s.maxCols,
    }).sort({
      column,
      ascending,
    });
    return this;
  }
  setHiddenGridlines(hide: boolean): SheetSvc {
    void hide;
    return this;
  }
}

export class RangeSvc extends Svc {
  readonly _cls = "Range";
  readonly _svc = "SpreadsheetApp";
  constructor(
    private readonly _w: World,
    readonly _s: SheetData,
    readonly _b: Box,
  ) {
    super();
    if (_b.r + _b.nr - 1 > _s.maxRows || _b.c + _b.nc - 1 > _s.maxCols) {
      throw new GasError("The coordinates of the range are outside the dimensions of the sheet.");
    }
  }
  private _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { r, c, nr, nc } = this._b;
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) fn(r + i, c + j, i, j);
  }
  private _grid<T>(fn: (r: number, c: number) => T): T[][] {
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
  private _checkShape(data: unknown): unknown[][] {
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
  private _cells(): number {
    return this._b.nr * this._b.nc;
  }
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
  clearFormat(): RangeSvc {
    this._each((r, c) => {
      const a = this._s.attrs(r, c);
      if (a) for (const k of ["nf", "bg", "fw", "fc", "ha", "fs", "wrap"] as const) delete a[k];
    });
    return this;
  }
  private _setAll<K extends keyof Attrs>(key: K, value: Attrs[K] | undefined): RangeSvc {
    this._w.exec().formatCells(this._cells());
    this._each((r, c) => this._s.setAttr(r, c, key, value));
    return this;
  }
  private _setEach<K extends keyof Attrs>(
    key: K,
    values: unknown[][],
    conv: (v: unknown) => Attrs[K],
  ): RangeSvc {
    const data = this._checkShape(values);
    this._w.exec().formatCells(this._cells());
    this._each((r, c, i, j) => this._s.setAttr(r, c, key, data[i][j] == null ? undefined : conv(data[i][j])));
    return this;
  }
  private _getEach<K extends keyof Attrs, D>(key: K, dflt: D): (Attrs[K] | D)[][] {
    return this._grid((r, c) => this._s.attrs(r, c)?.[key] ?? dflt);
  }
  setNumberFormat(format: string): RangeSvc {
    return this._setAll("nf", String(format));
  }
  setNumberFormats(formats: unknown[][]): RangeSvc {
    return this._setEach("nf", formats, String);
  }
  getNumberFormat(): string {
    return this._s.attrs(this._b.r, this._b.c)?.nf ?? "0.###############";
  }
  getNumberFormats(): string[][] {
    return this._getEach("nf", "0.###############") as string[][];
  }
  setBackground(color: string | null): RangeSvc {
    return this._setAll("bg", color ?? undefined);
  }
  setBackgrounds(colors: unknown[][]): RangeSvc {
    return this._setEach("bg", colors, String);
  }
  getBackground(): string {
    return this._s.attrs(this._b.r, this._b.c)?.bg ?? "#ffffff";
  }
  getBackgrounds(): string[][] {
    return this._getEach("bg", "#ffffff") as string[][];
  }
  setFontWeight(w: string | null): RangeSvc {
    return this._setAll("fw", w ?? undefined);
  }
  setFontWeights(ws: unknown[][]): RangeSvc {
    return this._setEach("fw", ws, String);
  }
  getFontWeight(): string {
    return this._s.attrs(this._b.r, this._b.c)?.fw ?? "normal";
  }
  getFontWeights(): string[][] {
    return this._getEach("fw", "normal") as string[][];
  }
  setFontColor(color: string | null): RangeSvc {
    return this._setAll("fc", color ?? undefined);
  }
  setFontColors(colors: unknown[][]): RangeSvc {
    return this._setEach("fc", colors, String);
  }
  getFontColor(): string {
    return this._s.attrs(this._b.r, this._b.c)?.fc ?? "#000000";
  }
  getFontColors(): string[][] {
    return this._getEach("fc", "#000000") as string[][];
  }
  setHorizontalAlignment(a: string | null): RangeSvc {
    return this._setAll("ha", a ?? undefined);
  }
  setHorizontalAlignments(a: unknown[][]): RangeSvc {
    return this._setEach("ha", a, String);
  }
  getHorizontalAlignment(): string {
    return this._s.attrs(this._b.r, this._b.c)?.ha ?? "general";
  }
  setFontSize(size: number): RangeSvc {
    return this._setAll("fs", checkInt(size, "size"));
  }
  setWrap(wrap: boolean): RangeSvc {
    return this._setAll("wrap", wrap ? "WRAP" : "OVERFLOW");
  }
  setWrapStrategy(strategy: string): RangeSvc {
    if (!["WRAP", "OVERFLOW", "CLIP"].includes(String(strategy)))
      throw new Error(`Exception: Invalid argument: strategy (${String(strategy)})`);
    return this._setAll("wrap", String(strategy));
  }
  setWrapStrategies(strategies: unknown[][]): RangeSvc {
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
  setNotes(notes: unknown[][]): RangeSvc {
    return this._setEach("note", notes, (v) =>
      String(v) === "" ? (undefined as unknown as string) : String(v),
    );
  }
  getNotes(): string[][] {
    return this._getEach("note", "") as string[][];
  }
  setNote(note: string | null): RangeSvc {
    return this._setAll("note", note ?? undefined);
  }
  getNote(): string {
    return this._s.attrs(this._b.r, this._b.c)?.note ?? "";
  }
  setDataValidation(rule: DataValidationSvc | null): RangeSvc {
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
  clearDataValidations(): RangeSvc {
    return this._setAll("dv", undefined);
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
  getSheet(): SheetSvc {
    return new SheetSvc(this._w, this._s);
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
