/**
 * The check over every score release of a campaign together (RELIABILITY.md "Privacy and access",
 * version 3). The guarantee: no linear combination of everything published involves fewer than
 * the minimum number of respondents. Signed combinations count (one response out and one in
 * between two releases is a leak), published values are taken as exact, and the reader is assumed
 * to know who was counted in which group of every release.
 *
 * Each published group of each release is a row: the respondents whose answers it sums. A
 * combination of rows is a vector over respondents, and its support is who it involves.
 * Respondents in exactly the same rows ("atoms") get the same coefficient in every combination,
 * so a support is a union of atoms; an atom of `min` or more respondents can never be part of a
 * small one. The search therefore works in W, the combinations that vanish on every large atom:
 *
 * 1. the rows are eliminated on the large atoms' columns; the rows left over span W;
 * 2. W is put in reduced echelon form: each basis row has a pivot atom no other row touches, so a
 *    combination y of the rows is y itself on the pivots;
 * 3. a combination of fewer than `min` respondents uses a set T of at most `min` − 1 rows that
 *    share atoms (otherwise it splits into smaller ones); rows that can never be part of one (their
 *    own atoms alone reach the minimum) are peeled away first;
 * 4. for each connected T within the weight left, whether some y on T cancels all but a few
 *    respondents' worth of the shared atoms is a rank question on |T| × |atoms| (at most
 *    `min` − 1 rows).
 *
 * Arithmetic is modulo a prime below 2^26, so products stay exact in doubles; the search is
 * exact, and bounded by a work budget: beyond it the answer is "unknown" and the caller withholds
 * more (never publishes on a guess). Pure.
 */

import { eliminate, independent, mod, orthogonal, P, type Row, seeded } from "./modp";

/** What one score release published: who it counted, with their groups, and which groups it showed. */
export interface PublishedRelease {
  readonly members: readonly {
    readonly key: string;
    readonly unit: string;
    readonly employment: string;
    readonly position: string;
    /** How many respondents the entry stands for (Dasbor's cells); 1 when absent. */
    readonly count?: number;
  }[];
  /** Groups whose scores it showed: "all:", "unit:BU", "employment:PNS", "position:Fungsional" … */
  readonly shown: ReadonlySet<string>;
}

export type AcrossResult =
  | { readonly kind: "safe" }
  /** The respondents a combination isolates (their keys). */
  | { readonly kind: "leak"; readonly keys: readonly string[] }
  /** The search passed its work budget. */
  | { readonly kind: "unknown" };

/** The groups a member sums into, as the `shown` sets name them. */
export function groupsOfMember(m: PublishedRelease["members"][number]): string[] {
  return ["all:", `unit:${m.unit}`, `employment:${m.employment}`, `position:${m.position}`];
}

/** Steps of the search (sets of rows tried, columns dropped) before the answer is "unknown". */
export const DEFAULT_BUDGET = 2_000_000;

