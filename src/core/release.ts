/**
 * A release of the results (RELIABILITY.md "Privacy and access"): the only way scores leave the
 * Sheet. A release is computed from one set of responses (the counted rows of Skor, at one moment)
 * and freezes, per group, its respondents and whether its scores are shown. Pure: the shell reads
 * Skor and the previous release's members, and writes what this returns.
 */

import { type Agg, behaviourMeans, emptyAgg, type Means, meansOf } from "./aggregate";
import { smallDeterminable } from "./exactCheck";
import { PROFILE } from "./instrument";
import { crossLeak, type Hide, suppress } from "./privacy";
import { GROUPS, OTHER_GROUP } from "./scoring";

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
  /** The last release, if any: a group it did not show stays hidden until it has changed by the minimum. */
  previous?: Previous,
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
  // Against the last release (see `releaseConflicts`): a group is kept hidden when showing it
  // would publish fewer than the minimum of those who joined or left it, or — when the last
  // release did not show it — of those counted in both.
  const parts = previous ? groupParts(previous.members, members) : null;
  const part = (id: string) => parts?.get(id) ?? { stable: 0, changed: 0 };
  const small = (x: number) => x > 0 && x < min;
  const pinned = (dim: Exclude<Dim, "all">, ids: readonly string[]) =>
    ids.map((id) => {
      const g = `${dim}:${id}`;
      return (
        withhold.has(g) ||
        (parts !== null && (small(part(g).changed) || (!previous?.shown.has(g) && small(part(g).stable))))
      );
    });
  const totalShown = total.n >= min;
  const all = (n: number) => Array<Hide | null>(n).fill(total.n < min ? "small" : "protect");
  const table = (dim: Exclude<Dim, "all">, counts: readonly number[], ids: readonly string[]) => {
    if (!totalShown) return all(counts.length);
    const h = suppress(counts, min, { pinned: pinned(dim, ids) });
    // The hidden groups together must not have gained or lost fewer than the minimum either.
    const changedHidden = () => ids.reduce((a, id, i) => a + (h[i] ? part(`${dim}:${id}`).changed : 0), 0);
    while (parts !== null && small(changedHidden())) {
      let next = -1;
      ids.forEach((id, i) => {
        if (
          !h[i] &&
          counts[i] > 0 &&
          part(`${dim}:${id}`).changed > 0 &&
          (next < 0 || counts[i] < counts[next])
        )
          next = i;
      });
      if (next < 0) break;
      h[next] = "protect";
    }
    return h;
  };
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
  const group = (dim: Dim, id: string, a: Agg, h: Hide | null): ReleaseGroup => ({
    dim,
    id,
    n: a.n,
    hide: a.n === 0 ? null : h,
    means: a.n === 0 || h ? null : meansOf(a, points),
    beh: a.n === 0 || h || !a.beh ? null : behaviourMeans(a, points),
  });
  return [
    group("all", "", total, totalShown ? null : total.n < min ? "small" : "protect"),
    ...unitCodes.map((c, i) => group("unit", c, units[i], unitHide[i])),
    ...lists.employment.map((g, i) => group("employment", g, aggs.employment[i], hide.employment[i])),
    ...lists.position.map((g, i) => group("position", g, aggs.position[i], hide.position[i])),
  ];
}

/** What the rule between releases needs of the last release: its respondents and the groups it showed. */
export interface Previous {
  readonly members: readonly Membership[];
  readonly shown: ReadonlySet<string>;
}

function groupsOf(m: Membership | undefined): string[] {
  return m ? ["all:", `unit:${m.unit}`, `employment:${m.employment}`, `position:${m.position}`] : [];
}

/**
 * Per group ("unit:BU" …): its respondents counted in both releases, and how many joined or left
 * it between them (a respondent whose groups changed leaves some and joins others).
 */
export function groupParts(
  before: readonly Membership[],
  now: readonly Membership[],
): Map<string, { stable: number; changed: number }> {
  const was = new Map(before.map((m) => [m.key, m]));
  const out = new Map<string, { stable: number; changed: number }>();
  const at = (id: string) => {
    let x = out.get(id);
    if (!x) {
      x = { stable: 0, changed: 0 };
      out.set(id, x);
    }
    return x;
  };
  const seen = new Set<string>();
  for (const b of now) {
    seen.add(b.key);
    const a = was.get(b.key);
    const ga = groupsOf(a);
    const gb = groupsOf(b);
    for (const g of gb) {
      if (ga.includes(g)) at(g).stable += 1;
      else at(g).changed += 1;
    }
    for (const g of ga) if (!gb.includes(g)) at(g).changed += 1;
  }
  for (const a of before) if (!seen.has(a.key)) for (const g of groupsOf(a)) at(g).changed += 1;
  return out;
}

/**
 * A release's groups under every rule, or the conflicts that stop it. Groups the rule between
 * releases names are withheld (they wait) and the release is built again; it is refused only
 * when withholding cannot help (the instansi's own total, or after many rounds).
 */
