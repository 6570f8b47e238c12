/**
 * What changes between versions of the product, defined once (RELIABILITY.md, "Upgrades"): the
 * stored state's shape, the layout of derived state (Skor, aggregates), and the OAuth scopes.
 */

/** The stored state's shape. 1: version 1. 2: link pending, time-zone answer, trigger time, upgrade notes. */
export const STATE_VERSION = 2;

/**
 * The layout of derived state (Skor's columns, the aggregates). When a Sheet's is older, the next
 * run rebuilds it with an automatic recompute. 1: version 1. 2: Skor's keys no longer hash the
 * NIP; profile answers outside the form's choices are grouped as "lainnya". 3: keys hash the
 * answers to the survey's questions in the instrument's order, wherever their columns stand. 4: Skor
 * carries each response's 21 behaviour answers, and the aggregates their sums (behaviour level).
 * 5: each unit's aggregate counts its respondents per pair of profile answers (Dasbor's check
 * across its tables).
 */
export const DERIVED_VERSION = 5;

/** The OAuth scopes this version needs (appsscript.json lists exactly these; a test checks). */
export const SCOPES: readonly string[] = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/forms",
  "https://www.googleapis.com/auth/script.scriptapp",
  "https://www.googleapis.com/auth/script.send_mail",
  "https://www.googleapis.com/auth/userinfo.email",
];

/** Version 1 recorded no scopes: these are the ones it asked for. */
export const V1_SCOPES: readonly string[] = SCOPES;

/** A note for staff about a change of meaning, shown by the health check for a while after the upgrade. */
export interface UpgradeNote {
  readonly from: number;
  readonly at: number;
}

/** How long the health check shows an upgrade's note. */
export const NOTE_DAYS = 14;

/** The scopes this version needs that the Sheet's triggers were not authorised for. */
export function newScopes(recorded: readonly string[] | undefined): string[] {
  const had = new Set(recorded ?? V1_SCOPES);
  return SCOPES.filter((s) => !had.has(s));
}

/**
 * Brings a stored state of any earlier version to this one: every kept field survives (dropping
 * the form's id would make the next setup build a second form); retired fields go; a note records
 * the upgrade. A state from a newer version is kept as it is.
 */
export function migrateState<T extends { v: number; upgrade?: UpgradeNote; dailyHour?: number }>(
  state: T,
  now: number,
): T {
  if (state.v >= STATE_VERSION) return state;
  const out: T = { ...state, v: STATE_VERSION };
  if (state.v < 2) {
    // Reminders moved from the daily trigger to the hourly run; the trigger's hour is no longer kept.
    delete out.dailyHour;
    out.upgrade = { from: state.v, at: now };
  }
  return out;
}
