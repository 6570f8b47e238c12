/** SpreadsheetApp, the spreadsheet and its sheets (ranges are in range.ts). */
import { GasError, Svc } from "../runtime";
import { fromParts, partsIn } from "../time";
import type { World } from "../world";
import { ChartBuilderSvc, ChartSvc } from "./charts";
import type { BookData, ProtectionData, SheetData } from "./data";
import { ProtectionSvc, RangeSvc, rangeOf, TextFinderSvc } from "./range";
import { checkInt } from "./rangeBase";
import { UiSvc } from "./ui";
import { DataValidationBuilderSvc } from "./validation";

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