export function planRelease(
  members: readonly Member[],
  unitCodes: readonly string[],
  min: number,
  points: number,
  previous?: Previous,
): { readonly groups: ReleaseGroup[]; readonly conflicts: readonly Conflict[] } {
  const withhold = new Set<string>();
  let groups = buildRelease(members, unitCodes, min, points, previous, withhold);
  for (let attempt = 0; previous; attempt++) {
    const conflicts = releaseConflicts(previous, { members, groups }, min);
    if (conflicts.length === 0) break;
    const shownNow = new Set(groups.filter(isShown).map(groupId));
    const more = conflicts
      .map(groupId)
      .filter((g) => shownNow.has(g) && !g.startsWith("all:") && !withhold.has(g));
    if (more.length === 0 || attempt >= 20) return { groups, conflicts };
    for (const g of more) withhold.add(g);
    groups = buildRelease(members, unitCodes, min, points, previous, withhold);
  }
  return { groups, conflicts: [] };
}

/** Whether a group's scores are shown in a release. */
export function isShown(g: ReleaseGroup): boolean {
  return g.means !== null;
}

/** A group that has changed by too few respondents since the last release to be shown again. */
export interface Conflict {
  readonly dim: Dim;
  /** The group ("" for the hidden groups of a table together). */
  readonly id: string;
  /**
   * group: respondents joined or left the group (id "" with dim "all": the whole instansi);
   * hidden: the table's hidden groups together; stable: respondents counted in both releases
   * (too few of them in a group shown in one of the two); leak: together with the last release,
   * the group would let the scores of fewer than the minimum be worked out (found exactly).
   */
  readonly kind: "group" | "hidden" | "stable" | "leak";
  /** How many respondents (joined plus left, or stable). */
  readonly changed: number;
}

/** What a release keeps of each respondent: enough to compare the next release with it. */
export type Membership = Pick<Member, "key" | "unit" | "employment" | "position">;

/**
 * The rule between releases (RELIABILITY.md). Compared with the last release, every respondent
 * is stable (in the same published groups in both) or changed (joined, left, or moved between
 * published groups; a respondent whose answers changed left and joined).
 *
 * With joiners only, whatever the two releases determine together is a stable part (a combination
 * of the groups shown in either, over the stable respondents) plus a joined part (of the groups
 * the new release shows, over the joiners). Each part is checked like a release of its own: in
 * every shown group and in each table's hidden groups together it holds none or at least `min`,
 * and no combination across tables isolates fewer (`crossLeak`). Then any derivable set is empty
 * or holds at least `min`: this is exact.
 *
 * When someone counted last time has left, the parts are no longer independent: the two releases
 * are checked together exactly (exactCheck.ts), or, where that check does not reach, each part on
 * its own with the leavers against the groups the last release showed (stricter).
 *
 * Returns the groups that must wait (empty: the release may go out).
 */
export function releaseConflicts(
  before: Previous,
  now: { readonly members: readonly Membership[]; readonly groups: readonly ReleaseGroup[] },
  min: number,
): Conflict[] {
  const was = new Map(before.members.map((m) => [m.key, m]));
  const shownNow = new Set(now.groups.filter(isShown).map(groupId));
  const shown = new Set([...before.shown, ...shownNow]);
  // What the two releases can tell apart: a respondent's membership of the groups either shows.
  const signature = (m: Membership) =>
    groupsOf(m)
      .map((g) => (shown.has(g) ? g : ""))
      .join("\u0000");
  const stable: PartMember[] = [];
  const changes: PartMember[] = [];
  const seen = new Set<string>();
  for (const b of now.members) {
    seen.add(b.key);
    const a = was.get(b.key);
    if (a && signature(a) === signature(b)) stable.push({ m: b, sign: 1 });
    else {
      if (a) changes.push({ m: a, sign: -1 });
      changes.push({ m: b, sign: 1 });
    }
  }
  for (const a of before.members) if (!seen.has(a.key)) changes.push({ m: a, sign: -1 });
  const leavers = changes.filter((c) => c.sign === -1);
  if (leavers.length === 0)
    return [
      ...partConflicts(changes, shownNow, min, "group"),
      ...partConflicts(stable, shown, min, "stable"),
    ];
  // Someone counted last time has left: the two releases are checked together, exactly
  // (exactCheck.ts); where that check does not reach, each part on its own, the leavers with the
  // groups the last release showed (stricter: a group shown then that lost one must wait).
  const rowsOf = (members: readonly Membership[], groups: ReadonlySet<string>) => {
    const byGroup = new Map<string, string[]>([...groups].map((g) => [g, []]));
    for (const m of members) for (const g of groupsOf(m)) byGroup.get(g)?.push(m.key);
    return [...byGroup.values()];
  };
  const found = smallDeterminable(
    [...rowsOf(before.members, before.shown), ...rowsOf(now.members, shownNow)],
    min,
    seeded(before.members.length * 7919 + now.members.length),
  );
  if (found === null) return [];
  if (found !== undefined) {
    const people = new Set(found);
    const theirs = new Set(now.members.flatMap((m) => (people.has(m.key) ? groupsOf(m) : [])));
    const touched = now.groups.filter((g) => isShown(g) && g.dim !== "all" && theirs.has(groupId(g)));
    const named: Conflict[] = touched.map((g) => ({
      dim: g.dim,
      id: g.id,
      kind: "leak",
      changed: found.length,
    }));
    return named.length > 0 ? named : [{ dim: "all", id: "", kind: "leak", changed: found.length }];
  }
  return [
    ...partConflicts(
      changes.filter((c) => c.sign === 1),
      shownNow,
      min,
      "group",
    ),
    ...partConflicts(leavers, before.shown, min, "group"),
    ...partConflicts(stable, shown, min, "stable"),
  ];
}

