/**
 * Which groups' scores may be shown (RELIABILITY.md "Privacy and access", INSTRUMENT.md minimum
 * group size). Two rules, both pure:
 *
 * - Within one table — units, or one profile breakdown, each a partition of the total that is
 *   shown — a group below the minimum is hidden ("small"), and while the hidden groups together
 *   hold fewer than the minimum, the smallest shown group is hidden too ("protect"), however many
 *   small groups there are. Then the total minus the shown groups gives nothing smaller than the
 *   minimum.
 * - Across tables — units against the profile breakdowns of the same responses — a combination
 *   such as "unit A minus the Struktural group, which lies wholly inside A" can still isolate a
 *   few people. `crossLeak` searches every such combination exactly (see there), and `suppressRelease`
 *   hides more profile groups until none is left.
 */

import { GROUPS } from "../counting/scoring";

/** Items per score: the 7 values, then EB (the instrument's groups). */
const ITEMS_PER_SCORE: readonly number[] = GROUPS.map((g) => g.length);

/**
 * Why a group's scores are hidden: below the minimum; withheld to protect another group; or
 * withheld because it changed by too few respondents since the last release (it waits).
 */
export type Hide = "small" | "protect" | "wait";

/**
 * The within-table rule. `counts` are the groups' respondents; a group with none shows nothing
 * and protects nothing. Returns, per group, why it is hidden (null: shown).
 */
export function suppress(
  counts: readonly number[],
  min: number,
  /** Groups that must stay hidden for the rule between releases. */
  opts: { readonly pinned?: readonly boolean[] } = {},
): (Hide | null)[] {
  const out: (Hide | null)[] = counts.map((n, i) =>
    n > 0 && n < min ? "small" : n > 0 && opts.pinned?.[i] ? "wait" : null,
  );
  let hiddenTotal = counts.reduce((a, n, i) => a + (out[i] ? n : 0), 0);
  if (hiddenTotal === 0) return out;
  while (hiddenTotal < min) {
    let next = -1;
    counts.forEach((n, i) => {
      if (n > 0 && out[i] === null && (next < 0 || n < counts[next])) next = i;
    });
    if (next < 0) break; // everything is hidden: the total itself is below the minimum
    out[next] = "protect";
    hiddenTotal += counts[next];
  }
  return out;
}

/**
 * One cell of the cross table of a release: how many respondents of a unit have a given answer
 * to each profile question (indices into the breakdowns' group lists).
 */
export interface CrossCell {
  readonly unit: number;
  readonly e: number;
  readonly p: number;
  readonly n: number;
  /** -1: respondents who left the groups since the last release (a change between releases counts them negatively). */
  readonly sign?: -1;
}

/** Which groups of each table are hidden (true) in a release being checked. */
export interface CrossShown {
  readonly unitHidden: readonly boolean[];
  readonly eHidden: readonly boolean[];
  readonly pHidden: readonly boolean[];
}

/** Values are compared after rounding to this grid (they are small fractions such as 1/2 or 1/3). */
const GRID = 1e6;
const round = (v: number) => Math.round(v * GRID) / GRID;

/**
 * Whether the published sums can isolate a set of fewer than `min` respondents, and if so which
 * shown profile groups take part (to be hidden next); null when nothing can. Exact.
 *
 * What can be derived from the total T, the shown units U and the shown profile groups E, P is any
 * combination Σa·U + Σb·E + Σc·P + d·T. On a respondent of unit u with profile answers e and p it
 * takes the value α(u) + β(e) + γ(p), where α is the same for every hidden unit (only T reaches
 * them), β is 0 on hidden employment groups and γ on hidden position groups. It isolates a set
 * exactly when that value is 0 or 1 on every respondent (for those who left since the last
 * release, counted negatively: 0 or −1), and the set is those at ±1.
 *
 * Within a unit node the values can differ only by −1, 0 or 1 (−2 … 2 with those who left), and
 * these differences are linear in β and γ (at most 8 unknowns, coefficients possibly fractional).
 * So a basis of at most 8 independent differences is chosen, every combination of their allowed
 * values gives one candidate β, γ, and each unit node then takes the α that isolates the fewest
 * (see `nodeWeight`). A candidate with 1 … min − 1 isolated respondents is a leak.
 */
