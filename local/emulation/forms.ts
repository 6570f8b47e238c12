/** FormApp: forms, items, publish state, the linked responses tab, pre-filled links. */
import { GasError, Svc } from "./runtime";
import type { BookData, Row, SheetData } from "./spreadsheet";
import type { World } from "./world";

export type ItemType =
  | "LIST"
  | "MULTIPLE_CHOICE"
  | "CHECKBOX"
  | "GRID"
  | "CHECKBOX_GRID"
  | "SCALE"
  | "TEXT"
  | "PARAGRAPH_TEXT"
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
];

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

function link(form: FormData, w: World, host: FormHost): SheetData {
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
      // Typed-input parsing (numbers, dates), but an answer is never turned into a formula.
      sheet.write(r, col, a === undefined ? "" : Array.isArray(a) ? a.join(", ") : a, false);
    }
  }
  resp.row = sheet.rows[r - 1];
  return r;
}

export class FormAppSvc extends Svc {
  readonly _cls = "FormApp";
  readonly _svc = "FormApp";
  readonly ItemType = Object.fromEntries(
    [...QUESTION_TYPES, "SECTION_HEADER", "PAGE_BREAK"].map((t) => [t, t]),
  ) as Record<ItemType, ItemType>;
  readonly DestinationType = { SPREADSHEET: "SPREADSHEET" };
  constructor(
    private readonly _w: World,
    private readonly _h: FormHost,
  ) {
    super();
  }
  create(title: string): FormSvc {
    const ids = this._h.newFormIds();
    const form: FormData = {
      ...ids,
      title: String(title),
      description: "",
      items: [],
      published: false,
      accepting: true,
      closedMessage: "",
      allowEdits: false,
      collectEmail: false,
      audience: this._w.variants.audience,
      confirmation: "",
      deleted: false,
      columns: new Map(),
      responses: [],
    };
    this._h.forms.push(form);
    return new FormSvc(this._w, this._h, form);
  }
  openById(id: string): FormSvc {
    const form = this._h.forms.find((f) => f.id === String(id) && !f.deleted);
    if (!form) {
      throw new GasError(
        "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
      );
    }
    return new FormSvc(this._w, this._h, form);
  }
  openByUrl(url: string): FormSvc {
    const m = /\/forms\/d\/([^/e][^/]*)\//.exec(String(url));
    if (!m) throw new GasError("Invalid argument: url");
    return this.openById(m[1]);
  }
  getActiveForm(): null {
    return null;
  }
  createTextValidation(): TextValidationBuilderSvc {
    return new TextValidationBuilderSvc();
  }
}

function live(form: FormData): FormData {
  if (form.deleted) throw new GasError("The form has been deleted.");
  return form;
}

const UNPUBLISHED = "Operation not supported on unpublished form";

