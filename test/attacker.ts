/**
 * The tests' own attacker, written from the guarantee in RELIABILITY.md ("Privacy and access",
 * version 3) and independent of the product's check: no linear combination of everything the
 * releases published may involve fewer than the minimum number of respondents.
 *
 * Every published group of every release is a row over respondents. A vector with support S lies
 * in the rows' span exactly when the rows of a null-space basis indexed by S are linearly
 * dependent. So the attacker computes the null space (mod a large prime), then tries every set of
 * fewer than `min` respondents, each first on a random projection to `min` − 1 dimensions (which
 * keeps every dependence) and then, for a hit, on the whole null space (so a hit is exact).
 * Plain enumeration: meant for the tests' small campaigns (a few dozen respondents).
 */

export interface Person {
  readonly unit: string;
  readonly employment: string;
  readonly position: string;
}

/** One release: who was counted, and which groups' scores it showed ("all:", "unit:BU" …). */
export interface Published {
  readonly members: ReadonlyMap<string, Person>;
  readonly shown: readonly string[];
}

/** Arithmetic modulo a prime below 2^26 (products stay exact in doubles), the attacker's own. */
export const P = 67_108_859;
export const mod = (x: number) => ((x % P) + P) % P;

export function inverse(a: number): number {
  let [t, nt, r, nr] = [0, 1, P, mod(a)];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return mod(t);
}

function inGroup(p: Person, group: string): boolean {
  const at = group.indexOf(":");
  const dim = group.slice(0, at);
  const id = group.slice(at + 1);
  if (dim === "all") return true;
  if (dim === "unit") return p.unit === id;
  if (dim === "employment") return p.employment === id;
  if (dim === "position") return p.position === id;
  throw new Error(`unknown group ${group}`);
}

/** The rank of a list of vectors mod P. */
function rank(vectors: readonly number[][]): number {
  const rows: number[][] = [];
  const pivots: number[] = [];
  for (const v of vectors) {
    const r = [...v];
    rows.forEach((row, i) => {
      const f = r[pivots[i]];
      if (f !== 0) for (let j = 0; j < r.length; j++) r[j] = mod(r[j] - f * row[j]);
    });
    const p = r.findIndex((x) => x !== 0);
    if (p < 0) continue;
    const inv = inverse(r[p]);
    for (let j = 0; j < r.length; j++) r[j] = mod(r[j] * inv);
    rows.push(r);
    pivots.push(p);
  }
  return rows.length;
}