export function crossLeak(
  cells: readonly CrossCell[],
  shown: CrossShown,
  min: number,
): { e: number[]; p: number[] } | null {
  const free = (hidden: readonly boolean[]) => {
    const idx = hidden.map((h, i) => (h ? -1 : i)).filter((i) => i >= 0);
    // Without a hidden group the coefficients are defined up to a constant: fix the first at 0.
    return hidden.some((h) => h) ? idx : idx.slice(1);
  };
  const eFree = free(shown.eHidden);
  const pFree = free(shown.pHidden);
  const slots = eFree.length + pFree.length;
  if (slots === 0) return null;
  // Cells by unit node: every hidden unit is one node.
  const nodes = new Map<number, CrossCell[]>();
  for (const c of cells) {
    if (c.n <= 0) continue;
    const node = shown.unitHidden[c.unit] ? -1 : c.unit;
    const list = nodes.get(node);
    if (list) list.push(c);
    else nodes.set(node, [c]);
  }
  const feature = (c: CrossCell): number[] => {
    const f = new Array<number>(slots).fill(0);
    const se = eFree.indexOf(c.e);
    const sp = pFree.indexOf(c.p);
    if (se >= 0) f[se] = 1;
    if (sp >= 0) f[eFree.length + sp] += 1;
    return f;
  };
  // The differences within a node, each with the values it can take: two cells of the same sign
  // differ by −1, 0 or 1; a joiner and a leaver of the same node by 0, 1 or 2 (σ·(α + s) ∈ {0, 1}).
  const SAME = [-1, 0, 1];
  const CROSS = [0, 1, 2];
  const diffs: { diff: number[]; values: number[] }[] = [];
  const crossDiffs: { diff: number[]; values: number[] }[] = [];
  const lists = [...nodes.values()].sort((a, b) => b.length - a.length);
  for (const list of lists) {
    const pos = list.find((c) => c.sign !== -1);
    const neg = list.find((c) => c.sign === -1);
    for (const c of list) {
      const ref = c.sign === -1 ? neg : pos;
      if (!ref || ref === c) continue;
      const f = feature(c);
      const g = feature(ref);
      diffs.push({ diff: f.map((v, i) => v - g[i]), values: SAME });
    }
    if (pos && neg) {
      const f = feature(pos);
      const g = feature(neg);
      crossDiffs.push({ diff: f.map((v, i) => v - g[i]), values: CROSS });
    }
  }
  // A basis (Gaussian elimination; rows kept in their original form), same-sign differences first.
  const basis: number[][] = [];
  const ranges: number[][] = [];
  const reduced: { row: number[]; pivot: number }[] = [];
  for (const { diff, values } of [...diffs, ...crossDiffs]) {
    if (reduced.length === slots) break;
    const r = [...diff];
    for (const { row, pivot } of reduced) {
      const f = r[pivot];
      if (f !== 0) for (let i = 0; i < slots; i++) r[i] -= f * row[i];
    }
    const pivot = r.findIndex((v) => Math.abs(v) > 1e-9);
    if (pivot < 0) continue;
    const scale = r[pivot];
    reduced.push({ row: r.map((v) => v / scale), pivot });
    basis.push(diff);
    ranges.push(values);
  }
  const rank = basis.length;
  if (rank === 0) return null;
  // x such that basis·x = d: solve by elimination on [basis | I] once; free unknowns stay 0.
  const aug = basis.map((row, i) => [...row, ...basis.map((_, j) => (i === j ? 1 : 0))]);
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < slots && r < rank; col++) {
    let piv = -1;
    for (let i = r; i < rank; i++)
      if (Math.abs(aug[i][col]) > 1e-9 && (piv < 0 || Math.abs(aug[i][col]) > Math.abs(aug[piv][col])))
        piv = i;
    if (piv < 0) continue;
    [aug[r], aug[piv]] = [aug[piv], aug[r]];
    const f = aug[r][col];
    aug[r] = aug[r].map((v) => v / f);
    for (let i = 0; i < rank; i++) {
      if (i === r || Math.abs(aug[i][col]) < 1e-12) continue;
      const g = aug[i][col];
      aug[i] = aug[i].map((v, j) => v - g * aug[r][j]);
    }
    pivots.push(col);
    r += 1;
  }
  const beta = shown.eHidden.map(() => 0);
  const gamma = shown.pHidden.map(() => 0);
  const d = new Array<number>(rank).fill(0);
  const total = ranges.reduce((a, v) => a * v.length, 1);
  for (let k = 0; k < total; k++) {
    let rest = k;
    for (let i = 0; i < rank; i++) {
      d[i] = ranges[i][rest % ranges[i].length];
      rest = Math.floor(rest / ranges[i].length);
    }
    const x = new Array<number>(slots).fill(0);
    pivots.forEach((col, i) => {
      let v = 0;
      for (let j = 0; j < rank; j++) v += aug[i][slots + j] * d[j];
      x[col] = v;
    });
    eFree.forEach((g, i) => {
      beta[g] = x[i];
    });
    pFree.forEach((g, i) => {
      gamma[g] = x[eFree.length + i];
    });
    let weight = 0;
    for (const list of lists) {
      const w = nodeWeight(list, beta, gamma);
      weight = w === null ? min : weight + w;
      if (weight >= min) break;
    }
    if (weight > 0 && weight < min)
      return {
        e: eFree.filter((g) => Math.abs(beta[g]) > 1e-9),
        p: pFree.filter((g) => Math.abs(gamma[g]) > 1e-9),
      };
  }
  return null;
}