export class FormSvc extends Svc {
  readonly _cls = "Form";
  readonly _svc = "FormApp";
  constructor(
    private readonly _w: World,
    private readonly _h: FormHost,
    readonly _f: FormData,
  ) {
    super();
  }
  private _add(type: ItemType): ItemSvc {
    const f = live(this._f);
    const item: ItemData = {
      ...this._h.newItemIds(),
      type,
      title: "",
      help: "",
      required: false,
      choices: [],
      rows: [],
      columns: [],
      lower: 1,
      upper: 5,
      leftLabel: "",
      rightLabel: "",
    };
    f.items.push(item);
    syncHeader(f, this._w.book);
    return new ItemSvc(this._w, f, item, type);
  }
  getId(): string {
    return live(this._f).id;
  }
  getTitle(): string {
    return live(this._f).title;
  }
  setTitle(t: string): FormSvc {
    live(this._f).title = String(t);
    return this;
  }
  getDescription(): string {
    return live(this._f).description;
  }
  setDescription(d: string): FormSvc {
    live(this._f).description = String(d);
    return this;
  }
  setConfirmationMessage(m: string): FormSvc {
    live(this._f).confirmation = String(m);
    return this;
  }
  getConfirmationMessage(): string {
    return live(this._f).confirmation;
  }
  setProgressBar(b: boolean): FormSvc {
    void b;
    return this;
  }
  setShowLinkToRespondAgain(b: boolean): FormSvc {
    void b;
    return this;
  }
  setAllowResponseEdits(b: boolean): FormSvc {
    live(this._f).allowEdits = !!b;
    return this;
  }
  canEditResponse(): boolean {
    return live(this._f).allowEdits;
  }
  setCollectEmail(b: boolean): FormSvc {
    live(this._f).collectEmail = !!b;
    return this;
  }
  collectsEmail(): boolean {
    return live(this._f).collectEmail;
  }
  setPublished(b: boolean): FormSvc {
    live(this._f).published = !!b;
    return this;
  }
  /** Whether respondents must sign in to an account of the owner's domain. */
  requiresLogin(): boolean {
    return live(this._f).audience === "domain";
  }
  setRequireLogin(b: boolean): FormSvc {
    const f = live(this._f);
    if (b) f.audience = "domain";
    else if (f.audience === "domain") f.audience = "anyone";
    return this;
  }
  isPublished(): boolean {
    return live(this._f).published;
  }
  setAcceptingResponses(b: boolean): FormSvc {
    const f = live(this._f);
    if (!f.published) throw new GasError(UNPUBLISHED);
    f.accepting = !!b;
    return this;
  }
  setCustomClosedFormMessage(message: string): FormSvc {
    live(this._f).closedMessage = String(message);
    return this;
  }
  getCustomClosedFormMessage(): string {
    return live(this._f).closedMessage;
  }
  isAcceptingResponses(): boolean {
    const f = live(this._f);
    return f.published && f.accepting;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${live(this._f).id}/edit`;
  }
  getPublishedUrl(): string {
    const f = live(this._f);
    if (!f.published) throw new GasError(UNPUBLISHED);
    return `https://docs.google.com/forms/d/e/${f.publishedId}/viewform`;
  }
  getItems(type?: ItemType): ItemSvc[] {
    return live(this._f)
      .items.filter((i) => !type || i.type === type)
      .map((i) => new ItemSvc(this._w, this._f, i, "Item"));
  }
  getItemById(id: number): ItemSvc | null {
    const i = live(this._f).items.find((x) => x.id === Number(id));
    return i ? new ItemSvc(this._w, this._f, i, "Item") : null;
  }
  deleteItem(x: ItemSvc | number): void {
    const f = live(this._f);
    const item = typeof x === "number" ? f.items[x] : f.items.find((i) => i.id === x._i.id);
    if (!item) throw new GasError("Invalid argument: item");
    // The deleted question keeps its column in the responses tab, blank from then on.
    f.items = f.items.filter((i) => i !== item);
  }
  moveItem(x: ItemSvc, index: number): ItemSvc {
    const f = live(this._f);
    const item = f.items.find((i) => i.id === x._i.id);
    if (!item || index < 0 || index >= f.items.length) throw new GasError("Invalid argument: index");
    f.items = f.items.filter((i) => i !== item);
    f.items.splice(index, 0, item);
    return x;
  }
  addListItem(): ItemSvc {
    return this._add("LIST");
  }
  addMultipleChoiceItem(): ItemSvc {
    return this._add("MULTIPLE_CHOICE");
  }
  addCheckboxItem(): ItemSvc {
    return this._add("CHECKBOX");
  }
  addGridItem(): ItemSvc {
    return this._add("GRID");
  }
  addCheckboxGridItem(): ItemSvc {
    return this._add("CHECKBOX_GRID");
  }
  addScaleItem(): ItemSvc {
    return this._add("SCALE");
  }
  addTextItem(): ItemSvc {
    return this._add("TEXT");
  }
  addParagraphTextItem(): ItemSvc {
    return this._add("PARAGRAPH_TEXT");
  }
  addSectionHeaderItem(): ItemSvc {
    return this._add("SECTION_HEADER");
  }
  addPageBreakItem(): ItemSvc {
    return this._add("PAGE_BREAK");
  }
  setDestination(type: string, id: string): FormSvc {
    const f = live(this._f);
    if (type !== "SPREADSHEET") throw new GasError("Invalid argument: type");
    if (String(id) !== this._w.book.id) {
      throw new GasError(
        "No item with the given ID could be found, or you do not have permission to access it.",
      );
    }
    link(f, this._w, this._h);
    return this;
  }
  getDestinationId(): string {
    const f = live(this._f);
    if (f.destSheetId === undefined || !this._w.book.sheetById(f.destSheetId)) {
      throw new GasError("The form currently has no response destination.");
    }
    return this._w.book.id;
  }
  getDestinationType(): string {
    return "SPREADSHEET";
  }
  removeDestination(): FormSvc {
    const f = live(this._f);
    const s = f.destSheetId === undefined ? undefined : this._w.book.sheetById(f.destSheetId);
    if (s && s.formId === f.id) s.formId = undefined;
    f.destSheetId = undefined;
    return this;
  }
  getResponses(): FormResponseSvc[] {
    const f = live(this._f);
    return f.responses.map((r) => new FormResponseSvc(f, r));
  }
  createResponse(): FormResponseSvc {
    const f = live(this._f);
    return new FormResponseSvc(f, { id: "", time: 0, answers: new Map() }, this._h, this._w);
  }
}

