/**
 * What the product keeps between runs, in document properties (versioned JSON), read in one call.
 * Kept state (never reset by a recompute): the form, its responses tab, the trigger owner, the
 * pre-filled links, the last error. Derived state (rebuilt by a recompute): the snapshot the
 * processing runs on and the aggregates. The entries each run writes are in stateWrites.ts.
 */
import type { Agg, Aggregates } from "../../core/counting/aggregate";
import { emptyAgg } from "../../core/counting/aggregate";
import type { Snapshot } from "../../core/counting/snapshot";
import { EMPTY_HISTORY, type History } from "../../core/letters/reminders";
import { DERIVED_VERSION, migrateState, STATE_VERSION, type UpgradeNote } from "../../core/platform/upgrade";
import { dict } from "../../core/text/dict";

const STATE_KEY = "berakhlak.state";

export const SNAPSHOT_KEY = "berakhlak.snapshot";

export const LINK_PREFIX = "berakhlak.link.";

export const LINK_BASE_KEY = "berakhlak.linkbase";

export const AGG_PREFIX = "berakhlak.agg.";

export const AGG_ROWS_KEY = "berakhlak.aggrows";

export const DASH_ROWS_KEY = "berakhlak.dashrows";

/** The Perilaku tab's last write: its day (yyyy-MM-dd) and how many rows it took ("day|rows"). */
export const BEHAVIOURS_KEY = "berakhlak.behaviours";

export const LIVE_ROWS_KEY = "berakhlak.liverows";

/**
 * The hidden tab of the reminder history, by sheet id, in a key of its own: reminder runs hold the
 * document lock, not the script lock, so they never write the state other runs rewrite.
 */
export type TabVisibility = "immediate" | "afterFlush" | "later";

/** What Uji Platform found, stored in the state for the health check. */
export interface PlatformOutcome {
  readonly at: number;
  readonly tab: TabVisibility;
  /** 18 bare digits in a column formatted as text before the response: intact (next empty row) or not (rows inserted). */
  readonly bareNipIntact: boolean;
  readonly groupedNipIntact: boolean;
  readonly latencyMs: { sheets: number; forms: number; properties: number };
  readonly mailQuota: number;
  readonly sheetTz: string;
  readonly scriptTz: string;
  readonly surveyAccepting: boolean | null;
  readonly domainOnly: boolean | null;
}

/** A scratch form awaiting its tab (the tab appears only in a later run on this account). */
export interface PlatformPending {
  readonly formId: string;
  readonly linkedAt: number;
}

export const HISTORY_TAB_KEY = "berakhlak.historytab";

export const DASH_ORDER_KEY = "berakhlak.dashorder";

export const FULL_ROWS_KEY = "berakhlak.fullrows";

export const REMINDERS_KEY = "berakhlak.reminders";

/** The last weekly leadership digest: its day and each unit's count then (the week's change). */
export const DIGEST_KEY = "berakhlak.digest";

export interface DigestMemo {
  /** The last digest's day ("" before the first). */
  readonly day: string;
  /** A due digest the mail quota held back, logged once ("ditunda"): its due day. */
  readonly postponed?: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
}

/** Timestamps of responses staff edited since the last reconcile (or "all"), from the edit trigger. */
export const EDITED_KEY = "berakhlak.edited";

/** Staff edited cells of Skor by hand (the edit trigger says so): the next hourly run checks Skor whole. */
export const SKOR_EDITED_KEY = "berakhlak.skorEdited";

/** Staff edited Pengaturan or Unit Kerja by hand (the edit trigger says so): the next hourly run reads them. */
export const TABS_EDITED_KEY = "berakhlak.tabsEdited";

/** At most this many edited timestamps are kept; beyond, every row is compared once. */
export const EDITED_MAX = 400;

