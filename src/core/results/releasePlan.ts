/**
 * Planning a score release with every earlier one (RELIABILITY.md "Privacy and access"): groups
 * that changed by fewer than the minimum since an earlier showing are withheld, then, while a
 * combination of what is published isolates fewer than the minimum, the smallest shown group it
 * touches; refused only when the total alone gives people away.
 */
import {
  buildRelease,
  type Dim,
  groupId,
  isShown,
  type Member,
  type Membership,
  type ReleaseGroup,
} from "./release";
import { groupsOfMember, leakAcross, type PublishedRelease } from "./releaseCheck";

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
