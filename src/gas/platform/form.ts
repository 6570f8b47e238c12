/** Builds or updates the Google Form from the form spec, in place (same items, same columns). */

import { substitutePrefill } from "../../core/campaign/prefill";
import type { FormSpec, ItemSpec } from "../../core/counting/formSpec";
import { dict } from "../../core/text/dict";

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export interface SyncResult {
  readonly items: Record<string, number>;
  /** Grids whose answer choices differ from the spec but were left alone (responses exist). */
  readonly frozenKept: number;
  /** False when the time budget ran out first: `items` then holds what exists so far, to resume from. */
  readonly complete: boolean;
}

/** How a long sync keeps its progress: each created item is saved at once, and it stops at the deadline. */
export interface SyncProgress {
  save(items: Record<string, number>): void;
  /** Whether there is time for one more item. */
  timeLeft(): boolean;
}

/** Adds an item of the spec's kind; returns its id (the typed item has no as…Item() methods). */
function create(form: Form, spec: ItemSpec): number {
  switch (spec.kind) {
    case "section":
      return form.addSectionHeaderItem().getId();
    case "page":
      return form.addPageBreakItem().getId();
    case "list":
      return form.addListItem().getId();
    case "choice":
      return form.addMultipleChoiceItem().getId();
    case "grid":
      return form.addGridItem().getId();
    case "text":
      return form.addTextItem().getId();
  }
}