export interface State {
  v: number;
  formId?: string;
  /** The responses tab, by sheet id (its name depends on the account's language). */
  responsesSheetId?: number;
  /** The form is linked but its responses tab was not visible yet: the next run that sees it adopts it. */
  tabPending?: boolean;
  /** "spreadsheet zone|script zone" when staff declined to align the two (asked once per pair). */
  tzDeclined?: string;
  /** Form item ids by the spec's stable keys. */
  items?: Record<string, number>;
  /** The language the form's labels were first built in; they never follow the interface language. */
  formLang?: "id" | "en";
  /** The digest of the last valid Pengaturan and Unit Kerja (copied to a hidden tab), and when it was copied. */
  validDigest?: string;
  validAt?: number;
  /** The digest of the version the snapshot was last taken from (the hourly run retakes it on a change). */
  snapDigest?: string;
  /** A digest of the unit choices the form was last built with (the health check compares it). */
  unitsDigest?: string;
  /** The scale the form's grids use; frozen once responses exist. */
  scalePoints?: number;
  triggerOwner?: string;
  /** The edit trigger is installed (version 2 Sheets get it from the owner's next hourly run). */
  editTrigger?: boolean;
  /** When setup last installed a missing trigger (the health check expects hourly runs from then). */
  triggersAt?: number;
  /** Version 1: the hour its daily trigger was installed for (dropped by the migration to version 2). */
  dailyHour?: number;
  /** The upgrade this Sheet last went through (the health check explains what changed, for a while). */
  upgrade?: UpgradeNote;
  /** Pengaturan was checked for values this version no longer accepts (ukuran_kelompok_minimum below 3). */
  settingsChecked?: boolean;
  /** The Pengaturan upgrades done (tabs.ts SETTINGS_LEVEL); undefined: settingsChecked's 1 or 0. */
  settingsLevel?: number;
  /** maks_pengingat (a campaign total) became maks_pengingat_per_minggu: from what, to what, when. */
  weeklyMaxMigrated?: { readonly from: number; readonly to: number; readonly at: number };
  /** The campaign's end was handled (form closed or not, admin told), for this end date. */
  ended?: {
    readonly endDate: string;
    readonly at: number;
    readonly closed: boolean;
    /** The product closed the form itself (so it may reopen it when staff move the end date later). */
    readonly closedHere?: true;
  };
  /** ukuran_kelompok_minimum was raised to the floor by an upgrade: from what, when. */
  minGroupRaised?: { readonly from: number; readonly at: number };
  /** The layout version of the derived state (Skor, aggregates); older is rebuilt by an automatic recompute. */
  derived?: number;
  /** The OAuth scopes the triggers' owner authorised, as far as the product knows (undefined: version 1's). */
  scopes?: string[];
  /** Questions whose column the responses tab no longer shows (a header edited by staff): new responses wait. */
  columnsMissing?: string[];
  /** The last "Uji Platform" outcome, and a scratch form waiting for its tab. */
  platform?: PlatformOutcome;
  platformPending?: PlatformPending;
  /** The added scopes the owner was emailed about (once). */
  scopesMailed?: string;
  localeSet?: boolean;
  /** Setup has looked once for the new spreadsheet's empty default tab (and removed it). */
  defaultSheetChecked?: boolean;
  lastError?: { time: string; message: string; mailedOn?: string };
  /**
   * A recompute in progress: the next row to score (of the source tab `src`, by sheet id; version 2
   * had a single source scored in place), the rows in all sources, the Skor rows written so far,
   * when it last ran, its runs since the last progress.
   */
  recompute?: {
    next: number;
    total: number;
    lastRun: number;
    src?: number;
    written?: number;
    attempts?: number;
  };
  /**
   * Earlier responses tabs (sheet ids, oldest first) whose responses keep counting: the tab of a
   * form that was deleted or unlinked and replaced by setup.
   */
  retired?: number[];
  /**
   * Skor rows expected beyond the live tab's rows, as last reconciled: responses in earlier tabs,
   * less blank rows left by staff. A submission compares counts with it.
   */
  rowAdjust?: number;
  /** Where the hourly audit of whole rows resumes (a row index across every source). */
  auditAt?: number;
  /** Where the hourly audit of Skor's rows resumes. */
  skorAuditAt?: number;
  /** When the catch-up last made its full checks (the tabs read again, every timestamp compared, the audit). */
  checkedAt?: number;
}

