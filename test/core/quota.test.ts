import {
  allocate,
  computeQuotas,
  percentOf,
  type QuotaSettings,
  type QuotaUnit,
  slovin,
} from "../../src/core/campaign/quota";

const base: QuotaSettings = { method: "slovin", margin: 0.05, percent: 0.3, target: 0 };
const unit = (code: string, headcount: number, extra: Partial<QuotaUnit> = {}): QuotaUnit => ({
  code,
  headcount,
  active: true,
  ...extra,
});
const quotasOf = (units: QuotaUnit[], s: Partial<QuotaSettings>) =>
  Object.fromEntries(computeQuotas(units, { ...base, ...s }).quotas);

describe("Slovin: ceil(N / (1 + N e^2)), capped at N", () => {
  it.each([
    [100, 80], // 100 / 1.25 = 80 exactly (floating point says 80.00000000000001: not 81)
    [1000, 286], // 1000 / 3.5 = 285.71…
    [400, 200], // 400 / 2 = 200
    [1, 1], // 1 / 1.0025 = 0.9975 -> 1
    [0, 0], // no staff, no quota
  ])("headcount %i -> %i", (n, q) => {
    expect(slovin(n, 0.05)).toBe(q);
  });
});

describe("percent: ceil(N p), capped at N", () => {
  it.each([
    [25, 0.3, 8], // 7.5 -> 8
    [10, 0.3, 3], // 3 exactly (floating point says 3.0000000000000004)
    [1, 0.3, 1],
    [0, 0.3, 0],
    [5, 1, 5],
  ])("headcount %i at %f -> %i", (n, p, q) => {
    expect(percentOf(n, p)).toBe(q);
  });
});

describe("allocate: largest remainder, at least 1 each, summing to the target", () => {
  it("splits in proportion: T = 10 over 50 / 30 / 20 gives 5 / 3 / 2", () => {
    expect(
      Object.fromEntries(
        allocate(
          [
            { code: "A", headcount: 50 },
            { code: "B", headcount: 30 },
            { code: "C", headcount: 20 },
          ],
          10,
        ),
      ),
    ).toEqual({ A: 5, B: 3, C: 2 });
  });

  it("breaks a tie of remainders toward the larger unit: 60 / 25 / 15 with T = 10 is 6 / 3 / 1", () => {
    // exact shares 6, 2.5, 1.5 -> floors 6, 2, 1 (9); one left; remainders .5 and .5: B (25) beats C (15)
    expect(
      Object.fromEntries(
        allocate(
          [
            { code: "A", headcount: 60 },
            { code: "B", headcount: 25 },
            { code: "C", headcount: 15 },
          ],
          10,
        ),
      ),
    ).toEqual({ A: 6, B: 3, C: 1 });
  });

  it("gives every unit at least 1: T = 5 over 1000 / 1 / 1 is 3 / 1 / 1", () => {
    // shares 4.99, 0.005, 0.005 -> 4, 0, 0; leftover 1 to A (5, 0, 0); B and C get 1 each from A
    expect(
      Object.fromEntries(
        allocate(
          [
            { code: "A", headcount: 1000 },
            { code: "B", headcount: 1 },
            { code: "C", headcount: 1 },
          ],
          5,
        ),
      ),
    ).toEqual({ A: 3, B: 1, C: 1 });
  });

  it("keeps manual quotas and splits the rest of the target over the other units", () => {
    // T = 20, A keeps 5; 15 over B (30) and C (10): 11.25 / 3.75 -> 11 / 3, leftover to C -> 11 / 4
    const q = quotasOf([unit("A", 40, { manual: 5 }), unit("B", 30), unit("C", 10)], {
      method: "allocate",
      target: 20,
    });
    expect(q).toEqual({ A: 5, B: 11, C: 4 });
    expect(q.A + q.B + q.C).toBe(20);
  });

  it("gives units without staff 0 and leaves them out of the split", () => {
    expect(quotasOf([unit("A", 10), unit("Z", 0), unit("B", 10)], { method: "allocate", target: 6 })).toEqual(
      { A: 3, Z: 0, B: 3 },
    );
  });

  it("reports a target smaller than the number of units, and one larger than their staff", () => {
    const small = computeQuotas([unit("A", 10), unit("B", 10), unit("C", 10)], {
      ...base,
      method: "allocate",
      target: 2,
    });
    expect(small.problems).toEqual([{ kind: "targetTooSmall", remainder: 2, units: 3 }]);
    const large = computeQuotas([unit("A", 1), unit("B", 2)], { ...base, method: "allocate", target: 4 });
    expect(large.problems).toEqual([{ kind: "targetTooLarge", remainder: 4, capacity: 3 }]);
  });
});

describe("every method", () => {
  it("lets a typed manual number override the method for that unit", () => {
    expect(quotasOf([unit("A", 100, { manual: 12 }), unit("B", 100)], { method: "slovin" })).toEqual({
      A: 12,
      B: 80,
    });
  });

  it("reports a manual number above the headcount", () => {
    const r = computeQuotas([unit("A", 3, { manual: 4 })], base);
    expect(r.problems).toEqual([{ kind: "manualAboveHeadcount", code: "A", manual: 4, headcount: 3 }]);
  });

  it("under 'manual', reports a unit with no number typed", () => {
    const r = computeQuotas([unit("A", 3, { manual: 2 }), unit("B", 5)], { ...base, method: "manual" });
    expect(r.problems).toEqual([{ kind: "manualMissing", code: "B" }]);
  });

  it("gives inactive units 0", () => {
    expect(quotasOf([unit("A", 100, { active: false })], base)).toEqual({ A: 0 });
  });
});
