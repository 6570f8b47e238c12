/**
 * A release of the results (RELIABILITY.md "Privacy and access"): the only way scores leave the
 * Sheet. A release is computed from one set of responses (the counted rows of Skor, at one moment)
 * and freezes, per group, its respondents and whether its scores are shown. Pure: the shell reads
 * Skor and the earlier score releases' members, and writes what this returns.
 */
import {
  type Agg,
  BEHAVIOUR_VALUE,
  BEHAVIOURS,
  behaviourMeans,
  emptyAgg,
  type Means,
  meansOf,
} from "../counting/aggregate";
import { PROFILE, VALUES } from "../counting/instrument";
import { GROUPS, OTHER_GROUP } from "../counting/scoring";
import { behaviourAtEnd, boundedTable, boundedTotal, crossLeak, type Hide, suppress } from "./privacy";

/** A counted response as a release sees it: its key, unit, profile answers and raw sums (7 values, EB). */
export interface Member {
  readonly key: string;
  readonly unit: string;
  readonly employment: string;
  readonly position: string;
  readonly raw: readonly number[];
  /** The 21 behaviours' x - 1, or null for a Skor row of an earlier layout (no behaviour figures then). */
  readonly beh?: readonly number[] | null;
}

/** What a release keeps of each respondent: enough to check later releases against it. */
export type Membership = Pick<Member, "key" | "unit" | "employment" | "position">;

export type Dim = "all" | "unit" | "employment" | "position";

export interface ReleaseGroup {
  readonly dim: Dim;
  /** The unit's code, the profile answer ("" = not answered), or "" for the whole instansi. */
  readonly id: string;
  readonly n: number;
  readonly hide: Hide | null;
  /** The group's scores, kept only when shown. */
  readonly means: Means | null;
  /** The 21 behaviours' scores when shown and every member carries them; null otherwise. */
  readonly beh: (number | null)[] | null;
  /**
   * Bounded answers (privacy.ts `boundedTable`): per score — the 7 values, then EB — whether it is
   * withheld although the group is shown; the index is withheld with any of the seven.
   */
  readonly withheld: readonly boolean[];
  /** Per behaviour, whether it is withheld for bounded answers (its value withheld, or at the scale's end). */
  readonly behWithheld: readonly boolean[];
}

/** A group's identity across releases. */
export function groupId(g: Pick<ReleaseGroup, "dim" | "id">): string {
  return `${g.dim}:${g.id}`;
}

/** The profile answers a breakdown lists, in the form's order, then "other", then "not answered". */
function profileGroups(dim: "employment" | "position", members: readonly Member[]): string[] {
  const seen = new Set(members.map((m) => m[dim]));
  return [...(PROFILE[dim].choices ?? []), OTHER_GROUP, ""].filter((g) => seen.has(g));
}

function addTo(a: Agg, m: Member): void {
  a.n += 1;
  m.raw.forEach((r, i) => {
    a.raw[i] += r;
  });
  // A member without behaviour answers leaves the group's behaviour sums incomplete: none are shown.
  if (m.beh && a.beh) {
    const sums = a.beh;
    m.beh.forEach((r, i) => {
      sums[i] += r;
    });
  } else a.beh = undefined;
}

/**
 * The groups of a release: the total, every active unit (in the order given), and each profile
 * breakdown whose question anyone answered, with the within-table rule applied to each table and
 * then the cross-table search, which hides more profile groups until no combination isolates
 * fewer than `min` respondents. `members` must already be only the counted responses of active
 * units.
 */