/** Which methods each item type has; calling another is a TypeError in the bundle, as on Google. */
const METHODS: Record<string, readonly string[]> = {
  common: ["getId", "getIndex", "getTitle", "setTitle", "getHelpText", "setHelpText", "getType", "duplicate"],
  question: ["isRequired", "setRequired"],
  choice: ["setChoiceValues", "setChoices", "getChoices", "createChoice", "createResponse"],
  MULTIPLE_CHOICE: ["showOtherOption"],
  GRID: ["setRows", "getRows", "setColumns", "getColumns", "createResponse"],
  CHECKBOX_GRID: ["setRows", "getRows", "setColumns", "getColumns", "createResponse"],
  SCALE: [
    "setBounds",
    "getLowerBound",
    "getUpperBound",
    "setLabels",
    "getLeftLabel",
    "getRightLabel",
    "createResponse",
  ],
  TEXT: ["setValidation", "clearValidation", "createResponse"],
  PARAGRAPH_TEXT: ["createResponse"],
  Item: [
    "asListItem",
    "asMultipleChoiceItem",
    "asCheckboxItem",
    "asGridItem",
    "asCheckboxGridItem",
    "asScaleItem",
    "asTextItem",
    "asParagraphTextItem",
    "asSectionHeaderItem",
    "asPageBreakItem",
  ],
};

const CLASS_OF: Record<ItemType, string> = {
  LIST: "ListItem",
  MULTIPLE_CHOICE: "MultipleChoiceItem",
  CHECKBOX: "CheckboxItem",
  GRID: "GridItem",
  CHECKBOX_GRID: "CheckboxGridItem",
  SCALE: "ScaleItem",
  TEXT: "TextItem",
  PARAGRAPH_TEXT: "ParagraphTextItem",
  SECTION_HEADER: "SectionHeaderItem",
  PAGE_BREAK: "PageBreakItem",
};

