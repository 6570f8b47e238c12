/**
 * Version 2's privacy checker, kept to test `crossLeak` (which searches the same thing): sets of
 * respondents whose plain sum can be derived. The guarantee of version 3 is stronger — any signed
 * combination — and is attacked by test/attacker.ts.
 *
 * Given what releases published — for
 * each shown group, its respondents — it decides by linear algebra whether anyone holding the
 * releases (and knowing every respondent's unit and profile, the worst case) can determine one
 * respondent's scores or the sum of a group smaller than the minimum. Published sums are treated
 * as exact; each respondent's score is an unknown.
 *
 * A set S of respondents has a derivable sum exactly when its indicator lies in the row space of
 * the published groups' indicators, i.e. is orthogonal to the null space. Respondents in the same
 * groups of every release (an "atom") are indistinguishable, so S is a union of atoms. The search
 * computes the null space over GF(p), gives each atom its coordinates in it, and looks for a
 * union of atoms of total size 1 … min − 1 whose coordinates sum to zero.
 */

import { inverse, mod, P, type Person, type Published } from "./attacker";

function mul(a: number, b: number): number {
  return mod(a * b);
}

function member(p: Person, group: string): boolean {
  const [dim, ...rest] = group.split(":");
  const id = rest.join(":");
  if (dim === "all") return true;
  if (dim === "unit") return p.unit === id;
  if (dim === "employment") return p.employment === id;
  if (dim === "position") return p.position === id;
  throw new Error(`unknown group ${group}`);
}

export interface Leak {
  /** The respondents whose combined scores (one respondent: their own) can be worked out. */
  readonly keys: string[];
}

/** Whether the releases together let a set of fewer than `min` respondents be determined (null: none). */
export function findLeak(releases: readonly Published[], min: number): Leak | null {
  if (min > 5) throw new Error("the checker searches unions of up to 4 atoms: min ≤ 5");
  const keys = [...new Set(releases.flatMap((r) => [...r.members.keys()]))];
  // Rows: every shown group of every release; columns: respondents, gathered into atoms.
  const rows: { release: number; group: string }[] = releases.flatMap((r, i) =>
    r.shown.map((group) => ({ release: i, group })),
  );
  const atoms = new Map<string, string[]>();
  for (const k of keys) {
    const sig = rows
      .map(({ release, group }) => {
        const p = releases[release].members.get(k);
        return p && member(p, group) ? "1" : "0";
      })
      .join("");
    const list = atoms.get(sig);
    if (list) list.push(k);
    else atoms.set(sig, [k]);
  }
  const atomList = [...atoms.entries()].map(([sig, ks]) => ({ sig, keys: ks }));
  const m = rows.length;
  const k = atomList.length;
  // Reduced row echelon form of the rows × atoms matrix, mod P.
  const a: number[][] = Array.from({ length: m }, (_, i) => atomList.map((x) => (x.sig[i] === "1" ? 1 : 0)));
  const pivotOf: number[] = []; // pivot column per pivot row
  let r = 0;
  for (let c = 0; c < k && r < m; c++) {
    let piv = -1;
    for (let i = r; i < m; i++)
      if (a[i][c] !== 0) {
        piv = i;
        break;
      }
    if (piv < 0) continue;
    [a[r], a[piv]] = [a[piv], a[r]];
    const inv = inverse(a[r][c]);
    for (let j = 0; j < k; j++) a[r][j] = mul(a[r][j], inv);
    for (let i = 0; i < m; i++) {
      if (i === r || a[i][c] === 0) continue;
      const f = a[i][c];
      for (let j = 0; j < k; j++) if (a[r][j] !== 0) a[i][j] = mod(a[i][j] - mul(f, a[r][j]));
    }
    pivotOf.push(c);
    r += 1;
  }
  const isPivot = new Set(pivotOf);
  const free = atomList.map((_, j) => j).filter((j) => !isPivot.has(j));
  // Each atom's coordinates along the null space's basis (one basis vector per free column).
  const coords: number[][] = atomList.map(() => free.map(() => 0));
  free.forEach((f, b) => {
    coords[f][b] = 1;
    pivotOf.forEach((c, row) => {
      coords[c][b] = mod(-a[row][f]);
    });
  });
  // Only atoms smaller than the minimum can be part of a small set.
  const small = atomList.map((x, j) => ({ j, size: x.keys.length })).filter((x) => x.size < min);
  const weights = free.map(() => 1 + Math.floor(Math.random() * (P - 1)));
  const hash = (j: number) => coords[j].reduce((s, v, b) => mod(s + mul(v, weights[b])), 0);
  const h = new Map(small.map((x) => [x.j, hash(x.j)]));
  const zero = (js: number[]) => free.every((_, b) => js.reduce((s, j) => mod(s + coords[j][b]), 0) === 0);
  const leak = (js: number[]): Leak => ({ keys: js.flatMap((j) => atomList[j].keys) });
  // Parts of one or two atoms; a small set is one part or two disjoint parts.
  type Part = { js: number[]; size: number; h: number };
  const parts: Part[] = [];
  small.forEach((x, i) => {
    parts.push({ js: [x.j], size: x.size, h: h.get(x.j) ?? 0 });
    for (let y = i + 1; y < small.length; y++) {
      const z = small[y];
      if (x.size + z.size < min)
        parts.push({ js: [x.j, z.j], size: x.size + z.size, h: mod((h.get(x.j) ?? 0) + (h.get(z.j) ?? 0)) });
    }
  });
  const byHash = new Map<number, Part[]>();
  for (const p of parts) {
    if (p.h === 0 && zero(p.js)) return leak(p.js);
    const list = byHash.get(p.h);
    if (list) list.push(p);
    else byHash.set(p.h, [p]);
  }
  for (const p of parts) {
    for (const q of byHash.get(mod(-p.h)) ?? []) {
      if (p.size + q.size >= min || q.js.some((j) => p.js.includes(j))) continue;
      const js = [...p.js, ...q.js];
      if (zero(js)) return leak(js);
    }
  }
  return null;
}
