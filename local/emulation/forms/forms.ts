/** FormApp: forms, their publish state, the linked responses tab, pre-filled links. */

import { GasError, Svc } from "../runtime";
import type { World } from "../world";
import {
  type FormData,
  type FormHost,
  type ItemData,
  type ItemType,
  link,
  live,
  QUESTION_TYPES,
  syncHeader,
  UNPUBLISHED,
} from "./formData";
import { FormResponseSvc, ItemSvc, TextValidationBuilderSvc } from "./items";

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
      ...(type === "DATE" ? { includesYear: true } : {}),
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
  addDateItem(): ItemSvc {
    return this._add("DATE");
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