// Item types by name (an ItemType prints as its name); no service is touched at load time.
const TYPE_OF: Record<ItemSpec["kind"], string> = {
  section: "SECTION_HEADER",
  page: "PAGE_BREAK",
  list: "LIST",
  choice: "MULTIPLE_CHOICE",
  grid: "GRID",
  text: "TEXT",
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Applies one spec to its item; returns true when a grid's frozen answer choices were kept. */
function apply(item: Item, spec: ItemSpec, freezeScale: boolean): boolean {
  switch (spec.kind) {
    case "section": {
      const it = item.asSectionHeaderItem();
      it.setTitle(spec.title).setHelpText(spec.help);
      return false;
    }
    case "page": {
      const it = item.asPageBreakItem();
      it.setTitle(spec.title).setHelpText(spec.help);
      return false;
    }
    case "list": {
      const it = item.asListItem();
      it.setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
      it.setChoiceValues([...spec.choices]);
      return false;
    }
    case "choice": {
      const it = item.asMultipleChoiceItem();
      it.setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
      it.setChoiceValues([...spec.choices]);
      return false;
    }
    case "grid": {
      const it = item.asGridItem();
      it.setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
      if (!sameList(it.getRows(), spec.rows)) it.setRows([...spec.rows]);
      const current = it.getColumns();
      if (sameList(current, spec.columns)) return false;
      if (freezeScale && current.length > 0) return true;
      it.setColumns([...spec.columns]);
      return false;
    }
    case "text": {
      const it = item.asTextItem();
      it.setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
      it.setValidation(
        FormApp.createTextValidation()
          .setHelpText(spec.invalidText)
          .requireTextMatchesPattern(spec.pattern)
          .build(),
      );
      return false;
    }
  }
}

/**
 * Makes the form match the spec: existing items (by their stored ids) are updated in place,
 * missing ones created, items no longer wanted deleted, and the order fixed.
 */
export function syncForm(
  form: Form,
  spec: FormSpec,
  known: Record<string, number>,
  freezeScale: boolean,
  progress?: SyncProgress,
): SyncResult {
  form.setTitle(spec.title);
  form.setDescription(spec.description);
  form.setConfirmationMessage(spec.confirmation);
  form.setAllowResponseEdits(false);
  form.setProgressBar(true);
  // A run stopped between adding an item and saving its id left an untitled item no one knows:
  // it goes (items staff added have a title and stay). One call when there is none.
  const knownIds = new Set(Object.values(known));
  const present = form.getItems();
  if (present.length > knownIds.size)
    for (const item of present)
      if (!knownIds.has(item.getId()) && item.getTitle() === "") form.deleteItem(item);
  const items: Record<string, number> = {};
  let frozenKept = 0;
  const created: string[] = [];
  for (const s of spec.items) {
    if (progress && !progress.timeLeft())
      return { items: { ...known, ...items }, frozenKept, complete: false };
    const id = known[s.key];
    let item = id === undefined ? null : form.getItemById(id);
    if (item && String(item.getType()) !== TYPE_OF[s.kind]) item = null;
    let itemId = id;
    if (!item) {
      itemId = create(form, s);
      // Saved the moment it exists: a run stopped later resumes with it instead of adding another.
      items[s.key] = itemId;
      created.push(s.key);
      progress?.save({ ...known, ...items });
      item = form.getItemById(itemId);
    }
    if (!item || itemId === undefined) throw new Error(`form item ${s.key} could not be created`);
    // Responses exist: an existing item whose wording is frozen keeps it (the freeze rule).
    const keepWording = freezeScale && s.frozenWording === true && !created.includes(s.key);
    if (!keepWording && apply(item, s, freezeScale)) frozenKept++;
    items[s.key] = itemId;
  }
  for (const [key, id] of Object.entries(known)) {
    if (items[key] !== undefined) continue;
    const old = form.getItemById(id);
    if (old) form.deleteItem(old);
  }
  // A new form's items were made in order: nothing to move.
  if (Object.keys(known).length === 0) return { items, frozenKept, complete: true };
  if (created.length > 0) {
    // New items land at the end: each goes to its place, in order, one call each.
    spec.items.forEach((s, index) => {
      if (!created.includes(s.key)) return;
      const item = form.getItemById(items[s.key]);
      if (item) form.moveItem(item, index);
    });
    return { items, frozenKept, complete: true };
  }
  if (progress && !progress.timeLeft()) return { items, frozenKept, complete: true };
  // Nothing new: put back an order staff may have changed by hand.
  const order = form.getItems().map((i) => i.getId());
  spec.items.forEach((s, index) => {
    const want = items[s.key];
    if (order[index] === want) return;
    const item = form.getItemById(want);
    if (!item) return;
    form.moveItem(item, index);
    order.splice(order.indexOf(want), 1);
    order.splice(index, 0, want);
  });
  return { items, frozenKept, complete: true };
}

/** The pre-filled links of a form update: one sample Google made, or every unit's when substitution fails. */
export interface PrefillResult {
  /** The sample link and the choice it selects: every other unit's link is derived from it. */
  readonly base?: { readonly url: string; readonly choice: string };
  /** Links asked of Google one by one (only when the sample's encoding is not what we expect). */
  readonly links: Record<string, string>;
}

/**
 * The pre-filled links of the unit choices (made at form update, never per reminder run). Google
 * builds the first and the last; when the last equals the first with its own choice in place
 * (substitution, as Google encodes it), only the first is kept and every unit's link is derived
 * from it when needed: nothing stored grows with the units. Otherwise every link is asked of
 * Google and stored.
 */
export function prefilledLinks(
  form: Form,
  unitItemId: number,
  choicesByCode: Readonly<Record<string, string>>,
): PrefillResult {
  const entries = Object.entries(choicesByCode);
  const item = entries.length ? form.getItemById(unitItemId) : null;
  if (!item) return { links: {} };
  const list = item.asListItem();
  const real = (choice: string) =>
    form.createResponse().withItemResponse(list.createResponse(choice)).toPrefilledUrl();
  const [, firstChoice] = entries[0];
  const sample = real(firstChoice);
  if (entries.length === 1) return { base: { url: sample, choice: firstChoice }, links: {} };
  const [, lastChoice] = entries[entries.length - 1];
  if (substitutePrefill(sample, firstChoice, lastChoice) === real(lastChoice))
    return { base: { url: sample, choice: firstChoice }, links: dict() };
  const links: Record<string, string> = dict();
  for (const [code, choice] of entries) links[code] = real(choice);
  return { links };
}
