/**
 * Respondent quotas per unit (INSTRUMENT.md, "Quotas"). Pure: units and the quota settings in,
 * a quota per unit code and the problems a settings check lists out.
 */

export type QuotaMethod = "manual" | "slovin" | "percent" | "allocate";

export interface QuotaUnit {
  readonly code: string;
  readonly headcount: number;
  /** The number typed in the unit's "kuota manual" column, if any. */
  readonly manual?: number;
  readonly active: boolean;
}

export interface QuotaSettings {
  readonly method: QuotaMethod;
  /** Slovin's margin of error e, 0 < e < 0.5. */
  readonly margin: number;
  /** The share p of headcount for "percent", 0 < p <= 1. */
  readonly percent: number;
  /** The instansi's total target T for "allocate". */
  readonly target: number;
}

export type QuotaProblem =
  | {
      readonly kind: "manualAboveHeadcount";
      readonly code: string;
      readonly manual: number;
      readonly headcount: number;
    }
  | { readonly kind: "manualMissing"; readonly code: string }
  | { readonly kind: "targetTooSmall"; readonly remainder: number; readonly units: number }
  | { readonly kind: "targetTooLarge"; readonly remainder: number; readonly capacity: number };

export interface QuotaResult {
  readonly quotas: ReadonlyMap<string, number>;
  readonly problems: readonly QuotaProblem[];
}

// Guards ceil() against binary noise: 100 / (1 + 100 * 0.05^2) is 80.00000000000001 in floating point.
const EPS = 1e-9;

export function slovin(headcount: number, margin: number): number {
  if (headcount <= 0) return 0;
  return Math.min(headcount, Math.ceil(headcount / (1 + headcount * margin * margin) - EPS));
}

export function percentOf(headcount: number, p: number): number {
  if (headcount <= 0) return 0;
  return Math.min(headcount, Math.ceil(headcount * p - EPS));
}

/**
 * Splits `total` over units in proportion to their headcount by largest remainder (ties: larger
 * headcount, then input order), every unit at least 1. Needs units.length <= total <= sum(headcount).
 */
export function allocate(
  units: readonly { code: string; headcount: number }[],
  total: number,
): Map<string, number> {
  const sum = units.reduce((s, u) => s + u.headcount, 0);
  const exact = units.map((u) => (total * u.headcount) / sum);
  const q = exact.map((x) => Math.floor(x + EPS));
  let left = total - q.reduce((s, x) => s + x, 0);
  const order = units
    .map((u, i) => ({ i, rem: exact[i] - q[i], n: u.headcount }))
    .sort((a, b) => b.rem - a.rem || b.n - a.n || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    q[o.i]++;
    left--;
  }
  // At least one each: take from the largest quotas (they can spare one; total >= units.length).
  for (let i = 0; i < q.length; i++) {
    if (q[i] >= 1) continue;
    const donor = q.reduce((best, x, j) => (x > q[best] ? j : best), 0);
    q[donor]--;
    q[i] = 1;
  }
  return new Map(units.map((u, i) => [u.code, q[i]]));
}

/** The quota of every unit; inactive units and units without staff get 0. */
export function computeQuotas(units: readonly QuotaUnit[], s: QuotaSettings): QuotaResult {
  const quotas = new Map<string, number>();
  const problems: QuotaProblem[] = [];
  const rest: QuotaUnit[] = [];
  for (const u of units) {
    if (!u.active || u.headcount <= 0) {
      quotas.set(u.code, 0);
      continue;
    }
    if (u.manual !== undefined) {
      if (u.manual > u.headcount) {
        problems.push({
          kind: "manualAboveHeadcount",
          code: u.code,
          manual: u.manual,
          headcount: u.headcount,
        });
      }
      quotas.set(u.code, u.manual);
      continue;
    }
    rest.push(u);
  }
  switch (s.method) {
    case "manual":
      for (const u of rest) {
        problems.push({ kind: "manualMissing", code: u.code });
        quotas.set(u.code, 0);
      }
      break;
    case "slovin":
      for (const u of rest) quotas.set(u.code, slovin(u.headcount, s.margin));
      break;
    case "percent":
      for (const u of rest) quotas.set(u.code, percentOf(u.headcount, s.percent));
      break;
    case "allocate": {
      const manualSum = units
        .filter((u) => u.active && u.headcount > 0 && u.manual !== undefined)
        .reduce((sum, u) => sum + (u.manual ?? 0), 0);
      const remainder = s.target - manualSum;
      const capacity = rest.reduce((sum, u) => sum + u.headcount, 0);
      if (rest.length === 0) break;
      if (remainder < rest.length) problems.push({ kind: "targetTooSmall", remainder, units: rest.length });
      else if (remainder > capacity) problems.push({ kind: "targetTooLarge", remainder, capacity });
      else for (const [code, q] of allocate(rest, remainder)) quotas.set(code, q);
      for (const u of rest) if (!quotas.has(u.code)) quotas.set(u.code, 0);
      break;
    }
  }
  return { quotas, problems };
}
