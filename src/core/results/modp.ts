/**
 * Linear algebra modulo a prime below 2^26 (products stay exact in doubles), for the check over
 * releases: sparse Gaussian elimination, and small dense questions on a few vectors. Pure.
 */

export const P = 67_108_859;

export function mod(x: number): number {
  const r = x % P;
  return r < 0 ? r + P : r;
}

export function inverse(a: number): number {
  let [t, nt, r, nr] = [0, 1, P, mod(a)];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return mod(t);
}

/** A sparse row: column → nonzero value. */
export type Row = Map<number, number>;

/**
 * Gaussian elimination on sparse rows, pivoting only on columns `eligible` accepts, the sparsest
 * row first. `reduced`: also clear each pivot column from the rows before it (reduced echelon
 * form), and return the pivot rows; otherwise return the rows that got no pivot.
 */
export function eliminate(input: Row[], eligible: (c: number) => boolean, reduced: boolean): Row[] {
  const rows = input.map((r) => new Map(r));
  const colRows = new Map<number, Set<number>>();
  rows.forEach((r, i) => {
    for (const c of r.keys()) {
      let s = colRows.get(c);
      if (!s) {
        s = new Set();
        colRows.set(c, s);
      }
      s.add(i);
    }
  });
  const isPivot = new Array<boolean>(rows.length).fill(false);
  const order = rows.map((_, i) => i).sort((a, b) => rows[a].size - rows[b].size);
  for (const i of order) {
    const row = rows[i];
    let pivot = -1;
    for (const c of row.keys()) if (eligible(c) && (pivot < 0 || c < pivot)) pivot = c;
    if (pivot < 0) continue;
    isPivot[i] = true;
    const inv = inverse(row.get(pivot) ?? 1);
    for (const [c, v] of row) row.set(c, mod(v * inv));
    for (const j of [...(colRows.get(pivot) ?? [])]) {
      if (j === i || (!reduced && isPivot[j])) continue;
      const target = rows[j];
      const f = target.get(pivot) ?? 0;
      if (f === 0) continue;
      for (const [c, v] of row) {
        const x = mod((target.get(c) ?? 0) - f * v);
        if (x === 0) {
          target.delete(c);
          colRows.get(c)?.delete(j);
        } else {
          if (!target.has(c)) {
            let s = colRows.get(c);
            if (!s) {
              s = new Set();
              colRows.set(c, s);
            }
            s.add(j);
          }
          target.set(c, x);
        }
      }
    }
  }
  return rows.filter((_, i) => isPivot[i] === reduced);
}

/**
 * Vectors of one length in reduced echelon form, as far as they go: the rows with their pivots,
 * stopping at the first vector that reduces to zero (`dependent`) or at `limit` rows.
 */
function echelon(
  vs: readonly number[][],
  limit: number,
): { rows: number[][]; pivots: number[]; dependent: boolean } {
  const rows: number[][] = [];
  const pivots: number[] = [];
  for (const v of vs) {
    const r = [...v];
    rows.forEach((row, i) => {
      const f = r[pivots[i]];
      if (f !== 0) for (let j = 0; j < r.length; j++) r[j] = mod(r[j] - f * row[j]);
    });
    const p = r.findIndex((x) => x !== 0);
    if (p < 0) return { rows, pivots, dependent: true };
    const inv = inverse(r[p]);
    for (let j = 0; j < r.length; j++) r[j] = mod(r[j] * inv);
    rows.forEach((row) => {
      const f = row[p];
      if (f !== 0) for (let j = 0; j < r.length; j++) row[j] = mod(row[j] - f * r[j]);
    });
    rows.push(r);
    pivots.push(p);
    if (rows.length === limit) break;
  }
  return { rows, pivots, dependent: false };
}

/** Whether vectors (of one length) are linearly independent. */
export function independent(vs: readonly number[][]): boolean {
  return !echelon(vs, Number.POSITIVE_INFINITY).dependent;
}

/** A nonzero vector orthogonal to every one of `vs` (in F^t), or null when they span F^t. */
export function orthogonal(vs: readonly number[][], t: number): number[] | null {
  const all = vs.filter((v) => v.some((x) => x !== 0));
  const basis: number[][] = [];
  const pivots: number[] = [];
  // The independent ones, kept reduced (a dependent one adds nothing).
  for (const v of all) {
    const e = echelon([...basis, v], t);
    if (!e.dependent) {
      basis.splice(0, basis.length, ...e.rows);
      pivots.splice(0, pivots.length, ...e.pivots);
      if (basis.length === t) return null;
    }
  }
  const free = Array.from({ length: t }, (_, j) => j).find((j) => !pivots.includes(j)) ?? 0;
  const y = new Array<number>(t).fill(0);
  y[free] = 1;
  basis.forEach((row, i) => {
    y[pivots[i]] = mod(-row[free]);
  });
  return y;
}

/** A small deterministic generator (random numbers for a projection; any will do). */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 2 ** 32;
  };
}
