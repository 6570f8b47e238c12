/**
 * The public local API: an emulated account (account.ts) with a controllable clock that fires the
 * time-driven triggers, respondents answering the form, and staff reading, typing, editing,
 * sorting and deleting in the sheet as a person would.
 */
import { readFileSync } from "node:fs";
import { Account, type WorkspaceOptions } from "./account";
import {
  type Answer,
  columnKeys,
  type FormData,
  type ResponseData,
  validDateAnswer,
  writeResponseRow,
} from "./forms/formData";
import { passesValidation } from "./forms/items";
import type { ExecutionRecord } from "./runtime";
import { parseCsvText } from "./services/services";
import { nextFire, nextOccurrence, type TriggerData } from "./services/triggers";
import { type Attrs, CELL_LIMIT_MESSAGE, type SheetData } from "./sheets/data";
import { RangeSvc } from "./sheets/range";
import { type CellValue, displayOf, separators } from "./sheets/values";
import { partsIn } from "./time";
export interface SubmitOptions {
  /** Check required answers, choices and validation as the form page does (default true). */
  validate?: boolean;
  /** What the platform does with the submit event (default "normal"). */
  event?: "normal" | "doubled" | "blank" | "dropped";
  /**
   * Who answers: anyone with the link, without signing in (default); someone signed in to the
   * owner's domain; or someone the form is shared with. The audience variant decides who may.
   */
  respondent?: "public" | "domain" | "invited";
}

export interface SubmitResult {
  responseId: string;
  row: number;
  executions: ExecutionRecord[];
  /** The spreadsheet was at its cell limit: the response is in the form only. */
  notInSheet?: true;
}

export class Workspace extends Account {
  constructor(opts: WorkspaceOptions = {}) {
    super(opts);
    for (const [name, rows] of Object.entries(opts.tabs ?? {})) this.typeInto(name, rows);
  }

  /** A workspace whose tabs come from CSV files exported from Google Sheets. */
  static fromCsv(files: Record<string, string>, opts: WorkspaceOptions = {}): Workspace {
    const tabs: Record<string, unknown[][]> = {};
    for (const [tab, path] of Object.entries(files)) tabs[tab] = parseCsvText(readFileSync(path, "utf8"));
    return new Workspace({ ...opts, tabs: { ...opts.tabs, ...tabs } });
  }

  // ----- the clock -----

  /** Moves the clock forward, firing every time-driven trigger that falls due on the way. */
  advanceClock(ms: number): ExecutionRecord[] {
    return this.advanceTo(this.clock + ms);
  }

  advanceTo(target: Date | number): ExecutionRecord[] {
    const end = typeof target === "number" ? target : target.getTime();
    const fired: ExecutionRecord[] = [];
    for (;;) {
      const due = this.triggers
        .filter((t) => t.event === "CLOCK" && !t.spent && t.nextAt !== undefined && t.nextAt <= end)
        .sort((a, b) => (a.nextAt as number) - (b.nextAt as number))[0];
      if (!due) break;
      const at = due.nextAt as number;
      if (at > this.clock) this.clock = at;
      // Occurrences the clock jumped over are not fired late one after another: the next is after now.
      const next = due.schedule
        ? nextOccurrence(this, due.schedule, nextFire(due.schedule, due.nominalAt ?? at), this.clock)
        : undefined;
      if (next === undefined) due.spent = true;
      else {
        due.nominalAt = next.nominalAt;
        due.nextAt = next.nextAt;
      }
      fired.push(this.run(due.fn, { kind: "trigger", user: due.user, event: this.clockEvent(due) }));
    }
    if (end > this.clock) this.clock = end;
    return fired;
  }

  private clockEvent(t: TriggerData): Record<string, unknown> {
    const p = partsIn(this.clock, this.manifest.timeZone);
    return {
      authMode: "FULL",
      triggerUid: t.uid,
      year: p.y,
      month: p.mo,
      "day-of-month": p.d,
      "day-of-week": p.dow === 0 ? 7 : p.dow,
      hour: p.h,
      minute: p.mi,
      second: p.s,
      timezone: "UTC",
    };
  }

  // ----- forms and respondents -----

  /** The form linked to the spreadsheet (the most recent link), if any. */
  linkedForm(): FormData | undefined {
    const tab = this.book.sheets.find((s) => s.formId);
    return tab ? this.forms.find((f) => f.id === tab.formId && !f.deleted) : undefined;
  }