interface PartMember {
  readonly m: Membership;
  readonly sign: 1 | -1;
}

/** The checks of one part (the stable respondents, or the changes) against the groups shown. */
function partConflicts(
  part: readonly PartMember[],
  shown: ReadonlySet<string>,
  min: number,
  kind: "group" | "stable",
): Conflict[] {
  if (part.length === 0) return [];
  const out: Conflict[] = [];
  const bad = (x: number) => x > 0 && x < min;
  const keyOf = (dim: Exclude<Dim, "all">, m: Membership) => (dim === "unit" ? m.unit : m[dim]);
  // A respondent who moved is one change for each group they left or joined, none for the total.
  const present = new Map<string, number>();
  for (const { m, sign } of part) present.set(m.key, (present.get(m.key) ?? 0) + sign);
  const totalChanged = [...present.values()].filter((x) => x !== 0).length;
  if (shown.has("all:") && bad(totalChanged)) out.push({ dim: "all", id: "", kind, changed: totalChanged });
  const index = {
    unit: new Map<string, number>(),
    employment: new Map<string, number>(),
    position: new Map<string, number>(),
  };
  for (const dim of ["unit", "employment", "position"] as const) {
    const net = new Map<string, number>(); // per respondent and group: +1 joined, -1 left, 0 stayed
    for (const { m, sign } of part) {
      const id = keyOf(dim, m);
      if (!index[dim].has(id)) index[dim].set(id, index[dim].size);
      const k = `${m.key}\u0000${id}`;
      net.set(k, (net.get(k) ?? 0) + sign);
    }
    const hiddenNet = new Map<string, number>(); // per respondent: in the hidden groups together
    const counts = new Map<string, number>();
    for (const [k, x] of net) {
      if (x === 0) continue;
      const [key, id] = k.split("\u0000");
      if (shown.has(`${dim}:${id}`)) counts.set(id, (counts.get(id) ?? 0) + 1);
      else hiddenNet.set(key, (hiddenNet.get(key) ?? 0) + x);
    }
    for (const [id, n] of counts) if (bad(n)) out.push({ dim, id, kind, changed: n });
    const hidden = [...hiddenNet.values()].filter((x) => x !== 0).length;
    const anyShown = [...shown].some((g) => g.startsWith(`${dim}:`));
    if (anyShown && bad(hidden))
      out.push({ dim, id: "", kind: kind === "group" ? "hidden" : "stable", changed: hidden });
  }
  if (out.length > 0) return out;
  // Across tables.
  const cells = new Map<string, { unit: number; e: number; p: number; n: number; sign?: -1 }>();
  for (const { m, sign } of part) {
    const cell = {
      unit: index.unit.get(m.unit) ?? 0,
      e: index.employment.get(m.employment) ?? 0,
      p: index.position.get(m.position) ?? 0,
    };
    const k = `${cell.unit}|${cell.e}|${cell.p}|${sign}`;
    const c = cells.get(k);
    if (c) c.n += 1;
    else cells.set(k, { ...cell, n: 1, ...(sign === -1 ? { sign: -1 as const } : {}) });
  }
  const hiddenFlags = (dim: Exclude<Dim, "all">) => {
    const flags: boolean[] = [];
    for (const [id, i] of index[dim]) flags[i] = !shown.has(`${dim}:${id}`);
    return flags;
  };
  const leak = crossLeak(
    [...cells.values()],
    { unitHidden: hiddenFlags("unit"), eHidden: hiddenFlags("employment"), pHidden: hiddenFlags("position") },
    min,
  );
  if (!leak) return [];
  const name = (dim: "employment" | "position", i: number) =>
    [...index[dim].entries()].find(([, j]) => j === i)?.[0] ?? "";
  const count = (dim: "employment" | "position", id: string) => part.filter(({ m }) => m[dim] === id).length;
  return [
    ...leak.e.map((i) => ({ dim: "employment" as const, id: name("employment", i) })),
    ...leak.p.map((i) => ({ dim: "position" as const, id: name("position", i) })),
  ].map((g) => ({ ...g, kind, changed: count(g.dim, g.id) }));
}

/** The raw sums of a Skor entry as a member's: null sums (never in a counted row) count as 0. */
export function rawOf(raw: readonly (number | null)[]): number[] {
  return GROUPS.map((_, i) => raw[i] ?? 0);
}

/** A small deterministic generator (the exact check's random vector; any will do). */
function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 2 ** 32;
  };
}
