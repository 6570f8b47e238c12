/** Form items by kind, their choices, responses and text validation. */

import { GasError, isDate, Svc } from "../runtime";
import { partsIn } from "../time";
import type { World } from "../world";
import {
  type Answer,
  columnKeys,
  type FormData,
  type FormHost,
  type ItemData,
  type ItemType,
  live,
  QUESTION_TYPES,
  type ResponseData,
  syncHeader,
  type TextValidationData,
  UNPUBLISHED,
} from "./formData";

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
  DATE: ["setIncludesYear", "includesYear", "createResponse"],
  Item: [
    "asListItem",
    "asMultipleChoiceItem",
    "asCheckboxItem",
    "asGridItem",
    "asCheckboxGridItem",
    "asScaleItem",
    "asTextItem",
    "asParagraphTextItem",
    "asDateItem",
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
  DATE: "DateItem",
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
    if (i.type === "DATE") {
      // Google's documentation: the time fields are ignored, and the year too when it is not asked.
      if (!isDate(value)) throw new GasError("Invalid argument: response");
      const p = partsIn(value.getTime(), this._w.scriptTimeZone());
      const md = `${String(p.mo).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
      return new ItemResponseSvc(i, i.includesYear === false ? md : `${p.y}-${md}`);
    }
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
  asDateItem(): ItemSvc {
    return this._as("DATE");
  }
  setIncludesYear(enabled: boolean): ItemSvc {
    this._i.includesYear = Boolean(enabled);
    return this;
  }
  includesYear(): boolean {
    return this._i.includesYear !== false;
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