  private resolveAnswers(
    form: FormData,
    answers: Record<string, unknown>,
    validate: boolean,
  ): Map<string, Answer> {
    const out = new Map<string, Answer>();
    const known = new Set<string>();
    for (const item of form.items) {
      const keys = columnKeys(item);
      keys.forEach(({ key, header }, k) => {
        known.add(header);
        let a: unknown = answers[header];
        if (a === undefined && (item.type === "GRID" || item.type === "CHECKBOX_GRID")) {
          const byRow = answers[item.title] as Record<string, unknown> | undefined;
          a = byRow?.[item.rows[k]];
          known.add(item.title);
        }
        if (a === undefined || a === null || a === "") {
          if (validate && item.required) throw new Error(`respondent: "${header}" is required`);
          return;
        }
        const v: Answer = Array.isArray(a) ? a.map(String) : String(a);
        if (validate) {
          const vals = Array.isArray(v) ? v : [v];
          const allowed =
            item.type === "GRID" || item.type === "CHECKBOX_GRID"
              ? item.columns
              : item.type === "SCALE"
                ? Array.from({ length: item.upper - item.lower + 1 }, (_, i) => String(item.lower + i))
                : item.choices;
          if (["LIST", "MULTIPLE_CHOICE", "CHECKBOX", "GRID", "CHECKBOX_GRID", "SCALE"].includes(item.type)) {
            for (const x of vals)
              if (!allowed.includes(x)) throw new Error(`respondent: "${x}" is not a choice of "${header}"`);
          }
          if (item.type === "DATE" && !validDateAnswer(item, String(v))) {
            throw new Error(`respondent: "${String(v)}" is not a date for "${header}"`);
          }
          if (item.type === "TEXT" && !passesValidation(item.validation, String(v))) {
            throw new Error(`respondent: "${String(v)}" fails the validation of "${header}"`);
          }
        }
        out.set(key, v);
      });
    }
    if (validate)
      for (const k of Object.keys(answers))
        if (!known.has(k)) throw new Error(`respondent: no question "${k}"`);
    return out;
  }

  /**
   * Submits a response as a respondent would, with answers keyed by question title (a grid by
   * "Title [Row]" or {Title: {Row: answer}}). Google writes the row, then fires the spreadsheet's
   * form-submit triggers, subject to the event faults.
   */
  submit(answers: Record<string, unknown>, opts: SubmitOptions = {}): SubmitResult {
    const form = this.linkedForm() ?? this.forms.find((f) => !f.deleted);
    if (!form) throw new Error("respondent: there is no form");
    if (!form.published) throw new Error("respondent: Operation not supported on unpublished form");
    if (!form.accepting)
      throw new Error(
        `respondent: the form is no longer accepting responses${form.closedMessage ? ` (it says: ${form.closedMessage})` : ""}`,
      );
    const who = opts.respondent ?? "public";
    const allowed =
      form.audience === "anyone" || who === "invited" || (form.audience === "domain" && who === "domain");
    if (!allowed) throw new Error(`respondent: You need permission (the form only accepts ${form.audience})`);
    const resp: ResponseData = {
      id: `2_ABaOnu${this.randomId(40)}`,
      time: this.clock,
      answers: this.resolveAnswers(form, answers, opts.validate !== false),
    };
    form.responses.push(resp);
    const sheet = form.destSheetId === undefined ? undefined : this.book.sheetById(form.destSheetId);
    if (!sheet || sheet.formId !== form.id) return { responseId: resp.id, row: 0, executions: [] };
    let row: number;
    try {
      row = writeResponseRow(form, sheet, resp, this.variants.responseRow);
    } catch (e) {
      // A spreadsheet at Google's cell limit takes no new row: the response stays in the form only,
      // and no submit trigger fires (the form itself goes on accepting).
      if (e instanceof Error && e.message === CELL_LIMIT_MESSAGE)
        return { responseId: resp.id, row: 0, executions: [], notInSheet: true };
      throw e;
    }
    const executions = this.fireSubmit(sheet, row, opts.event ?? this.randomEventFault());
    this.advance(1000);
    return { responseId: resp.id, row, executions };
  }

  /** A respondent edits an earlier response (only while the form allows it): its row is rewritten in place. */
  editResponse(responseId: string, answers: Record<string, unknown>, opts: SubmitOptions = {}): SubmitResult {
    const form = this.forms.find((f) => f.responses.some((r) => r.id === responseId));
    if (!form) throw new Error(`respondent: no response ${responseId}`);
    if (!form.allowEdits) throw new Error("respondent: this form does not allow editing responses");
    const resp = form.responses.find((r) => r.id === responseId) as ResponseData;
    const changes = this.resolveAnswers(form, answers, false);
    for (const [k, v] of changes) resp.answers.set(k, v);
    resp.time = this.clock;
    const sheet = this.book.sheetById(form.destSheetId as number) as SheetData;
    const row = writeResponseRow(form, sheet, resp, this.variants.responseRow);
    // Unverified: an edit's event may carry blanks for unchanged answers; the harsher variant.
    const changedCols = new Set([1, ...[...changes.keys()].map((k) => form.columns.get(k) as number)]);
    const executions = this.fireSubmit(sheet, row, opts.event ?? "normal", changedCols);
    this.advance(1000);
    return { responseId, row, executions };
  }