/** Whether the releases together isolate fewer than `min` respondents. */
export function leakAcross(
  releases: readonly PublishedRelease[],
  min: number,
  budget = DEFAULT_BUDGET,
): AcrossResult {
  // Respondents, and the published rows each is in.
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const rowsOfKey: number[][] = [];
  const countOfKey: number[] = [];
  let rowCount = 0;
  for (const r of releases) {
    const rowOf = new Map<string, number>();
    for (const g of r.shown) rowOf.set(g, rowCount++);
    for (const m of r.members) {
      let k = keyIndex.get(m.key);
      if (k === undefined) {
        k = keys.length;
        keyIndex.set(m.key, k);
        keys.push(m.key);
        rowsOfKey.push([]);
        countOfKey.push(m.count ?? 1);
      }
      for (const g of groupsOfMember(m)) {
        const row = rowOf.get(g);
        if (row !== undefined) rowsOfKey[k].push(row);
      }
    }
  }
  // Atoms: respondents in the same rows.
  const atomOfSig = new Map<string, number>();
  const atomKeys: number[][] = [];
  const atomRows: number[][] = [];
  rowsOfKey.forEach((rows, k) => {
    if (rows.length === 0) return;
    const sig = rows.join(",");
    let a = atomOfSig.get(sig);
    if (a === undefined) {
      a = atomKeys.length;
      atomOfSig.set(sig, a);
      atomKeys.push([]);
      atomRows.push(rows);
    }
    atomKeys[a].push(k);
  });
  const weight = atomKeys.map((ks) => ks.reduce((a, k) => a + countOfKey[k], 0));
  const large = weight.map((w) => w >= min);
  // Rows over atoms, identical rows once.
  const byRow: number[][] = Array.from({ length: rowCount }, () => []);
  atomRows.forEach((rows, a) => {
    for (const r of rows) byRow[r].push(a);
  });
  const seen = new Set<string>();
  let rows: Row[] = [];
  for (const atoms of byRow) {
    if (atoms.length === 0) continue;
    const sig = atoms.join(",");
    if (seen.has(sig)) continue;
    seen.add(sig);
    rows.push(new Map(atoms.map((a) => [a, 1])));
  }
  // 1. Eliminate the large atoms' columns: the rows that keep no large atom span W.
  rows = eliminate(rows, (c) => large[c], false);
  const w = rows.filter((r) => r.size > 0 && [...r.keys()].every((c) => !large[c]));
  if (w.length === 0) return { kind: "safe" };
  // 2. W in reduced echelon form.
  const basis = eliminate(w, () => true, true).filter((r) => r.size > 0);
  const found = search(basis, weight, min, budget);
  if (found === "unknown") return { kind: "unknown" };
  if (found === null) return { kind: "safe" };
  return { kind: "leak", keys: found.flatMap((a) => atomKeys[a].map((k) => keys[k])) };
}

/**
 * 3 and 4: the atoms of a combination of the basis rows with fewer than `min` respondents, null
 * when there is none, "unknown" past the budget.
 */
function search(
  basis: Row[],
  weight: readonly number[],
  min: number,
  budget: number,
): number[] | null | "unknown" {
  const q = basis.length;
  // Each row's pivot: the column no other row touches (reduced echelon form).
  const count = new Map<number, number>();
  for (const r of basis) for (const c of r.keys()) count.set(c, (count.get(c) ?? 0) + 1);
  const pivot = basis.map((r) => {
    for (const c of r.keys()) if (count.get(c) === 1) return c;
    throw new Error("releaseCheck: a basis row without its own column");
  });
  const pivots = new Set(pivot);
  const shared = basis.map((r, i) => [...r.keys()].filter((c) => c !== pivot[i] && !pivots.has(c)));
  // Peel: a row whose own atoms (its pivot and the columns no other candidate shares) reach the
  // minimum is never part of a small combination; removing it can make others' columns their own.
  const alive = new Array<boolean>(q).fill(true);
  const holders = new Map<number, Set<number>>();
  shared.forEach((cols, i) => {
    for (const c of cols) {
      let s = holders.get(c);
      if (!s) {
        s = new Set();
        holders.set(c, s);
      }
      s.add(i);
    }
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < q; i++) {
      if (!alive[i]) continue;
      let own = weight[pivot[i]];
      for (const c of shared[i]) if ((holders.get(c)?.size ?? 0) === 1) own += weight[c];
      if (own >= min) {
        alive[i] = false;
        for (const c of shared[i]) holders.get(c)?.delete(i);
        changed = true;
      }
    }
  }
  // Neighbours: rows that share an atom.
  const neighbours = basis.map(() => new Set<number>());
  for (const s of holders.values())
    for (const i of s) for (const j of s) if (i !== j && alive[i] && alive[j]) neighbours[i].add(j);
  let steps = 0;
  // With no room left, the set's rows must be dependent on the shared atoms exactly: a random
  // projection keeps every dependence, so a set whose projections are independent is passed over
  // without building its columns (most sets, at a few multiplications each).
  const dims = min - 1;
  const random = seeded(q * 7919 + dims);
  const project = new Map<number, number[]>();
  const projected = shared.map((cols, i) => {
    const out = new Array<number>(dims).fill(0);
    for (const c of cols) {
      let r = project.get(c);
      if (!r) {
        r = Array.from({ length: dims }, () => 1 + Math.floor(random() * (P - 1)));
        project.set(c, r);
      }
      const v = basis[i].get(c) ?? 0;
      for (let k = 0; k < dims; k++) out[k] = mod(out[k] + v * r[k]);
    }
    return out;
  });
  // Every connected set of rows once (the ESU enumeration: a set grows from its smallest row, by
  // rows above it that neighbour only the row just added), within the weight left.
  const grow = (set: number[], ext: number[], pivotWeight: number): number[] | null | "unknown" => {
    if (++steps > budget) return "unknown";
    const room = min - 1 - pivotWeight;
    if (room === 0 && independent(set.map((i) => projected[i]))) return null;
    const hit = tryRows(set, basis, pivot, shared, weight, room, () => ++steps <= budget);
    if (hit === "unknown") return "unknown";
    if (hit) return hit;
    const near = new Set(set);
    for (const i of set) for (const j of neighbours[i]) near.add(j);
    const rest = [...ext];
    while (rest.length > 0) {
      const w = rest.pop() as number;
      const pw = pivotWeight + weight[pivot[w]];
      if (pw > min - 1) continue;
      const next = [...rest];
      for (const u of neighbours[w]) if (u > set[0] && !near.has(u)) next.push(u);
      const r = grow([...set, w], next, pw);
      if (r !== null) return r;
    }
    return null;
  };
  for (let i = 0; i < q; i++) {
    if (!alive[i] || weight[pivot[i]] > min - 1) continue;
    const r = grow(
      [i],
      [...neighbours[i]].filter((j) => j > i),
      weight[pivot[i]],
    );
    if (r !== null) return r;
  }
  return null;
}