export function buildRelease(
  members: readonly Member[],
  unitCodes: readonly string[],
  min: number,
  points: number,
  /** Groups ("unit:BU" …) to withhold as waiting, whatever their counts. */
  withhold: ReadonlySet<string> = new Set(),
): ReleaseGroup[] {
  const total = emptyAgg();
  const unitIndex = new Map(unitCodes.map((c, i) => [c, i]));
  const units = unitCodes.map(() => emptyAgg());
  const dims = (["employment", "position"] as const).filter((d) => members.some((m) => m[d] !== ""));
  const lists = {
    employment: dims.includes("employment") ? profileGroups("employment", members) : [],
    position: dims.includes("position") ? profileGroups("position", members) : [],
  };
  const aggs = {
    employment: lists.employment.map(() => emptyAgg()),
    position: lists.position.map(() => emptyAgg()),
  };
  const cellCounts = new Map<string, { unit: number; e: number; p: number; n: number }>();
  for (const m of members) {
    const u = unitIndex.get(m.unit);
    if (u === undefined) continue;
    addTo(total, m);
    addTo(units[u], m);
    const e = lists.employment.indexOf(m.employment);
    const p = lists.position.indexOf(m.position);
    if (e >= 0) addTo(aggs.employment[e], m);
    if (p >= 0) addTo(aggs.position[p], m);
    const k = `${u}|${e}|${p}`;
    const c = cellCounts.get(k);
    if (c) c.n += 1;
    else cellCounts.set(k, { unit: u, e: Math.max(0, e), p: Math.max(0, p), n: 1 });
  }
  const pinned = (dim: Exclude<Dim, "all">, ids: readonly string[]) =>
    ids.map((id) => withhold.has(`${dim}:${id}`));
  const totalShown = total.n >= min;
  const all = (n: number) => Array<Hide | null>(n).fill(total.n < min ? "small" : "protect");
  const table = (dim: Exclude<Dim, "all">, counts: readonly number[], ids: readonly string[]) =>
    totalShown ? suppress(counts, min, { pinned: pinned(dim, ids) }) : all(counts.length);
  const unitHide = table(
    "unit",
    units.map((a) => a.n),
    unitCodes,
  );
  const hide = {
    employment: table(
      "employment",
      aggs.employment.map((a) => a.n),
      lists.employment,
    ),
    position: table(
      "position",
      aggs.position.map((a) => a.n),
      lists.position,
    ),
  };
  if (totalShown) {
    const cells = [...cellCounts.values()];
    const flags = (h: readonly (Hide | null)[], n: number) => (n === 0 ? [true] : h.map((x) => x !== null));
    for (;;) {
      const leak = crossLeak(
        cells,
        {
          unitHidden: unitHide.map((x) => x !== null),
          eHidden: flags(hide.employment, lists.employment.length),
          pHidden: flags(hide.position, lists.position.length),
        },
        min,
      );
      if (!leak) break;
      // Hide the smallest profile group taking part; the hidden ones then hold at least the minimum.
      const candidates = [
        ...leak.e.map((i) => ({ dim: "employment" as const, i, n: aggs.employment[i].n })),
        ...leak.p.map((i) => ({ dim: "position" as const, i, n: aggs.position[i].n })),
      ].sort((a, b) => a.n - b.n);
      const first = candidates[0];
      if (!first) break;
      hide[first.dim][first.i] = "protect";
    }
  }
  const bounded = (list: readonly Agg[], h: readonly (Hide | null)[]) =>
    boundedTable(
      total,
      list.map((a, i) => ({ sums: a, shown: a.n > 0 && h[i] === null })),
      min,
      points,
    );
  const totalWithheld = GROUPS.map((_, i) => boundedTotal(total, i, min, points));
  const withheld = {
    unit: bounded(units, unitHide),
    employment: bounded(aggs.employment, hide.employment),
    position: bounded(aggs.position, hide.position),
  };
  const none = GROUPS.map(() => false);
  const group = (
    dim: Dim,
    id: string,
    a: Agg,
    h: Hide | null,
    w: readonly boolean[] = none,
  ): ReleaseGroup => {
    const shown = a.n > 0 && !h;
    const ends = shown ? w : none;
    const m = shown ? meansOf(a, points) : null;
    const anyValue = ends.slice(0, VALUES.length).some((x) => x);
    const behWithheld = BEHAVIOURS.map(
      (_, j) =>
        shown &&
        (ends[BEHAVIOUR_VALUE[j]] || (a.beh !== undefined && behaviourAtEnd(a.n, a.beh[j], min, points))),
    );
    return {
      dim,
      id,
      n: a.n,
      hide: a.n === 0 ? null : h,
      means: m && anyValue ? { ...m, index: null } : m,
      beh: shown && a.beh ? behaviourMeans(a, points) : null,
      withheld: ends,
      behWithheld,
    };
  };
  return [
    group("all", "", total, totalShown ? null : total.n < min ? "small" : "protect", totalWithheld),
    ...unitCodes.map((c, i) => group("unit", c, units[i], unitHide[i], withheld.unit[i])),
    ...lists.employment.map((g, i) =>
      group("employment", g, aggs.employment[i], hide.employment[i], withheld.employment[i]),
    ),
    ...lists.position.map((g, i) =>
      group("position", g, aggs.position[i], hide.position[i], withheld.position[i]),
    ),
  ];
}

/**
 * A participation release (during the campaign): the total and every active unit with their
 * counts, no scores at all.
 */
export function participationRelease(
  members: readonly Membership[],
  unitCodes: readonly string[],
): ReleaseGroup[] {
  const counts = new Map(unitCodes.map((c) => [c, 0]));
  let total = 0;
  for (const m of members) {
    const n = counts.get(m.unit);
    if (n === undefined) continue;
    counts.set(m.unit, n + 1);
    total += 1;
  }
  const none = GROUPS.map(() => false);
  const group = (dim: Dim, id: string, n: number): ReleaseGroup => ({
    dim,
    id,
    n,
    hide: null,
    means: null,
    beh: null,
    withheld: none,
    behWithheld: BEHAVIOURS.map(() => false),
  });
  return [group("all", "", total), ...unitCodes.map((c) => group("unit", c, counts.get(c) ?? 0))];
}

/** Whether a group's scores are shown in a release. */
export function isShown(g: ReleaseGroup): boolean {
  return g.means !== null;
}

/** The raw sums of a Skor entry as a member's: null sums (never in a counted row) count as 0. */
export function rawOf(raw: readonly (number | null)[]): number[] {
  return GROUPS.map((_, i) => raw[i] ?? 0);
}