  private randomEventFault(): "normal" | "doubled" | "blank" | "dropped" {
    const e = this.faults.events;
    if (e.doubled + e.blank + e.dropped === 0) return "normal";
    const x = this.rand();
    if (x < e.dropped) return "dropped";
    if (x < e.dropped + e.doubled) return "doubled";
    if (x < e.dropped + e.doubled + e.blank) return "blank";
    return "normal";
  }

  private fireSubmit(sheet: SheetData, row: number, mode: string, onlyCols?: Set<number>): ExecutionRecord[] {
    this.eventLog[mode as keyof typeof this.eventLog]++;
    if (mode === "dropped") return [];
    const triggers = this.triggers.filter((t) => t.event === "ON_FORM_SUBMIT" && t.sourceId === this.book.id);
    const out: ExecutionRecord[] = [];
    const width = Math.max(1, sheet.lastCol());
    const header = Array.from({ length: width }, (_, i) => String(sheet.value(1, i + 1)));
    const display = Array.from({ length: width }, (_, i) =>
      onlyCols && !onlyCols.has(i + 1) ? "" : sheet.display(row, i + 1),
    );
    const event = (t: TriggerData, blank: boolean) => {
      const values = blank ? display.map(() => "") : display;
      const namedValues: Record<string, string[]> = {};
      header.forEach((h, i) => {
        namedValues[h] = [values[i]];
      });
      const r = blank ? Math.max(row, sheet.lastRow()) + 1 : row;
      sheet.ensureRows(r);
      return {
        authMode: "FULL",
        triggerUid: t.uid,
        range: new RangeSvc(this, sheet, {
          r,
          c: 1,
          nr: 1,
          nc: width,
        }),
        values,
        namedValues,
      };
    };
    for (const t of triggers) {
      if (mode !== "blank")
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
      if (mode === "doubled")
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
      if (mode === "blank") {
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, false) }));
        out.push(this.run(t.fn, { kind: "trigger", user: t.user, event: event(t, true) }));
      }
    }
    return out;
  }

  /** Deletes a form in Drive (its tab stays, unlinked). */
  deleteForm(id: string): void {
    const f = this.forms.find((x) => x.id === id);
    if (!f) throw new Error(`no form ${id}`);
    f.deleted = true;
    for (const s of this.book.sheets) if (s.formId === id) s.formId = undefined;
  }

  /** Staff choose Form > Unlink form in the Sheet: the form keeps its responses, the tab stays, unlinked. */
  unlinkForm(id: string): void {
    const f = this.forms.find((x) => x.id === id);
    if (!f) throw new Error(`no form ${id}`);
    for (const s of this.book.sheets) if (s.formId === id) s.formId = undefined;
    f.destSheetId = undefined;
  }

  // ----- reading and typing, as a person looking at the sheet -----

  sheet(name: string): SheetData {
    const s = this.book.sheetByName(name);
    if (!s) throw new Error(`no tab "${name}" (tabs: ${this.book.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  tabNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** A tab's values (getValues semantics: numbers, booleans, Dates, '' for blanks), without counting. */
  values(name: string): CellValue[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.value(i + 1, j + 1)),
    );
  }

  /** What the tab shows in each cell. */
  displayValues(name: string): string[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.display(i + 1, j + 1)),
    );
  }

  /** Cell formats of a tab (number format, background, font weight and colour …). */
  formats(name: string): (Attrs | undefined)[][] {
    const s = this.sheet(name);
    const rows = s.lastRow();
    const cols = s.lastCol();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => s.attrs(i + 1, j + 1)),
    );
  }

  /**
   * Types rows into a tab from its first cell, as a person (or a paste) would: text is parsed like
   * typed input, in the spreadsheet's locale or in `opts.locale` (a file imported in the locale it
   * was exported in: File > Import does so).
   */
  typeInto(name: string, rows: unknown[][], startRow = 1, opts: { locale?: string } = {}): void {
    let s = this.book.sheetByName(name);
    if (!s) s = this.book.addSheet(name);
    s.ensureRows(startRow + rows.length - 1);
    const width = Math.max(0, ...rows.map((r) => r.length));
    s.ensureCols(width);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        s.write(startRow + i, j + 1, v, true, opts.locale);
      });
    });
  }

  /**
   * A tab as File > Download > CSV gives it from a spreadsheet in `locale` (default: its own):
   * what each cell shows, dates and numbers in that locale's default formats, comma-separated.
   */
  exportCsv(name: string, locale = this.book.locale): string {
    const s = this.sheet(name);
    const out: string[] = [];
    for (let r = 1; r <= s.lastRow(); r++) {
      const cells: string[] = [];
      for (let c = 1; c <= s.lastCol(); c++) {
        const v = s.value(r, c);
        const nf = s.attrs(r, c)?.nf;
        let text: string;
        if (v instanceof Date) {
          const dateOnly = !!nf && !/[Hhms]/.test(nf.replace(/"[^"]*"/g, ""));
          const sep = separators(locale);
          const f = sep.dmy ? "dd/MM/yyyy" : "M/d/yyyy";
          text = displayOf(v, dateOnly ? f : `${f} H:mm:ss`, locale, this.book.timeZone);
        } else text = displayOf(v, typeof v === "number" ? "General" : nf, locale, this.book.timeZone);
        cells.push(/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
      }
      out.push(cells.join(","));
    }
    return `${out.join("\n")}\n`;
  }

  /**
   * A staff member types or pastes values into a block of cells from (row, col), parsed like typed
   * input (a correction: a wrong unit, a typo). The spreadsheet's installable on-edit triggers fire
   * with the edited range (value and oldValue only for a single cell), unless the variant says
   * edits go unseen.
   */
  edit(name: string, row: number, col: number, values: unknown[][]): ExecutionRecord[] {
    const s = this.sheet(name);
    const nc = Math.max(1, ...values.map((r) => r.length));
    const old = values.length === 1 && nc === 1 ? s.value(row, col) : undefined;
    s.ensureRows(row + values.length - 1);
    s.ensureCols(col + nc - 1);
    values.forEach((r, i) => {
      r.forEach((v, j) => {
        s.write(row + i, col + j, v, true);
      });
    });
    return this.fireEdit(s, row, col, values.length, nc, old);
  }

  /** A staff member selects whole rows and presses Delete: the contents go, the rows stay. */
  clearRows(name: string, row: number, n: number): ExecutionRecord[] {
    const s = this.sheet(name);
    const width = Math.max(1, s.lastCol());
    for (let r = row; r < row + n; r++) for (let c = 1; c <= width; c++) s.write(r, c, "", false);
    return this.fireEdit(s, row, 1, n, width, n === 1 && width === 1 ? s.value(row, 1) : undefined);
  }

  private fireEdit(
    sheet: SheetData,
    r: number,
    c: number,
    nr: number,
    nc: number,
    oldValue: CellValue | undefined,
  ): ExecutionRecord[] {
    if (this.variants.editEvents === "missed") return [];
    const triggers = this.triggers.filter((t) => t.event === "ON_EDIT" && t.sourceId === this.book.id);
    return triggers.map((t) => {
      const event: Record<string, unknown> = {
        authMode: "FULL",
        triggerUid: t.uid,
        range: new RangeSvc(this, sheet, { r, c, nr, nc }),
      };
      if (nr === 1 && nc === 1) {
        event.value = sheet.display(r, c);
        if (oldValue !== undefined && oldValue !== "") event.oldValue = String(oldValue);
      }
      return this.run(t.fn, { kind: "trigger", user: t.user, event });
    });
  }

  /** A staff member deletes a tab (right-click > Delete). */
  deleteTab(name: string): void {
    const s = this.sheet(name);
    this.book.sheets = this.book.sheets.filter((x) => x !== s);
  }

  /** A staff member renames a tab. */
  renameTab(name: string, to: string): void {
    if (this.book.sheetByName(to)) throw new Error(`a tab "${to}" already exists`);
    this.sheet(name).name = to;
  }

  /** A staff member sorts a tab below its header by a column (1-based), as Data > Sort range does. */
  sortTab(name: string, column: number, ascending = true): void {
    const s = this.sheet(name);
    const last = s.lastRow();
    if (last < 3) return;
    const slice = s.rows.slice(1, last);
    const key = (r: (typeof slice)[number]) => {
      const v = r?.v[column - 1] ?? "";
      return v instanceof Date ? v.getTime() : v;
    };
    slice.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? d : -d;
    });
    s.rows.splice(1, last - 1, ...slice);
    s.touch();
  }

  /** The properties of a store: "script", "document" or "user:<email>". */
  properties(kind = "script"): Record<string, string> {
    return Object.fromEntries(this.store(kind));
  }

  lastExecution(): ExecutionRecord | undefined {
    return this.executions[this.executions.length - 1];
  }
}