export class ItemSvc extends Svc {
  readonly _cls: string;
  readonly _svc = "FormApp";
  private readonly _allowed: Set<string>;
  constructor(
    private readonly _w: World,
    private readonly _f: FormData,
    readonly _i: ItemData,
    view: ItemType | "Item",
  ) {
    super();
    this._cls = view === "Item" ? "Item" : CLASS_OF[view];
    const t = _i.type;
    const names = [...METHODS.common];
    if (view === "Item") names.push(...METHODS.Item);
    else {
      if (QUESTION_TYPES.includes(t)) names.push(...METHODS.question);
      if (t === "LIST" || t === "MULTIPLE_CHOICE" || t === "CHECKBOX") names.push(...METHODS.choice);
      names.push(...(METHODS[t] ?? []));
    }
    this._allowed = new Set(names);
  }
  /** Consulted by the runtime: a method this item's class does not have is absent. */
  _lacks(name: string): boolean {
    return !this._allowed.has(name);
  }
  private _as(type: ItemType): ItemSvc {
    if (this._i.type !== type) throw new GasError(`Item is not a ${CLASS_OF[type]}.`);
    return new ItemSvc(this._w, this._f, this._i, type);
  }
  private _changed(): void {
    syncHeader(this._f, this._w.book);
  }
  getId(): number {
    return this._i.id;
  }
  getIndex(): number {
    return this._f.items.indexOf(this._i);
  }
  getTitle(): string {
    return this._i.title;
  }
  setTitle(t: string): ItemSvc {
    this._i.title = String(t);
    this._changed();
    return this;
  }
  getHelpText(): string {
    return this._i.help;
  }
  setHelpText(t: string): ItemSvc {
    this._i.help = String(t);
    return this;
  }
  getType(): ItemType {
    return this._i.type;
  }
  isRequired(): boolean {
    return this._i.required;
  }
  setRequired(b: boolean): ItemSvc {
    this._i.required = !!b;
    return this;
  }
  setChoiceValues(values: unknown[]): ItemSvc {
    if (!Array.isArray(values) || values.length === 0) throw new GasError("Invalid argument: values");
    this._i.choices = values.map(String);
    return this;
  }
  setChoices(choices: ChoiceSvc[]): ItemSvc {
    if (!Array.isArray(choices) || choices.length === 0) throw new GasError("Invalid argument: choices");
    this._i.choices = choices.map((c) => c._v);
    return this;
  }
  getChoices(): ChoiceSvc[] {
    return this._i.choices.map((v) => new ChoiceSvc(v));
  }
  createChoice(value: string): ChoiceSvc {
    return new ChoiceSvc(String(value));
  }
  showOtherOption(b: boolean): ItemSvc {
    void b;
    return this;
  }
  setRows(rows: unknown[]): ItemSvc {
    this._i.rows = rows.map(String);
    this._changed();
    return this;
  }
  getRows(): string[] {
    return [...this._i.rows];
  }
  setColumns(cols: unknown[]): ItemSvc {
    this._i.columns = cols.map(String);
    return this;
  }
  getColumns(): string[] {
    return [...this._i.columns];
  }
  setBounds(lower: number, upper: number): ItemSvc {
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) {
      throw new GasError("Invalid argument: bounds (lower 0 or 1, upper 3 to 10)");
    }
    this._i.lower = lower;
    this._i.upper = upper;
    return this;
  }
  getLowerBound(): number {
    return this._i.lower;
  }
  getUpperBound(): number {
    return this._i.upper;
  }
  setLabels(left: string, right: string): ItemSvc {
    this._i.leftLabel = String(left);
    this._i.rightLabel = String(right);
    return this;
  }
  getLeftLabel(): string {
    return this._i.leftLabel;
  }
  getRightLabel(): string {
    return this._i.rightLabel;
  }
  setValidation(v: TextValidationSvc): ItemSvc {
    this._i.validation = { ...v._v };
    return this;
  }
  clearValidation(): ItemSvc {
    this._i.validation = undefined;
    return this;
  }
  createResponse(value: unknown): ItemResponseSvc {
    const i = this._i;
    if (i.type === "GRID" || i.type === "CHECKBOX_GRID") {
      if (!Array.isArray(value) || value.length !== i.rows.length)
        throw new GasError("Invalid argument: responses");
      return new ItemResponseSvc(i, value.map(String));
    }
    if (i.type === "CHECKBOX") return new ItemResponseSvc(i, (value as unknown[]).map(String));
    if (i.type === "SCALE") return new ItemResponseSvc(i, String(value));
    const v = String(value);
    if ((i.type === "LIST" || i.type === "MULTIPLE_CHOICE") && !i.choices.includes(v)) {
      throw new GasError(`Invalid response submitted to item: ${i.title}`);
    }
    return new ItemResponseSvc(i, v);
  }
  duplicate(): ItemSvc {
    throw new GasError("not emulated: Item.duplicate");
  }
  asListItem(): ItemSvc {
    return this._as("LIST");
  }
  asMultipleChoiceItem(): ItemSvc {
    return this._as("MULTIPLE_CHOICE");
  }
  asCheckboxItem(): ItemSvc {
    return this._as("CHECKBOX");
  }
  asGridItem(): ItemSvc {
    return this._as("GRID");
  }
  asCheckboxGridItem(): ItemSvc {
    return this._as("CHECKBOX_GRID");
  }
  asScaleItem(): ItemSvc {
    return this._as("SCALE");
  }
  asTextItem(): ItemSvc {
    return this._as("TEXT");
  }
  asParagraphTextItem(): ItemSvc {
    return this._as("PARAGRAPH_TEXT");
  }
  asSectionHeaderItem(): ItemSvc {
    return this._as("SECTION_HEADER");
  }
  asPageBreakItem(): ItemSvc {
    return this._as("PAGE_BREAK");
  }
}

export class ChoiceSvc extends Svc {
  readonly _cls = "Choice";
  readonly _svc = "FormApp";
  constructor(readonly _v: string) {
    super();
  }
  getValue(): string {
    return this._v;
  }
}

export class ItemResponseSvc extends Svc {
  readonly _cls = "ItemResponse";
  readonly _svc = "FormApp";
  constructor(
    readonly _i: ItemData,
    readonly _v: Answer,
  ) {
    super();
  }
  getResponse(): Answer {
    return this._v;
  }
}

