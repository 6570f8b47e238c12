/**
 * The entries runs write to the store (state.ts): the snapshot, the aggregates with the Skor row
 * count they reflect, the units' links, the dashboard's marks, the digest memo, the reminders.
 */
import { substitutePrefill } from "../../core/campaign/prefill";
import { unitChoice } from "../../core/campaign/units";
import type { Aggregates } from "../../core/counting/aggregate";
import type { Snapshot } from "../../core/counting/snapshot";
import type { History } from "../../core/letters/reminders";
import { truncate } from "../../core/text/escape";
import {
  AGG_PREFIX,
  AGG_ROWS_KEY,
  BEHAVIOURS_KEY,
  DASH_ORDER_KEY,
  DASH_ROWS_KEY,
  DIGEST_KEY,
  type DigestMemo,
  FULL_ROWS_KEY,
  isPartFrom,
  LINK_BASE_KEY,
  LINK_PREFIX,
  LIVE_ROWS_KEY,
  partEntries,
  REMINDERS_KEY,
  SNAPSHOT_KEY,
  type Stored,
  writeParts,
} from "./state";

type Props = GoogleAppsScript.Properties.Properties;

export function writeSnapshot(props: Props, snapshot: Snapshot): void {
  writeParts(props, SNAPSHOT_KEY, JSON.stringify(snapshot));
}

/** The property entries of the named aggregates ("all", a unit code, or a group key), with the Skor rows they reflect. */
export function aggEntries(aggs: Aggregates, names: readonly string[], rows: number): Record<string, string> {
  const out: Record<string, string> = {
    [`${AGG_PREFIX}all`]: JSON.stringify(aggs.all),
    [AGG_ROWS_KEY]: String(rows),
  };
  for (const n of names) {
    if (aggs.units[n]) out[`${AGG_PREFIX}u.${n}`] = JSON.stringify(aggs.units[n]);
    if (aggs.groups[n]) out[`${AGG_PREFIX}g.${n}`] = JSON.stringify(aggs.groups[n]);
  }
  return out;
}

/** Replaces every stored aggregate (a recompute's write). */
export function writeAllAggregates(
  props: Props,
  aggs: Aggregates,
  existingKeys: readonly string[],
  rows: number,
  extra: Record<string, string> = {},
): void {
  const next = {
    ...aggEntries(aggs, [...Object.keys(aggs.units), ...Object.keys(aggs.groups)], rows),
    ...extra,
  };
  for (const k of existingKeys) if (k.startsWith(AGG_PREFIX) && !(k in next)) props.deleteProperty(k);
  props.setProperties(next);
}

/**
 * Stores the pre-filled links of a form update: the sample every link is derived from, or (when
 * substitution failed) each unit's link, one property each. What the other form leaves is deleted.
 */
export function writeLinks(
  props: Props,
  result: { base?: { url: string; choice: string }; links: Readonly<Record<string, string>> },
): void {
  const all = props.getProperties();
  const next: Record<string, string> = {};
  for (const [code, url] of Object.entries(result.links)) next[LINK_PREFIX + code] = url;
  if (result.base) next[LINK_BASE_KEY] = JSON.stringify(result.base);
  for (const key of Object.keys(all))
    if ((key.startsWith(LINK_PREFIX) || key === LINK_BASE_KEY) && !(key in next)) props.deleteProperty(key);
  props.setProperties(next);
}

/**
 * A unit's pre-filled link: stored, or derived from the sample for a unit the form offers; ""
 * otherwise. The snapshot keeps names cut short, so the unit's full current name is used when it
 * is the one the form was built with.
 */
export function unitLink(stored: Stored, unit: { code: string; name: string }): string {
  if (stored.links[unit.code]) return stored.links[unit.code];
  const offered = stored.snapshot?.units.find((u) => u.code === unit.code && u.active && u.offered !== false);
  if (!stored.linkBase || !offered) return "";
  const formName = offered.formName ?? offered.name;
  const name = formName === truncate(unit.name, formName.length) ? unit.name : formName;
  return substitutePrefill(
    stored.linkBase.url,
    stored.linkBase.choice,
    unitChoice({ code: unit.code, name }),
  );
}

/** Records how many rows of the live responses tab Skor reflects. */
export function liveEntry(rows: number): Record<string, string> {
  return { [LIVE_ROWS_KEY]: String(rows) };
}

/** Records how many Skor rows the dashboard's values reflect. */
export function behavioursEntry(day: string, rows: number): Record<string, string> {
  return { [BEHAVIOURS_KEY]: `${day}|${rows}` };
}

export function dashEntry(rows: number): Record<string, string> {
  return { [DASH_ROWS_KEY]: String(rows) };
}

/** Records the dashboard table's unit order (for the values update between full refreshes). */
export function dashOrderEntry(
  order: readonly string[],
  existing: readonly string[],
): Record<string, string> {
  // In parts: a thousand unit codes outgrow one property (9 KB). Parts left over from a longer
  // order are emptied in the same write (an empty part adds nothing to the value).
  const out = partEntries(DASH_ORDER_KEY, JSON.stringify(order));
  const count = Object.keys(out).length;
  for (const k of existing) if (isPartFrom(k, DASH_ORDER_KEY, count)) out[k] = "";
  return out;
}

/** Records how many Skor rows the last full dashboard refresh reflected. */
export function fullRowsEntry(rows: number): Record<string, string> {
  return { [FULL_ROWS_KEY]: String(rows) };
}

/**
 * The reminder history, in parts: a unit's line is small, but 240 units outgrew one property
 * (9 KB) and the run then failed after sending. `existing`: the store's keys as last read.
 */
export function writeDigest(props: Props, digest: DigestMemo, existing: readonly string[]): void {
  writeParts(props, DIGEST_KEY, JSON.stringify(digest), existing);
}

/** The run's facts; `extra` entries (the run's own record) go in the same write. */
export function writeReminderHistory(
  props: Props,
  history: History,
  existing: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): void {
  writeParts(props, REMINDERS_KEY, JSON.stringify(history), existing, extra);
}
