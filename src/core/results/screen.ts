/**
 * What one Dasbor screen may show (RELIABILITY.md "Privacy and access"): a screen shown in a
 * meeting passes the same single-view check a release does. Pure.
 */

import { type Agg, type Aggregates, addAgg, cellAnswers, emptyAgg } from "../counting/aggregate";
import type { Snapshot } from "../counting/snapshot";
import { type Hide, suppress } from "./privacy";
import { leakAcross, type PublishedRelease } from "./releaseCheck";

export interface ProfileTable {
  readonly dim: "employment" | "position";
  /** The groups: the answer ("" = not answered) as the check names it, the label shown, the sums. */
  readonly list: readonly { readonly id: string; readonly label: string; readonly agg: Agg }[];
  readonly hidden: (Hide | null)[];
}

/**
 * What one Dasbor screen may show (RELIABILITY.md: the same single-view check a release uses):
 * each table's within-table rule, then the exact check across the units and profile tables
 * together, from each unit's respondents per pair of profile answers; while a combination
 * isolates fewer than the minimum, the smallest profile group it touches (then unit) is withheld.
 * Where the cells are not known yet (an aggregate of an earlier layout until its recompute) or
 * the stored groups disagree with the units, the profile tables show no scores.
 */
export function screenHides(
  s: Snapshot,
  aggs: Aggregates,
  totalAgg: Agg,
  min: number,
  blankLabel: string,
): { units: (Hide | null)[]; profiles: ProfileTable[] } {
  const active = s.units.filter((u) => u.active);
  const counts = active.map((u) => aggs.units[u.code]?.n ?? 0);
  const totalShown = totalAgg.n >= min;
  const profiles = (["employment", "position"] as const).flatMap((dim) => {
    const keys = Object.keys(aggs.groups)
      .filter((k) => k.startsWith(`${dim}|`) && aggs.groups[k].n > 0)
      .sort();
    if (keys.length === 0) return [];
    // The "not answered" group (the total minus the answers): the within-table rule sees the whole partition.
    const blank = emptyAgg();
    addAgg(blank, totalAgg);
    for (const k of keys) addAgg(blank, aggs.groups[k], -1);
    const list = [
      ...keys.map((k) => ({
        id: k.slice(dim.length + 1),
        label: k.slice(dim.length + 1),
        agg: aggs.groups[k],
      })),
      ...(blank.n > 0 ? [{ id: "", label: blankLabel, agg: blank }] : []),
    ];
    return [{ dim, list, blankN: blank.n }];
  });
  const cellsKnown =
    (aggs.all.n ?? 0) === totalAgg.n &&
    profiles.every((p) => p.blankN >= 0) &&
    active.every((u) => (aggs.units[u.code]?.n ?? 0) === 0 || aggs.units[u.code].cells !== undefined);
  const withhold = new Set<string>();
  const members: PublishedRelease["members"][number][] = [];
  for (const u of active)
    for (const [k, n] of Object.entries(aggs.units[u.code]?.cells ?? {})) {
      if (n > 0) members.push({ key: `${u.code}\t${k}`, unit: u.code, ...cellAnswers(k), count: n });
    }
  for (;;) {
    const units = totalShown
      ? suppress(counts, min, { pinned: active.map((u) => withhold.has(`unit:${u.code}`)) })
      : counts.map((n) => (n > 0 ? ("small" as const) : null));
    const tables: ProfileTable[] = profiles.map((p) => ({
      dim: p.dim,
      list: p.list,
      hidden:
        totalShown && cellsKnown
          ? suppress(
              p.list.map((g) => g.agg.n),
              min,
              { pinned: p.list.map((g) => withhold.has(`${p.dim}:${g.id}`)) },
            )
          : p.list.map((g) => (g.agg.n > 0 && g.agg.n < min ? ("small" as const) : ("protect" as const))),
    }));
    if (!totalShown || !cellsKnown || tables.length === 0) return { units, profiles: tables };
    const shown = new Set<string>(["all:"]);
    active.forEach((u, i) => {
      if (units[i] === null && counts[i] > 0) shown.add(`unit:${u.code}`);
    });
    const candidates: { id: string; n: number; unit: boolean }[] = [];
    for (const table of tables)
      table.list.forEach((g, k) => {
        if (table.hidden[k] === null) shown.add(`${table.dim}:${g.id}`);
      });
    const result = leakAcross([{ members, shown }], min);
    if (result.kind === "safe") return { units, profiles: tables };
    const touched = new Set(
      result.kind === "leak"
        ? members
            .filter((m) => result.keys.includes(m.key))
            .flatMap((m) => [`unit:${m.unit}`, `employment:${m.employment}`, `position:${m.position}`])
        : [],
    );
    for (const table of tables)
      table.list.forEach((g, k) => {
        const id = `${table.dim}:${g.id}`;
        if (table.hidden[k] === null && g.agg.n < totalAgg.n)
          candidates.push({ id, n: g.agg.n, unit: false });
      });
    active.forEach((u, i) => {
      if (units[i] === null && counts[i] > 0)
        candidates.push({ id: `unit:${u.code}`, n: counts[i], unit: true });
    });
    // A budget past its end withholds every profile group; a leak, the group it touches first.
    const order = candidates
      .filter((c) => result.kind === "unknown" || touched.has(c.id))
      .sort((a, b) => Number(a.unit) - Number(b.unit) || a.n - b.n);
    const next = (
      order.length > 0 ? order : candidates.sort((a, b) => Number(a.unit) - Number(b.unit) || a.n - b.n)
    )[0];
    if (!next) return { units, profiles: tables };
    withhold.add(next.id);
  }
}