export class FormResponseSvc extends Svc {
  readonly _cls = "FormResponse";
  readonly _svc = "FormApp";
  constructor(
    private readonly _f: FormData,
    private readonly _r: ResponseData,
    private readonly _h?: FormHost,
    private readonly _w?: World,
  ) {
    super();
  }
  /** Submits a response made by the script: it is written like any other; scripts never fire triggers. */
  submit(): FormResponseSvc {
    const f = live(this._f);
    if (!f.published) throw new GasError(UNPUBLISHED);
    if (!this._h || !this._w || this._r.id !== "")
      throw new GasError("This response has already been submitted.");
    const resp: ResponseData = {
      id: `2_ABaOnu${f.responses.length}x${this._w.now()}`,
      time: this._w.now(),
      answers: new Map(this._r.answers),
    };
    this._h.recordResponse(f, resp);
    return new FormResponseSvc(f, resp);
  }
  getItemResponses(): ItemResponseSvc[] {
    const out: ItemResponseSvc[] = [];
    for (const item of this._f.items) {
      const a = this._r.answers.get(String(item.id));
      if (a !== undefined) out.push(new ItemResponseSvc(item, a));
    }
    return out;
  }
  withItemResponse(ir: ItemResponseSvc): FormResponseSvc {
    const i = ir._i;
    if (i.type === "GRID" || i.type === "CHECKBOX_GRID") {
      (ir._v as string[]).forEach((v, k) => {
        this._r.answers.set(`${i.id}:${k}`, v);
      });
    } else this._r.answers.set(String(i.id), ir._v);
    return this;
  }
  getId(): string {
    return this._r.id;
  }
  getTimestamp(): Date {
    return new Date(this._r.time);
  }
  /** The pre-filled link: entry numbers are the questions' entry ids, not their item ids. */
  toPrefilledUrl(): string {
    const f = live(this._f);
    if (!f.published) throw new GasError(UNPUBLISHED);
    const parts = ["usp=pp_url"];
    for (const item of f.items) {
      columnKeys(item).forEach(({ key }, k) => {
        const a = this._r.answers.get(key);
        if (a === undefined) return;
        const entry = item.type === "GRID" || item.type === "CHECKBOX_GRID" ? item.entry + 1 + k : item.entry;
        for (const v of Array.isArray(a) ? a : [a]) {
          parts.push(`entry.${entry}=${javaUrlEncode(v)}`);
        }
      });
    }
    return `https://docs.google.com/forms/d/e/${f.publishedId}/viewform?${parts.join("&")}`;
  }
}

/** URL encoding as Java's URLEncoder does it (Google's servers): space as +, and !'()~ escaped too. */
function javaUrlEncode(v: string): string {
  return encodeURIComponent(v)
    .replace(/%20/g, "+")
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export class TextValidationBuilderSvc extends Svc {
  readonly _cls = "TextValidationBuilder";
  readonly _svc = "FormApp";
  override readonly _builder = true;
  _v: TextValidationData = { kind: "pattern" };
  requireTextMatchesPattern(p: string): TextValidationBuilderSvc {
    this._v = { ...this._v, kind: "pattern", arg: String(p) };
    return this;
  }
  requireTextLengthLessThanOrEqualTo(n: number): TextValidationBuilderSvc {
    this._v = { ...this._v, kind: "maxLength", arg: n };
    return this;
  }
  requireNumber(): TextValidationBuilderSvc {
    this._v = { ...this._v, kind: "number" };
    return this;
  }
  setHelpText(t: string): TextValidationBuilderSvc {
    this._v = { ...this._v, helpText: String(t) };
    return this;
  }
  build(): TextValidationSvc {
    if (this._v.arg === undefined && this._v.kind !== "number")
      throw new GasError("The text validation has no rule.");
    return new TextValidationSvc({ ...this._v });
  }
}

export class TextValidationSvc extends Svc {
  readonly _cls = "TextValidation";
  readonly _svc = "FormApp";
  constructor(readonly _v: TextValidationData) {
    super();
  }
}

/** Whether a respondent's text passes an item's validation (as the form page checks it). */
export function passesValidation(v: TextValidationData | undefined, text: string): boolean {
  if (!v || text === "") return true;
  if (v.kind === "pattern") return new RegExp(`^(?:${String(v.arg)})$`).test(text);
  if (v.kind === "maxLength") return text.length <= Number(v.arg);
  return text.trim() !== "" && Number.isFinite(Number(text));
}
