/** Installs the product's triggers idempotently: exactly one of each, owned by whoever installed them. */
import type { Settings } from "../core/settings";
import type { State } from "./state";

/** The entry points the triggers call (each named in main.ts). */
export const HANDLERS = {
  submit: "onFormSubmitTrigger",
  daily: "dailyReminderTrigger",
  hourly: "hourlyCatchUpTrigger",
} as const;

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
 * Leaves exactly one trigger of each kind for this account. When another account installed them
 * (and they are invisible from here) nothing is installed: returns that owner.
 */
export function ensureTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  state: State,
  me: string,
): { installedBy: string; byOther: boolean } {
  if (state.triggerOwner && state.triggerOwner !== me)
    return { installedBy: state.triggerOwner, byOther: true };
  const existing = ScriptApp.getProjectTriggers();
  const keep: Record<TriggerKind, number> = { submit: 0, daily: 0, hourly: 0 };
  for (const t of existing) {
    const kind = (Object.keys(HANDLERS) as TriggerKind[]).find((k) => HANDLERS[k] === t.getHandlerFunction());
    if (!kind) continue;
    const stale = kind === "daily" && state.dailyHour !== settings.reminderHour;
    if (keep[kind] >= 1 || stale) ScriptApp.deleteTrigger(t);
    else keep[kind]++;
  }
  if (keep.submit === 0) ScriptApp.newTrigger(HANDLERS.submit).forSpreadsheet(ss).onFormSubmit().create();
  if (keep.daily === 0) {
    ScriptApp.newTrigger(HANDLERS.daily).timeBased().atHour(settings.reminderHour).everyDays(1).create();
  }
  if (keep.hourly === 0) ScriptApp.newTrigger(HANDLERS.hourly).timeBased().everyHours(1).create();
  state.triggerOwner = me;
  state.dailyHour = settings.reminderHour;
  return { installedBy: me, byOther: false };
}