/**
 * Whether a combination with support on exactly the rows `set` (and their pivots) leaves at most
 * `room` respondents' worth of the shared atoms uncancelled; its atoms when it does.
 */
function tryRows(
  set: readonly number[],
  basis: readonly Row[],
  pivot: readonly number[],
  shared: readonly number[][],
  weight: readonly number[],
  room: number,
  more: () => boolean,
): number[] | null | "unknown" {
  if (room < 0) return null;
  const t = set.length;
  const cols = new Map<number, number[]>();
  set.forEach((i, k) => {
    for (const c of shared[i]) {
      let v = cols.get(c);
      if (!v) {
        v = new Array<number>(t).fill(0);
        cols.set(c, v);
      }
      v[k] = basis[i].get(c) ?? 0;
    }
  });
  // A column only one row of the set touches can never cancel: it is in the support.
  let left = room;
  const multi: { c: number; v: number[] }[] = [];
  for (const [c, v] of cols) {
    if (v.filter((x) => x !== 0).length === 1) left -= weight[c];
    else multi.push({ c, v });
  }
  if (left < 0) return null;
  const y = dropUntilDependent(multi, t, left, weight, more);
  if (y === "unknown" || y === null) return y;
  const atoms: number[] = [];
  set.forEach((i, k) => {
    if (y[k] !== 0) atoms.push(pivot[i]);
  });
  for (const [c, v] of cols) if (mod(v.reduce((s, x, k) => s + x * y[k], 0)) !== 0) atoms.push(c);
  return atoms;
}

/**
 * A nonzero y in F^t orthogonal to all of `cols` but a few of weight at most `room`; null when
 * there is none.
 */
function dropUntilDependent(
  cols: readonly { c: number; v: number[] }[],
  t: number,
  room: number,
  weight: readonly number[],
  more: () => boolean,
): number[] | null | "unknown" {
  const y = orthogonal(
    cols.map((x) => x.v),
    t,
  );
  if (y) return y;
  if (room <= 0) return null;
  for (let i = 0; i < cols.length; i++) {
    if (!more()) return "unknown";
    if (weight[cols[i].c] > room) continue;
    const r = dropUntilDependent(
      cols.filter((_, j) => j !== i),
      t,
      room - weight[cols[i].c],
      weight,
      more,
    );
    if (r !== null) return r;
  }
  return null;
}
