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
import { groupsOfMember, leakAcross, type PublishedRelease } from "./releaseCheck";

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

/** A group that must wait, or the reason a release is refused. */
export interface Conflict {
  readonly dim: Dim;
  /** The group ("" with dim "all": the whole instansi). */
  readonly id: string;
  /**
   * leak: together with the earlier score releases, showing the group would let the scores of
   * `changed` respondents (fewer than the minimum) be worked out; unchecked: the check over all
   * releases did not finish within its work budget, so the group is withheld.
   */
  readonly kind: "leak" | "unchecked";
  /** How many respondents the combination found involves (0 when unchecked). */
  readonly changed: number;
}

/** What a release keeps of each respondent: enough to check later releases against it. */
export type Membership = Pick<Member, "key" | "unit" | "employment" | "position">;

/** One earlier score release as the check reads it. */
export type History = readonly PublishedRelease[];

/** The groups of a release a set of respondents belongs to, shown and not the total. */
function touching(
  groups: readonly ReleaseGroup[],
  members: readonly Membership[],
  keys: ReadonlySet<string>,
) {
  const theirs = new Set(members.flatMap((m) => (keys.has(m.key) ? groupsOfMember(m) : [])));
  return groups.filter((g) => isShown(g) && g.dim !== "all" && theirs.has(groupId(g)));
}

/**
 * A score release's groups under every rule, or the conflicts that stop it. The release is
 * checked on its own and with every earlier score release of the campaign together
 * (releaseCheck.ts: signed combinations too, which the per-table rules do not see); while a
 * combination isolates fewer than the minimum, the smallest shown group it touches is withheld
 * and the release built again. It is refused only when withholding cannot help: the combination
 * runs through the instansi's total alone.
 */
export function planRelease(
  members: readonly Member[],
  unitCodes: readonly string[],
  min: number,
  points: number,
  history: History = [],
  budget?: number,
): {
  readonly groups: ReleaseGroup[];
  readonly conflicts: readonly Conflict[];
  readonly waiting: readonly Conflict[];
} {
  const withhold = new Set<string>();
  const waiting: Conflict[] = [];
  // The plain case first, without a search: a group whose respondents differ from those it had in
  // an earlier release that showed it by fewer than the minimum would show the difference.
  for (const [g, diff] of differences(members, history))
    if (diff > 0 && diff < min && !g.startsWith("all:")) {
      withhold.add(g);
      const at = g.indexOf(":");
      waiting.push({ dim: g.slice(0, at) as Dim, id: g.slice(at + 1), kind: "leak", changed: diff });
    }
  let groups = buildRelease(members, unitCodes, min, points, withhold);
  // The groups respondents joined or left since the last release they were counted in: where a
  // combination runs through none of the groups its respondents are in, or the budget runs out,
  // these are withheld first, then any other shown group.
  const lastSeen = new Map<string, Membership>();
  for (const r of history) for (const m of r.members) lastSeen.set(m.key, m);
  const moved = new Set<string>();
  const now = new Set(members.map((m) => m.key));
  const mark = (m: Membership) => {
    for (const g of groupsOfMember(m)) moved.add(g);
  };
  for (const m of members) {
    const before = lastSeen.get(m.key);
    if (!before || groupsOfMember(before).join("\u0000") !== groupsOfMember(m).join("\u0000")) {
      mark(m);
      if (before) mark(before);
    }
  }
  for (const [key, m] of lastSeen) if (!now.has(key)) mark(m);
  for (;;) {
    const shown = new Set(groups.filter(isShown).map(groupId));
    const result = leakAcross([...history, { members, shown }], min, budget);
    if (result.kind === "safe") return { groups, conflicts: [], waiting };
    // Profile groups go first (units are what staff act on), the smallest first; a group holding
    // every respondent is the total again, and withholding it would change nothing.
    const everyone = members.length;
    const open = (list: readonly ReleaseGroup[]) =>
      [...list]
        .sort((a, b) => Number(a.dim === "unit") - Number(b.dim === "unit") || a.n - b.n)
        .find((g) => !withhold.has(groupId(g)) && g.n < everyone);
    const next =
      (result.kind === "leak" ? open(touching(groups, members, new Set(result.keys))) : undefined) ??
      open(groups.filter((g) => isShown(g) && g.dim !== "all" && moved.has(groupId(g)))) ??
      // A combination can run through a group nobody joined or left (shown now, withheld before).
      open(groups.filter((g) => isShown(g) && g.dim !== "all"));
    const size = result.kind === "leak" ? result.keys.length : 0;
    const kind = result.kind === "leak" ? ("leak" as const) : ("unchecked" as const);
    if (!next) {
      // Nothing shown but the total touches them: the total itself would tell.
      return { groups, conflicts: [{ dim: "all", id: "", kind, changed: size }], waiting };
    }
    withhold.add(groupId(next));
    waiting.push({ dim: next.dim, id: next.id, kind, changed: size });
    groups = buildRelease(members, unitCodes, min, points, withhold);
  }
}

/**
 * Per group, the fewest respondents (at least one) by which its members now differ from its
 * members in an earlier release that showed it (joined plus left); absent when none differs.
 */
function differences(members: readonly Membership[], history: History): Map<string, number> {
  const setsOf = (list: readonly Membership[]) => {
    const out = new Map<string, Set<string>>();
    for (const m of list)
      for (const g of groupsOfMember(m)) {
        let set = out.get(g);
        if (!set) {
          set = new Set();
          out.set(g, set);
        }
        set.add(m.key);
      }
    return out;
  };
  const now = setsOf(members);
  const out = new Map<string, number>();
  for (const r of history) {
    const then = setsOf(r.members);
    for (const g of r.shown) {
      const a = now.get(g) ?? new Set<string>();
      const b = then.get(g) ?? new Set<string>();
      let diff = 0;
      for (const k of a) if (!b.has(k)) diff += 1;
      for (const k of b) if (!a.has(k)) diff += 1;
      if (diff > 0) out.set(g, Math.min(out.get(g) ?? diff, diff));
    }
  }
  return out;
}

/** Whether a group's scores are shown in a release. */
export function isShown(g: ReleaseGroup): boolean {
  return g.means !== null;
}

/** The raw sums of a Skor entry as a member's: null sums (never in a counted row) count as 0. */
export function rawOf(raw: readonly (number | null)[]): number[] {
  return GROUPS.map((_, i) => raw[i] ?? 0);
}