/** The respondents (keys) of a combination of the releases that involves fewer than `min`; null when none does. */
export function findLeak(releases: readonly Published[], min: number, random = Math.random): string[] | null {
  const keys = [...new Set(releases.flatMap((r) => [...r.members.keys()]))];
  const rows: number[][] = releases.flatMap((r) =>
    r.shown.map((g) => keys.map((k) => (r.members.has(k) && inGroup(r.members.get(k) as Person, g) ? 1 : 0))),
  );
  const n = keys.length;
  // Reduced row echelon form, then the null space: one basis vector per free column.
  const a = rows.map((r) => [...r]);
  const pivotCols: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < a.length; c++) {
    const piv = a.findIndex((row, i) => i >= r && row[c] !== 0);
    if (piv < 0) continue;
    [a[r], a[piv]] = [a[piv], a[r]];
    const inv = inverse(a[r][c]);
    a[r] = a[r].map((v) => mod(v * inv));
    for (let i = 0; i < a.length; i++)
      if (i !== r && a[i][c] !== 0) {
        const f = a[i][c];
        a[i] = a[i].map((v, j) => mod(v - f * a[r][j]));
      }
    pivotCols.push(c);
    r += 1;
  }
  const free = [...Array(n).keys()].filter((c) => !pivotCols.includes(c));
  const kernel: number[][] = keys.map(() => free.map(() => 0)); // respondent × basis
  free.forEach((f, b) => {
    kernel[f][b] = 1;
    pivotCols.forEach((c, i) => {
      kernel[c][b] = mod(-a[i][f]);
    });
  });
  const t = min - 1;
  const projection = free.map(() => Array.from({ length: t }, () => Math.floor(random() * P)));
  const projected = kernel.map((row) =>
    Array.from({ length: t }, (_, j) => row.reduce((s, v, b) => mod(s + v * projection[b][j]), 0)),
  );
  // Depth-first over sets in index order, the chosen projections kept reduced (echelon rows with
  // their pivots), so that each new member costs one reduction.
  const chosen: number[] = [];
  const echelon: { row: number[]; pivot: number }[] = [];
  const minimal = (set: number[]): string[] => {
    // The smallest dependent part: drop whoever the dependence does without.
    let out = [...set];
    for (const i of set) {
      const rest = out.filter((j) => j !== i);
      if (rest.length > 0 && rank(rest.map((j) => kernel[j])) < rest.length) out = rest;
    }
    return out.map((i) => keys[i]);
  };
  // One scratch row per depth: the search allocates nothing per set it tries.
  const scratch = Array.from({ length: t + 1 }, () => new Array<number>(t).fill(0));
  const dfs = (start: number): string[] | null => {
    const r = scratch[chosen.length];
    for (let i = start; i < n; i++) {
      const v = projected[i];
      for (let j = 0; j < t; j++) r[j] = v[j];
      for (const { row, pivot } of echelon) {
        const f = r[pivot];
        if (f !== 0) for (let j = 0; j < t; j++) r[j] = mod(r[j] - f * row[j]);
      }
      let p = -1;
      for (let j = 0; j < t && p < 0; j++) if (r[j] !== 0) p = j;
      chosen.push(i);
      if (p < 0) {
        // Dependent on the projection: confirmed on the whole null space, or a chance coincidence.
        if (rank(chosen.map((j) => kernel[j])) < chosen.length) return minimal(chosen);
      } else if (chosen.length < t) {
        const inv = inverse(r[p]);
        echelon.push({ row: r.map((x) => mod(x * inv)), pivot: p });
        const hit = dfs(i + 1);
        echelon.pop();
        if (hit) return hit;
      }
      chosen.pop();
    }
    return null;
  };
  return dfs(0);
}

/** A displayed score: a number, or a mark such as "disembunyikan". */
export type Shown = number | string;

/** One published group with its displayed scores, for the bounded-answers attack. */
export interface ShownGroup {
  readonly group: string;
  readonly n: number;
  /** The 7 value scores (0..100) as displayed. */
  readonly values: readonly Shown[];
}

/**
 * Bounded answers: a score at the scale's end (0 or 100) for a group of fewer than twice the
 * minimum tells each member's answers. Looks at every shown group and, per table, at what the
 * total minus the groups showing the score gives. Returns the problems found.
 */
export function boundedLeaks(groups: readonly ShownGroup[], min: number): string[] {
  const out: string[] = [];
  const end = (v: number) => Math.abs(v) < 0.05 || Math.abs(v - 100) < 0.05;
  const total = groups.find((g) => g.group === "all:");
  for (const g of groups)
    g.values.forEach((v, i) => {
      if (typeof v === "number" && g.n < 2 * min && end(v)) out.push(`${g.group} value ${i + 1} at ${v}`);
    });
  if (!total) return out;
  for (const dim of ["unit", "employment", "position"]) {
    const table = groups.filter((g) => g.group.startsWith(`${dim}:`));
    if (table.length === 0) continue;
    for (let i = 0; i < 7; i++) {
      const tv = total.values[i];
      if (typeof tv !== "number") continue;
      let n = total.n;
      let sum = total.n * tv;
      for (const g of table)
        if (typeof g.values[i] === "number") {
          n -= g.n;
          sum -= g.n * (g.values[i] as number);
        }
      if (n > 0 && n < 2 * min && end(sum / n)) out.push(`${dim} rest (${n}) value ${i + 1} at ${sum / n}`);
    }
  }
  return out;
}