type Props = GoogleAppsScript.Properties.Properties;

let documentProperties: Props | undefined;

/** The document's property store (got once per execution: the bundle is loaded afresh for each). */
export function docProps(): Props {
  documentProperties ??= PropertiesService.getDocumentProperties();
  return documentProperties;
}

/** Everything the product keeps, from one read of the store. */
export interface Stored {
  readonly state: State;
  /** The state was stored by an earlier version and migrated on reading (not yet written back). */
  readonly migrated: boolean;
  /** How many Skor rows the stored aggregates reflect (a crash between the two shows as a difference). */
  readonly aggRows: number;
  /** How many Skor rows the dashboard's values reflect. */
  readonly dashRows: number;
  /** When the Perilaku tab was last written and how many rows it took. */
  readonly behaviours: { readonly day: string; readonly rows: number };
  /** The live responses tab's rows that Skor reflects (-1 unknown): a submission at the next row is the fast case. */
  readonly liveRows: number;
  /** The reminder history's hidden tab (undefined: version 2 kept the history in properties). */
  readonly historySheetId?: number;
  /** Every value as read (for a run that records itself in a write it makes anyway). */
  readonly raw: Readonly<Record<string, string>>;
  /** The unit order of the dashboard's table (as its last full refresh laid it out). */
  readonly dashOrder: readonly string[];
  /** How many Skor rows the last full dashboard refresh reflected. */
  readonly fullRows: number;
  /** Reminder history (kept state: a recompute never resets it). */
  readonly reminders: History;
  /** The last weekly digest. */
  readonly digest?: DigestMemo;
  readonly snapshot?: Snapshot;
  readonly aggs: Aggregates;
  readonly links: Record<string, string>;
  /** The sample pre-filled link every unit's is derived from (version 2; version 1 stored each). */
  readonly linkBase?: { readonly url: string; readonly choice: string };
  readonly keys: readonly string[];
  /** Timestamps of responses staff edited since the last reconcile, or "all". */
  readonly edited: readonly number[] | "all";
  /** Staff edited Skor since the last hourly check of it. */
  readonly skorEdited: boolean;
  /** Staff edited Pengaturan or Unit Kerja since the last hourly run read them. */
  readonly tabsEdited: boolean;
}

/** A unit's stored aggregate, its cells keyed safely (profile answers are respondents' text). */
function withCells(a: Agg): Agg {
  return a.cells ? { ...a, cells: dict(a.cells) } : a;
}

