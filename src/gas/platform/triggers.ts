/** Installs the product's triggers idempotently: exactly one of each, owned by whoever installed them. */
import type { State } from "./state";

/** The entry points the triggers call (each named in main.ts). */
export const HANDLERS = {
  submit: "onFormSubmitTrigger",
  hourly: "hourlyCatchUpTrigger",
  edit: "onSheetEditTrigger",
} as const;

/**
 * The daily reminder trigger of earlier versions. Reminders now go out from the hourly run (a late
 * or skipped daily run cost a day); setup removes this account's copy, and the function stays an
 * entry point that follows the same once-a-day rule, since a colleague's older trigger may call it.
 */
export const RETIRED_DAILY_HANDLER = "dailyReminderTrigger";

export type TriggerKind = keyof typeof HANDLERS;

export interface TriggerCount {
  readonly kind: TriggerKind;
  readonly count: number;
}

/** How many triggers of each kind this account has. */
export function countTriggers(): TriggerCount[] {
  const handlers = ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction());
  return (Object.keys(HANDLERS) as TriggerKind[]).map((kind) => ({
    kind,
    count: handlers.filter((h) => h === HANDLERS[kind]).length,
  }));
}

/**
 * Leaves exactly one trigger of each kind for this account, and none of a retired kind. When
 * another account installed them (and they are invisible from here) nothing is installed:
 * returns that owner.
 */
export function ensureTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: State,
  me: string,
): { installedBy: string; byOther: boolean } {
  if (state.triggerOwner && state.triggerOwner !== me)
    return { installedBy: state.triggerOwner, byOther: true };
  const existing = ScriptApp.getProjectTriggers();
  const keep: Record<TriggerKind, number> = { submit: 0, hourly: 0, edit: 0 };
  for (const t of existing) {
    const fn = t.getHandlerFunction();
    if (fn === RETIRED_DAILY_HANDLER) {
      ScriptApp.deleteTrigger(t);
      continue;
    }
    const kind = (Object.keys(HANDLERS) as TriggerKind[]).find((k) => HANDLERS[k] === fn);
    if (!kind) continue;
    if (keep[kind] >= 1) ScriptApp.deleteTrigger(t);
    else keep[kind]++;
  }
  if (keep.submit === 0) ScriptApp.newTrigger(HANDLERS.submit).forSpreadsheet(ss).onFormSubmit().create();
  if (keep.edit === 0) ScriptApp.newTrigger(HANDLERS.edit).forSpreadsheet(ss).onEdit().create();
  if (keep.hourly === 0) {
    ScriptApp.newTrigger(HANDLERS.hourly).timeBased().everyHours(1).create();
    state.triggersAt = Date.now();
  }
  state.triggerOwner = me;
  state.editTrigger = true;
  state.dailyHour = undefined;
  return { installedBy: me, byOther: false };
}

/**
 * A Sheet set up by an earlier version has no edit trigger: the hourly run of the triggers' owner
 * installs it once, so that staff corrections are noticed without running setup again.
 */
export function ensureEditTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, state: State): boolean {
  if (state.editTrigger || !state.triggerOwner) return false;
  if (state.triggerOwner !== Session.getEffectiveUser().getEmail()) return false;
  if (!ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === HANDLERS.edit))
    ScriptApp.newTrigger(HANDLERS.edit).forSpreadsheet(ss).onEdit().create();
  state.editTrigger = true;
  return true;
}
