/**
 * An exact check of what several releases determine together (RELIABILITY.md "Privacy and
 * access"), for the case the rules of release.ts do not settle on their own: respondents counted
 * in the last release who have since left (a duplicate superseded, a response deleted or
 * corrected by staff).
 *
 * Each published group is a row: the set of respondents whose scores it sums. A set S of
 * respondents has a sum anyone can work out exactly when its indicator lies in the rows' span.
 * Respondents in the same rows (an "atom") cannot be told apart, so S is a union of atoms. The
 * span is reduced to echelon form over the integers modulo a prime; a random vector of its
 * orthogonal complement gives each atom a hash, and a union of atoms can lie in the span only if
 * its hashes sum to zero. Unions of up to four atoms holding fewer than `min` respondents are
 * searched (complete for a minimum of 5 or less) and every hit is confirmed exactly.
 */

const P = 67_108_859; // a prime below 2^26: products stay exact in doubles

function mod(x: number): number {
  const r = x % P;
  return r < 0 ? r + P : r;
}

function inverse(a: number): number {
  let [t, nt, r, nr] = [0, 1, P, mod(a)];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return mod(t);
}

/** The largest minimum the search is complete for. */
const EXACT_MAX_MIN = 5;

/** Rows times atoms beyond which the check is not attempted (a few seconds of Apps Script). */
const EXACT_MAX_CELLS = 4_000_000;

/**
 * The respondents of a set smaller than `min` whose sum the rows determine, or null when there is
 * none; undefined when the problem is larger than the check attempts. `rows` are the published
 * groups, each as the keys of its respondents; `random` gives numbers in [0, 1).
 */
export function smallDeterminable(
  rows: readonly (readonly string[])[],
  min: number,
  random: () => number,
): string[] | null | undefined {
  if (min > EXACT_MAX_MIN) return undefined;
  // Atoms: respondents with the same rows.
  const sigOf = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const k of row) {
      const s = sigOf.get(k);
      if (s) s.push(i);
      else sigOf.set(k, [i]);
    }
  });
  const atomsBySig = new Map<string, string[]>();
  for (const [k, s] of sigOf) {
    const sig = s.join(",");
    const list = atomsBySig.get(sig);
    if (list) list.push(k);
    else atomsBySig.set(sig, [k]);
  }
  const atoms = [...atomsBySig.entries()].map(([sig, keys]) => ({ rows: sig.split(",").map(Number), keys }));
  const m = rows.length;
  const k = atoms.length;
  if (m * k > EXACT_MAX_CELLS) return undefined;
  // Rows × atoms, reduced to echelon form.
  const a: number[][] = Array.from({ length: m }, () => new Array<number>(k).fill(0));
  atoms.forEach((atom, j) => {
    for (const i of atom.rows) a[i][j] = 1;
  });
  const pivots: number[] = [];
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
    const row = a[r];
    for (let j = c; j < k; j++) if (row[j] !== 0) row[j] = mod(row[j] * inv);
    for (let i = 0; i < m; i++) {
      if (i === r || a[i][c] === 0) continue;
      const f = a[i][c];
      const target = a[i];
      for (let j = c; j < k; j++) if (row[j] !== 0) target[j] = mod(target[j] - f * row[j]);
    }
    pivots.push(c);
    r += 1;
  }
  const pivotRow = new Map(pivots.map((c, i) => [c, i]));
  // A random vector orthogonal to the span: random on free columns, fixed on pivot columns.
  const hashes = [0, 1].map(() => {
    const z = new Array<number>(k).fill(0);
    for (let j = 0; j < k; j++) if (!pivotRow.has(j)) z[j] = 1 + Math.floor(random() * (P - 1));
    pivots.forEach((c, i) => {
      let s = 0;
      const row = a[i];
      for (let j = c + 1; j < k; j++) if (row[j] !== 0 && !pivotRow.has(j)) s = mod(s + row[j] * z[j]);
      z[c] = mod(-s);
    });
    return z;
  });
  /** Whether the union of these atoms lies in the span (reduced against the echelon rows). */
  const inSpan = (js: readonly number[]): boolean => {
    const v = new Map<number, number>();
    for (const j of js) v.set(j, 1);
    for (const [c, i] of pivotRow) {
      const f = v.get(c) ?? 0;
      if (f === 0) continue;
      const row = a[i];
      for (let j = c; j < k; j++) if (row[j] !== 0) v.set(j, mod((v.get(j) ?? 0) - f * row[j]));
    }
    for (const x of v.values()) if (x !== 0) return false;
    return true;
  };
  const small = atoms.map((x, j) => ({ j, size: x.keys.length })).filter((x) => x.size < min);
  type Part = { js: number[]; size: number; h: number; g: number };
  const parts: Part[] = [];
  small.forEach((x, i) => {
    parts.push({ js: [x.j], size: x.size, h: hashes[0][x.j], g: hashes[1][x.j] });
    for (let y = i + 1; y < small.length; y++) {
      const z = small[y];
      if (x.size + z.size < min)
        parts.push({
          js: [x.j, z.j],
          size: x.size + z.size,
          h: mod(hashes[0][x.j] + hashes[0][z.j]),
          g: mod(hashes[1][x.j] + hashes[1][z.j]),
        });
    }
  });
  const found = (js: number[]) => js.flatMap((j) => atoms[j].keys);
  const byHash = new Map<number, Part[]>();
  for (const p of parts) {
    if (p.h === 0 && p.g === 0 && inSpan(p.js)) return found(p.js);
    const list = byHash.get(p.h);
    if (list) list.push(p);
    else byHash.set(p.h, [p]);
  }
  for (const p of parts)
    for (const q of byHash.get(mod(-p.h)) ?? []) {
      if (p.size + q.size >= min || mod(p.g + q.g) !== 0 || q.js.some((j) => p.js.includes(j))) continue;
      const js = [...p.js, ...q.js];
      if (inSpan(js)) return found(js);
    }
  return null;
}
