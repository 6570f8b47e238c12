/** What a form holds (items, responses, its linked tab) and how a response is written into that tab. */

import { GasError } from "../runtime";
import type { BookData, Row, SheetData } from "../sheets/data";
import { fromParts } from "../time";
import type { World } from "../world";

export type ItemType =
  | "LIST"
  | "MULTIPLE_CHOICE"
  | "CHECKBOX"
  | "GRID"
  | "CHECKBOX_GRID"
  | "SCALE"
  | "TEXT"
  | "PARAGRAPH_TEXT"
  | "DATE"
  | "SECTION_HEADER"
  | "PAGE_BREAK";

export interface TextValidationData {
  kind: "pattern" | "maxLength" | "number";
  arg?: string | number;
  helpText?: string;
}

export interface ItemData {
  id: number;
  entry: number;
  type: ItemType;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  rows: string[];
  columns: string[];
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  validation?: TextValidationData;
  /** A date question asks for the year too (Google's default). */
  includesYear?: boolean;
}

export type Answer = string | string[];

export interface ResponseData {
  id: string;
  time: number;
  /** item id (or "itemId:rowIndex" for a grid row) -> answer */
  answers: Map<string, Answer>;
  row?: Row;
}

export interface FormData {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  items: ItemData[];
  published: boolean;
  accepting: boolean;
  /** What a respondent sees on a closed form ("" = Google's own text). */
  closedMessage: string;
  allowEdits: boolean;
  collectEmail: boolean;
  /** Who may answer once it is published (variant; "domain" is what requiresLogin() reports). */
  audience: "anyone" | "domain" | "shared";
  confirmation: string;
  deleted: boolean;
  destSheetId?: number;
  /** Column of each question in the linked tab: "itemId" or "itemId:rowIndex". */
  columns: Map<string, number>;
  responses: ResponseData[];
}

export const QUESTION_TYPES: readonly ItemType[] = [
  "LIST",
  "MULTIPLE_CHOICE",
  "CHECKBOX",
  "GRID",
  "CHECKBOX_GRID",
  "SCALE",
  "TEXT",
  "PARAGRAPH_TEXT",
  "DATE",
];

/** A date question's answer as Forms keeps it: "yyyy-MM-dd", or "MM-dd" when the year is not asked. */
export const DATE_ANSWER = { withYear: /^(\d{4})-(\d{2})-(\d{2})$/, withoutYear: /^(\d{2})-(\d{2})$/ };