/**
 * The fewest respondents a unit node can contribute to an isolated set, for given β and γ: the
 * node's α must make every cell's value σ·(α + β + γ) 0 or 1 (σ = -1 for those who left); null
 * when no α does.
 */
function nodeWeight(
  list: readonly CrossCell[],
  beta: readonly number[],
  gamma: readonly number[],
): number | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let signed = false;
  for (const c of list) {
    const s = round(beta[c.e] + gamma[c.p]);
    if (s < lo) lo = s;
    if (s > hi) hi = s;
    if (c.sign === -1) signed = true;
  }
  if (!signed) {
    // Every cell's value is α + s: one α gives 0 everywhere, or the larger of two neighbours is 1.
    if (hi === lo) return 0;
    if (round(hi - lo) !== 1) return null;
    let w = 0;
    for (const c of list) {
      const s = round(beta[c.e] + gamma[c.p]);
      if (s === hi) w += c.n;
      else if (s !== lo) return null;
    }
    return w;
  }
  let best: number | null = null;
  const tried = new Set<number>();
  for (const c of list) {
    const s = round(beta[c.e] + gamma[c.p]);
    for (const alpha of [-s, round((c.sign ?? 1) - s)]) {
      if (tried.has(alpha)) continue;
      tried.add(alpha);
      let w = 0;
      let ok = true;
      for (const d of list) {
        const v = round((d.sign ?? 1) * (alpha + beta[d.e] + gamma[d.p]));
        if (v === 1) w += d.n;
        else if (v !== 0) {
          ok = false;
          break;
        }
      }
      if (ok && (best === null || w < best)) best = w;
    }
  }
  return best;
}

/** The sums a bounded-answers decision needs of a group (an aggregate or the like). */
export interface Sums {
  readonly n: number;
  readonly raw: readonly number[];
}

/** How many scores the bounded-answers rule looks at: the 7 values, then EB. */
const SCORES = ITEMS_PER_SCORE.length;

/**
 * Whether every member of a group answered a score's items at the scale's end (all lowest or all
 * highest): then the score is 0 or 100 and tells each member's answers.
 */
export function atEnd(a: Sums, i: number, points: number): boolean {
  return a.n > 0 && (a.raw[i] === 0 || a.raw[i] === a.n * ITEMS_PER_SCORE[i] * (points - 1));
}

/**
 * Bounded answers (RELIABILITY.md): a group smaller than twice the minimum whose score sits at the
 * scale's end shows that score as "disembunyikan", and so does anything that would give it back:
 * per table (a partition of the total), while the groups whose score is not shown together hold
 * fewer than twice the minimum and sit at the end, the smallest group still showing it withholds
 * it too; a total at the end below twice the minimum withholds the score everywhere. Returns, per
 * group of the table and per score, whether it is withheld; `total` gives the total's own.
 */
export function boundedTable(
  total: Sums,
  groups: readonly { readonly sums: Sums | undefined; readonly shown: boolean }[],
  min: number,
  points: number,
): boolean[][] {
  const out = groups.map(() => new Array<boolean>(SCORES).fill(false));
  for (let i = 0; i < SCORES; i++) {
    if (boundedTotal(total, i, min, points)) {
      groups.forEach((g, k) => {
        out[k][i] = g.shown;
      });
      continue;
    }
    groups.forEach((g, k) => {
      out[k][i] = g.shown && !!g.sums && g.sums.n < 2 * min && atEnd(g.sums, i, points);
    });
    for (;;) {
      let n = total.n;
      let raw = total.raw[i];
      groups.forEach((g, k) => {
        if (g.shown && !out[k][i] && g.sums) {
          n -= g.sums.n;
          raw -= g.sums.raw[i];
        }
      });
      if (!(n > 0 && n < 2 * min && atEnd({ n, raw: replaceAt(i, raw) }, i, points))) break;
      let next = -1;
      groups.forEach((g, k) => {
        const m = g.sums?.n ?? 0;
        if (g.shown && !out[k][i] && m > 0 && (next < 0 || m < (groups[next].sums?.n ?? 0))) next = k;
      });
      if (next < 0) break;
      out[next][i] = true;
    }
  }
  return out;
}

/** Whether the total's own score is withheld for bounded answers. */
export function boundedTotal(total: Sums, i: number, min: number, points: number): boolean {
  return total.n < 2 * min && atEnd(total, i, points);
}

/** A raw-sums array with only entry i set (what `atEnd` reads). */
function replaceAt(i: number, v: number): number[] {
  const r = new Array<number>(SCORES).fill(0);
  r[i] = v;
  return r;
}

/** A behaviour (one item) at the scale's end in a group smaller than twice the minimum. */
export function behaviourAtEnd(n: number, sum: number, min: number, points: number): boolean {
  return n > 0 && n < 2 * min && (sum === 0 || sum === n * (points - 1));
}
