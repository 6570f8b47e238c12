/**
 * Respondent-weighted aggregates (INSTRUMENT.md): per unit, for the whole instansi and per
 * profile group, kept as exact integer sums of (answer - 1) so that adding responses one by one
 * and recomputing from scratch give the same figures exactly.
 */

import { dict } from "../text/dict";
import { GROUPS, groupScore, type Scored, STATUS } from "./scoring";

export interface Agg {
  n: number;
  /** Σ over valid responses of each group's raw sum: the 7 values, then EB. */
  raw: number[];
  /** Σ over valid responses of each behaviour's x - 1: the 21 behaviours (absent in an aggregate stored by layout 3 or earlier). */
  beh?: number[];
  /**
   * A unit's respondents per pair of profile answers (`cellKey`), for the check across Dasbor's
   * tables; units only, absent in an aggregate stored by layout 4 or earlier. Bounded: profile
   * answers outside the form's choices count as "lainnya".
   */
  cells?: Record<string, number>;
}

/** A unit's cell of a pair of profile answers ("" = not answered). */
export function cellKey(employment: string, position: string): string {
  return `${employment}\t${position}`;
}

/** The pair of profile answers of a cell's key. */
export function cellAnswers(key: string): { employment: string; position: string } {
  const at = key.indexOf("\t");
  return { employment: key.slice(0, at), position: key.slice(at + 1) };
}

/** The 21 behaviours' codes, in the instrument's order (the first seven groups' items). */
export const BEHAVIOURS: readonly string[] = GROUPS.slice(0, 7).flat();

/** Each behaviour's value (its index among the seven). */
export const BEHAVIOUR_VALUE: readonly number[] = GROUPS.slice(0, 7).flatMap((items, v) =>
  items.map(() => v),
);

export interface Aggregates {
  all: Agg;
  units: Record<string, Agg>;
  /** "employment|PNS", "position|Fungsional" … */
  groups: Record<string, Agg>;
}

export function emptyAgg(): Agg {
  return { n: 0, raw: GROUPS.map(() => 0), beh: BEHAVIOURS.map(() => 0) };
}

export function emptyAggregates(): Aggregates {
  return { all: emptyAgg(), units: dict(), groups: dict() };
}

/** The profile groups a response belongs to. */
export function groupKeys(s: Pick<Scored, "employment" | "position">): string[] {
  const out: string[] = [];
  if (s.employment) out.push(`employment|${s.employment}`);
  if (s.position) out.push(`position|${s.position}`);
  return out;
}

function bump(a: Agg, s: Pick<Scored, "raw"> & { readonly beh?: Scored["beh"] }, sign: 1 | -1): void {
  a.n += sign;
  s.raw.forEach((r, i) => {
    a.raw[i] += sign * (r ?? 0);
  });
  // An aggregate stored by an earlier layout has no behaviour sums until the automatic recompute.
  a.beh ??= BEHAVIOURS.map(() => 0);
  const sums = a.beh;
  s.beh?.forEach((r, i) => {
    sums[i] += sign * (r ?? 0);
  });
}

/** Adds (sign 1) or removes (sign -1) a valid response everywhere it counts; other statuses count nowhere. */
export function apply(
  aggs: Aggregates,
  s: Pick<Scored, "status" | "unit" | "raw" | "employment" | "position"> & { readonly beh?: Scored["beh"] },
  sign: 1 | -1,
): string[] {
  if (s.status !== STATUS.valid) return [];
  bump(aggs.all, s, sign);
  aggs.units[s.unit] ??= { ...emptyAgg(), cells: dict() };
  const unit = aggs.units[s.unit];
  bump(unit, s, sign);
  // An aggregate stored by an earlier layout has no cells until the automatic recompute.
  if (unit.cells) {
    const k = cellKey(s.employment, s.position);
    const n = (unit.cells[k] ?? 0) + sign;
    if (n === 0) delete unit.cells[k];
    else unit.cells[k] = n;
  }
  const groups = groupKeys(s);
  for (const g of groups) {
    aggs.groups[g] ??= emptyAgg();
    bump(aggs.groups[g], s, sign);
  }
  return [s.unit, ...groups];
}

export interface Means {
  readonly n: number;
  /** The 7 value means (null without responses). */
  readonly values: readonly (number | null)[];
  /** The group's index: the mean of its 7 value means. */
  readonly index: number | null;
  readonly eb: number | null;
}

/** The means of an aggregate for a scale of `points`. */
export function meansOf(a: Agg | undefined, points: number): Means {
  const n = a?.n ?? 0;
  if (!a || n === 0) return { n: 0, values: GROUPS.slice(0, 7).map(() => null), index: null, eb: null };
  const values = GROUPS.slice(0, 7).map((items, i) => groupScore(a.raw[i] / n, items.length, points));
  return {
    n,
    values,
    index: values.reduce((x, y) => x + y, 0) / values.length,
    eb: groupScore(a.raw[7] / n, GROUPS[7].length, points),
  };
}

/** The 21 behaviours' mean scores (0..100) of an aggregate; nulls without responses or sums. */
export function behaviourMeans(a: Agg | undefined, points: number): (number | null)[] {
  const n = a?.n ?? 0;
  return BEHAVIOURS.map((_, i) =>
    a && n > 0 && a.beh && a.beh.length === BEHAVIOURS.length ? groupScore(a.beh[i] / n, 1, points) : null,
  );
}

/** Aggregates of a whole set of scored responses (the recompute's way). */
export function aggregateAll(
  rows: readonly (Pick<Scored, "status" | "unit" | "raw" | "employment" | "position"> & {
    readonly beh?: Scored["beh"];
  })[],
): Aggregates {
  const aggs = emptyAggregates();
  for (const r of rows) apply(aggs, r, 1);
  return aggs;
}

/** Adds (or with sign -1 takes away) one aggregate to another. */
export function addAgg(into: Agg, a: Agg | undefined, sign: 1 | -1 = 1): void {
  if (!a) return;
  into.n += sign * a.n;
  if (a.beh) {
    into.beh ??= a.beh.map(() => 0);
    const sums = into.beh;
    a.beh.forEach((r, i) => {
      sums[i] += sign * r;
    });
  }
  a.raw.forEach((r, i) => {
    into.raw[i] += sign * r;
  });
}

/** Whether two aggregates agree: counts and sums; behaviour sums and cells where both have them. */
function sameAgg(a: Agg | undefined, b: Agg | undefined): boolean {
  const x = a ?? emptyAgg();
  const y = b ?? emptyAgg();
  if (x.n !== y.n || x.raw.some((r, i) => r !== y.raw[i])) return false;
  if (x.n === 0) return true;
  if (x.beh && y.beh && x.beh.some((r, i) => r !== y.beh?.[i])) return false;
  if (!x.cells || !y.cells) return true;
  const cx = x.cells;
  const cy = y.cells;
  const keys = new Set([...Object.keys(cx), ...Object.keys(cy)]);
  return [...keys].every((k) => (cx[k] ?? 0) === (cy[k] ?? 0));
}

/**
 * Whether two sets of aggregates give the same figures everywhere (a unit or group with no
 * responses is the same as one not there): what Skor says now against what the product counted.
 */
export function sameAggregates(a: Aggregates, b: Aggregates): boolean {
  const same = (x: Record<string, Agg>, y: Record<string, Agg>) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => sameAgg(x[k], y[k]));
  return sameAgg(a.all, b.all) && same(a.units, b.units) && same(a.groups, b.groups);
}