/** Whether a date answer names a real day (and the year when asked). */
export function validDateAnswer(item: ItemData, v: string): boolean {
  const withYear = item.includesYear !== false;
  const m = (withYear ? DATE_ANSWER.withYear : DATE_ANSWER.withoutYear).exec(v);
  if (!m) return false;
  const [y, mo, d] = withYear
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : [2024, Number(m[1]), Number(m[2])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export interface FormHost {
  forms: FormData[];
  /** A response submitted by a script (FormResponse.submit): written to the linked tab; no trigger fires. */
  recordResponse(form: FormData, resp: ResponseData): void;
  newFormIds(): { id: string; publishedId: string };
  newItemIds(): { id: number; entry: number };
  responsesTabCounter: number;
}

/** The texts Google puts in the responses tab, by the account's language. */
export function responsesNames(lang: "id" | "en"): { tab: string; timestamp: string; email: string } {
  return lang === "id"
    ? { tab: "Jawaban Formulir", timestamp: "Stempel waktu", email: "Alamat email" }
    : { tab: "Form Responses", timestamp: "Timestamp", email: "Email Address" };
}

/** The column keys of a question item, in order. */
export function columnKeys(item: ItemData): { key: string; header: string }[] {
  if (!QUESTION_TYPES.includes(item.type)) return [];
  if (item.type === "GRID" || item.type === "CHECKBOX_GRID") {
    return item.rows.map((r, i) => ({ key: `${item.id}:${i}`, header: `${item.title} [${r}]` }));
  }
  return [{ key: String(item.id), header: item.title }];
}

/** Keeps the linked tab's header in step with the form: new questions get a column at the right. */
export function syncHeader(form: FormData, book: BookData): void {
  if (form.destSheetId === undefined) return;
  const sheet = book.sheetById(form.destSheetId);
  if (!sheet || sheet.formId !== form.id) return;
  const header = sheet.row(1);
  for (const item of form.items) {
    for (const { key, header: text } of columnKeys(item)) {
      let col = form.columns.get(key);
      if (col === undefined) {
        col = Math.max(sheet.lastCol(), header.v.length) + 1;
        form.columns.set(key, col);
        sheet.ensureCols(col);
      }
      sheet.setRaw(1, col, text);
      sheet.ensureCols(col);
    }
  }
  sheet.touch();
}

export function link(form: FormData, w: World, host: FormHost): SheetData {
  const book = w.book;
  const lang = w.accountLanguage();
  const names = responsesNames(lang);
  host.responsesTabCounter++;
  const old = form.destSheetId === undefined ? undefined : book.sheetById(form.destSheetId);
  if (old && old.formId === form.id) old.formId = undefined;
  const sheet = book.addSheet(`${names.tab} ${host.responsesTabCounter}`, 0);
  sheet.formId = form.id;
  sheet.frozenRows = 1;
  // Unverified: the new tab may not be in the sheet list until a flush, or until a later execution.
  const when = w.variants.responsesTab;
  if (when !== "immediate") sheet.pending = { exec: w.exec().record.id, byFlush: when === "afterFlush" };
  form.destSheetId = sheet.id;
  form.columns = new Map();
  sheet.setRaw(1, 1, names.timestamp);
  let col = 2;
  if (form.collectEmail) sheet.setRaw(1, col++, names.email);
  for (const item of form.items) {
    for (const { key } of columnKeys(item)) form.columns.set(key, col++);
  }
  syncHeader(form, book);
  // Linking again copies the earlier responses into the new tab (unverified; the harsher reading).
  for (const r of form.responses) writeResponseRow(form, sheet, r, w.variants.responseRow);
  return sheet;
}

/**
 * Writes a response into its row of the linked tab, as a respondent's typed input: into the next
 * empty row with that row's formats, or (unverified, the "insert" variant) into a row inserted
 * there that takes the formats of the row above.
 */
export function writeResponseRow(
  form: FormData,
  sheet: SheetData,
  resp: ResponseData,
  mode: "nextEmpty" | "insert",
): number {
  let r: number;
  const existing = resp.row ? sheet.rows.indexOf(resp.row) : -1;
  if (existing >= 0) r = existing + 1;
  else {
    r = sheet.lastRow() + 1;
    if (mode === "insert") sheet.insertRows(r - 1, 1);
    else sheet.ensureRows(r);
  }
  const row = sheet.row(r);
  sheet.setRaw(r, 1, new Date(resp.time));
  if (!row.a?.[0]?.nf)
    sheet.setAttr(r, 1, "nf", sheet.book.locale.startsWith("id") ? "dd/MM/yyyy H:mm:ss" : "M/d/yyyy H:mm:ss");
  for (const item of form.items) {
    for (const { key } of columnKeys(item)) {
      const col = form.columns.get(key);
      if (col === undefined) continue;
      const a = resp.answers.get(key);
      const ymd = item.type === "DATE" && typeof a === "string" ? DATE_ANSWER.withYear.exec(a) : null;
      if (ymd) {
        // A date question's answer is a date cell: that day's midnight in the spreadsheet's zone.
        const tz = sheet.book.timeZone;
        sheet.setRaw(
          r,
          col,
          new Date(fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), 0, 0, 0, tz)),
        );
        if (!row.a?.[col - 1]?.nf)
          sheet.setAttr(r, col, "nf", sheet.book.locale.startsWith("id") ? "dd/MM/yyyy" : "M/d/yyyy");
        continue;
      }
      // Typed-input parsing (numbers, dates), but an answer is never turned into a formula.
      sheet.write(r, col, a === undefined ? "" : Array.isArray(a) ? a.join(", ") : a, false);
    }
  }
  resp.row = sheet.rows[r - 1];
  return r;
}

export function live(form: FormData): FormData {
  if (form.deleted) throw new GasError("The form has been deleted.");
  return form;
}

export const UNPUBLISHED = "Operation not supported on unpublished form";