export function loadStored(props: Props): Stored {
  const all = props.getProperties();
  const aggs: Aggregates = { all: emptyAgg(), units: dict(), groups: dict() };
  const links: Record<string, string> = dict();
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith(LINK_PREFIX)) links[k.slice(LINK_PREFIX.length)] = v;
    else if (k === `${AGG_PREFIX}all`) aggs.all = JSON.parse(v) as Agg;
    else if (k.startsWith(`${AGG_PREFIX}u.`))
      aggs.units[k.slice(AGG_PREFIX.length + 2)] = withCells(JSON.parse(v) as Agg);
    else if (k.startsWith(`${AGG_PREFIX}g.`))
      aggs.groups[k.slice(AGG_PREFIX.length + 2)] = JSON.parse(v) as Agg;
  }
  const rawState = all[STATE_KEY];
  const parsed = rawState ? (JSON.parse(rawState) as State) : undefined;
  // Kept state of an earlier version is migrated, never dropped.
  const state = parsed ? migrateState(parsed, Date.now()) : { v: STATE_VERSION, derived: DERIVED_VERSION };
  const snapshotJson = readParts(all, SNAPSHOT_KEY);
  const snapshot = snapshotJson ? (JSON.parse(snapshotJson) as Snapshot) : undefined;
  const aggRows = Number(all[AGG_ROWS_KEY] ?? 0);
  const dashRows = Number(all[DASH_ROWS_KEY] ?? -1);
  const [behDay, behRows] = String(all[BEHAVIOURS_KEY] ?? "|0").split("|");
  const liveRows = Number(all[LIVE_ROWS_KEY] ?? -1);
  const dashOrderJson = readParts(all, DASH_ORDER_KEY);
  const dashOrder = dashOrderJson ? (JSON.parse(dashOrderJson) as string[]) : [];
  const fullRows = Number(all[FULL_ROWS_KEY] ?? -1);
  const remindersJson = readParts(all, REMINDERS_KEY);
  const parsedReminders = remindersJson ? (JSON.parse(remindersJson) as History) : EMPTY_HISTORY;
  const reminders = { ...parsedReminders, units: dict(parsedReminders.units) };
  const digestJson = readParts(all, DIGEST_KEY);
  const digest = digestJson ? (JSON.parse(digestJson) as DigestMemo) : undefined;
  const editedJson = all[EDITED_KEY];
  const edited = editedJson === "all" ? "all" : editedJson ? (JSON.parse(editedJson) as number[]) : [];
  const linkBase = all[LINK_BASE_KEY] ? (JSON.parse(all[LINK_BASE_KEY]) as Stored["linkBase"]) : undefined;
  return {
    state,
    linkBase,
    migrated: parsed !== undefined && parsed.v !== state.v,
    snapshot,
    aggs,
    links,
    keys: Object.keys(all),
    aggRows,
    dashRows,
    behaviours: { day: behDay ?? "", rows: Number(behRows) || 0 },
    dashOrder,
    fullRows,
    reminders,
    digest,
    edited,
    skorEdited: all[SKOR_EDITED_KEY] !== undefined,
    tabsEdited: all[TABS_EDITED_KEY] !== undefined,
    liveRows,
    historySheetId: all[HISTORY_TAB_KEY] === undefined ? undefined : Number(all[HISTORY_TAB_KEY]),
    raw: all,
  };
}

export function readState(props: Props): State {
  return loadStored(props).state;
}

export function writeState(props: Props, state: State): void {
  props.setProperty(STATE_KEY, JSON.stringify(state));
}

/** A property value holds at most 9 KB: what grows with the units (snapshot, reminder history) is stored in parts. */
const PART = 8000;

/**
 * Writes a JSON value as parts `base.0`, `base.1` … in one call; parts left over from a longer
 * earlier value are deleted (known from `existing` keys when the caller has them, else probed).
 */

/** A value cut into parts of at most PART characters, under base.0, base.1, … */
export function partEntries(base: string, json: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i * PART < json.length; i++) entries[`${base}.${i}`] = json.slice(i * PART, (i + 1) * PART);
  return entries;
}

/** Whether a key is the base itself (an earlier version's single value) or a part from `from` on. */
export function isPartFrom(key: string, base: string, from: number): boolean {
  return key === base || (key.startsWith(`${base}.`) && Number(key.slice(base.length + 1)) >= from);
}

export function writeParts(
  props: Props,
  base: string,
  json: string,
  existing?: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): void {
  const entries = partEntries(base, json);
  const count = Object.keys(entries).length;
  props.setProperties({ ...extra, ...entries });
  if (existing) {
    for (const k of existing) if (isPartFrom(k, base, count)) props.deleteProperty(k);
    return;
  }
  for (let i = count; props.getProperty(`${base}.${i}`) !== null; i++) props.deleteProperty(`${base}.${i}`);
}

/** A value stored in parts; version 1 kept the reminder history as one property under the base key itself. */
function readParts(all: Record<string, string>, base: string): string | undefined {
  const parts: string[] = [];
  for (let i = 0; all[`${base}.${i}`] !== undefined; i++) parts.push(all[`${base}.${i}`]);
  return parts.length ? parts.join("") : all[base];
}
