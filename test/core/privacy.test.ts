import { crossLeak, suppress } from "../../src/core/privacy";
import {
  buildRelease,
  groupId,
  isShown,
  type Member,
  type Membership,
  planRelease,
  releaseConflicts,
} from "../../src/core/release";
import { checkReleases, findLeak, type Person, type Published } from "../privacyChecker";

const MIN = 5;

/** Respondents: `spec` is [unit, employment, position, how many]. */
function people(spec: readonly [string, string, string, number][], prefix = "r"): Member[] {
  const out: Member[] = [];
  let i = 0;
  for (const [unit, employment, position, n] of spec)
    for (let k = 0; k < n; k++)
      out.push({ key: `${prefix}${i++}`, unit, employment, position, raw: [3, 3, 3, 3, 3, 3, 3, 3] });
  return out;
}

function published(members: readonly Membership[], shown: readonly string[]): Published {
  return { members: new Map<string, Person>(members.map((m) => [m.key, m])), shown };
}

function release(members: readonly Member[], units: readonly string[], min = MIN): Published {
  const groups = buildRelease(members, units, min, 5);
  return published(members, groups.filter(isShown).map(groupId));
}

/** What the version-1 rule showed: below the minimum hidden, plus the next-smallest when exactly one is. */
function oldRule(members: readonly Member[], units: readonly string[]): Published {
  const counts = units.map((u) => members.filter((m) => m.unit === u).length);
  const hidden = new Set(counts.flatMap((n, i) => (n > 0 && n < MIN ? [i] : [])));
  if (hidden.size === 1) {
    const next = counts.reduce(
      (best, n, i) => (n > 0 && !hidden.has(i) && (best < 0 || n < counts[best]) ? i : best),
      -1,
    );
    if (next >= 0) hidden.add(next);
  }
  return published(members, ["all:", ...units.filter((_, i) => !hidden.has(i)).map((u) => `unit:${u}`)]);
}

describe("the checker", () => {
  it("finds the leaks the version-1 rule left: units of 1, 1 and 20", () => {
    const m = people([
      ["A", "", "", 1],
      ["B", "", "", 1],
      ["C", "", "", 20],
    ]);
    const leak = findLeak([oldRule(m, ["A", "B", "C"])], MIN);
    expect(leak?.keys.sort()).toEqual(["r0", "r1"]);
  });

  it("finds the 6th respondent from two consecutive releases", () => {
    const five = people([["A", "", "", 5]]);
    const six = people([["A", "", "", 6]]);
    expect(
      findLeak([published(five, ["all:", "unit:A"]), published(six, ["all:", "unit:A"])], MIN)?.keys,
    ).toEqual(["r5"]);
  });

  it("finds nothing when nothing small can be worked out", () => {
    const m = people([
      ["A", "", "", 6],
      ["B", "", "", 7],
    ]);
    expect(findLeak([published(m, ["all:", "unit:A", "unit:B"])], MIN)).toBeNull();
  });
});

describe("secondary suppression within a table", () => {
  it("hides groups below the minimum and then the smallest others until the hidden hold the minimum", () => {
    expect(suppress([1, 1, 20], 5)).toEqual(["small", "small", "protect"]);
    expect(suppress([3, 6, 20], 5)).toEqual(["small", "protect", null]);
    expect(suppress([1, 1, 1, 1, 1, 30, 40], 5)).toEqual([
      "small",
      "small",
      "small",
      "small",
      "small",
      null,
      null,
    ]);
    expect(suppress([8, 9, 20], 5)).toEqual([null, null, null]);
    expect(suppress([0, 8, 2], 5)).toEqual([null, "protect", "small"]);
  });

  it("units of 1, 1 and 20: the release shows no unit's scores, and the checker finds nothing", () => {
    const m = people([
      ["A", "", "", 1],
      ["B", "", "", 1],
      ["C", "", "", 20],
    ]);
    const r = release(m, ["A", "B", "C"]);
    expect(r.shown).toEqual(["all:"]);
    expect(findLeak([r], MIN)).toBeNull();
  });

  it("a deactivated unit's respondent counts nowhere, so the total gives nothing away", () => {
    // X was deactivated: its one respondent is in Skor but not among the active units.
    const m = people([
      ["A", "", "", 10],
      ["B", "", "", 12],
      ["X", "", "", 1],
    ]);
    const active = ["A", "B"];
    const groups = buildRelease(m, active, MIN, 5);
    expect(groups.find((g) => g.dim === "all")?.n).toBe(22);
    const counted = m.filter((x) => active.includes(x.unit));
    // What the version-1 dashboard did: the total over every response, the active units shown.
    const v1 = published(m, ["all:", "unit:A", "unit:B"]);
    expect(findLeak([v1], MIN)?.keys).toEqual(["r22"]);
    expect(findLeak([published(counted, groups.filter(isShown).map(groupId))], MIN)).toBeNull();
  });
});

describe("across tables", () => {
  it("a profile group lying inside one unit is hidden when unit minus group isolates someone", () => {
    // Unit A: 5 Struktural PNS, 5 Pelaksana PPPK and 1 Pelaksana PNS; nobody else is Struktural or PPPK.
    const m = people([
      ["A", "PNS", "Struktural", 5],
      ["A", "PPPK", "Pelaksana", 5],
      ["A", "PNS", "Pelaksana", 1],
      ["B", "PNS", "Fungsional", 20],
      ["C", "PNS", "Fungsional", 15],
    ]);
    const units = ["A", "B", "C"];
    // The within-table rule alone shows A, PPPK and Struktural: A − PPPK − Struktural is one person.
    const groups = buildRelease(m, units, MIN, 5);
    const naive = published(m, [
      "all:",
      "unit:A",
      "unit:B",
      "unit:C",
      "employment:PNS",
      "employment:PPPK",
      "position:Struktural",
      "position:Fungsional",
      "position:Pelaksana",
    ]);
    expect(findLeak([naive], MIN)?.keys).toEqual(["r10"]);
    const shown = groups.filter(isShown).map(groupId);
    expect(shown).toContain("unit:A");
    expect(findLeak([published(m, shown)], MIN)).toBeNull();
  });

  it("crossLeak finds unit-minus-group differences exactly", () => {
    // Unit 0 of 6: 5 in group 0, 1 in group 1; group 0 (5) lies wholly inside it: unit 0 − group 0 is one person.
    const shown = { unitHidden: [false, false], eHidden: [false, false], pHidden: [true] };
    const inside = [
      { unit: 0, e: 0, p: 0, n: 5 },
      { unit: 0, e: 1, p: 0, n: 1 },
      { unit: 1, e: 1, p: 0, n: 10 },
    ];
    expect(crossLeak(inside, shown, 5)).toEqual({ e: [1], p: [] });
    // Group 0 also has 10 in unit 1: nothing small can be isolated.
    const spread = [...inside.slice(0, 2), { unit: 1, e: 0, p: 0, n: 10 }, { unit: 1, e: 1, p: 0, n: 10 }];
    expect(crossLeak(spread, shown, 5)).toBeNull();
  });

  it("crossLeak agrees with the checker on random small tables", () => {
    const rand = rng(99);
    let leaks = 0;
    for (let t = 0; t < 3000; t++) {
      const cells: { unit: number; e: number; p: number; n: number }[] = [];
      const m: Member[] = [];
      const units = 2 + Math.floor(rand() * 3);
      for (let u = 0; u < units; u++)
        for (let e = 0; e < 3; e++)
          for (let p = 0; p < 3; p++) {
            const n = rand() < 0.6 ? 0 : Math.floor(rand() * 7);
            if (!n) continue;
            cells.push({ unit: u, e, p, n });
            for (let i = 0; i < n; i++)
              m.push({ key: `k${m.length}`, unit: `U${u}`, employment: `E${e}`, position: `P${p}`, raw: [] });
          }
      const hidden = (n: number) => Array.from({ length: n }, () => rand() < 0.3);
      const shown = { unitHidden: hidden(units), eHidden: hidden(3), pHidden: hidden(3) };
      const groups = [
        "all:",
        ...shown.unitHidden.flatMap((h, i) => (h ? [] : [`unit:U${i}`])),
        ...shown.eHidden.flatMap((h, i) => (h ? [] : [`employment:E${i}`])),
        ...shown.pHidden.flatMap((h, i) => (h ? [] : [`position:P${i}`])),
      ];
      const exact = findLeak([published(m, groups)], MIN) !== null;
      // Within one table a leak is the within-table rule's to stop; compare where that rule holds.
      const tables = [
        { h: shown.unitHidden, n: (i: number) => m.filter((x) => x.unit === `U${i}`).length },
        { h: shown.eHidden, n: (i: number) => m.filter((x) => x.employment === `E${i}`).length },
        { h: shown.pHidden, n: (i: number) => m.filter((x) => x.position === `P${i}`).length },
      ];
      const withinOk = tables.every(({ h, n }) => {
        const counts = h.map((_, i) => n(i));
        const hid = counts.reduce((a, c, i) => a + (h[i] ? c : 0), 0);
        return counts.every((c, i) => h[i] || c === 0 || c >= MIN) && (hid === 0 || hid >= MIN);
      });
      if (!withinOk || m.length < MIN) continue;
      expect([t, crossLeak(cells, shown, MIN) !== null]).toEqual([t, exact]);
      if (exact) leaks += 1;
    }
    expect(leaks).toBeGreaterThan(3);
  });
});

describe("between releases", () => {
  const units = ["A", "B", "C"];

  it("B gains one, then A five: the second release is refused, naming what must wait", () => {
    const r1 = people([
      ["A", "", "", 6],
      ["B", "", "", 6],
      ["C", "", "", 8],
    ]);
    const r2 = [...r1, ...people([["B", "", "", 1]], "b"), ...people([["A", "", "", 5]], "a")];
    const g1 = buildRelease(r1, units, MIN, 5);
    const g2 = buildRelease(r2, units, MIN, 5);
    // Published anyway, the two releases give B's new respondent away.
    const leak = findLeak(
      [published(r1, g1.filter(isShown).map(groupId)), published(r2, g2.filter(isShown).map(groupId))],
      MIN,
    );
    expect(leak?.keys).toEqual(["b0"]);
    const conflicts = releaseConflicts(
      { members: r1, shown: new Set(g1.filter(isShown).map(groupId)) },
      { members: r2, groups: g2 },
      MIN,
    );
    expect(conflicts.map((c) => `${c.dim}:${c.id} ${c.kind} ${c.changed}`)).toEqual(["unit:B group 1"]);
  });

  it("a respondent moved to another unit by staff would be isolated by the two releases: found exactly, withheld", () => {
    const r1 = people([
      ["A", "", "", 6],
      ["B", "", "", 6],
    ]);
    const r2 = r1.map((m, i) => (i === 0 ? { ...m, unit: "B" } : m));
    const g1 = buildRelease(r1, ["A", "B"], MIN, 5);
    const before = { members: r1, shown: new Set(g1.filter(isShown).map(groupId)) };
    const g2 = buildRelease(r2, ["A", "B"], MIN, 5);
    // A's sum before minus A's sum now is the moved respondent.
    expect(
      findLeak([published(r1, [...before.shown]), published(r2, g2.filter(isShown).map(groupId))], MIN)?.keys,
    ).toEqual(["r0"]);
    const conflicts = releaseConflicts(before, { members: r2, groups: g2 }, MIN);
    expect(conflicts.map((c) => `${c.dim}:${c.id} ${c.kind}`)).toEqual(["unit:B leak"]);
    // The release goes ahead with both units withheld (A changed by one, B then protects it), and
    // the checker agrees nothing small comes out.
    const plan = planRelease(r2, ["A", "B"], MIN, 5, before);
    expect(plan.conflicts).toEqual([]);
    const shown = plan.groups.filter(isShown).map(groupId);
    expect(shown).toEqual(["all:"]);
    expect(checkReleases([published(r1, [...before.shown]), published(r2, shown)], MIN)).toEqual([]);
  });
});

/** A small deterministic generator. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A seeded campaign: arrivals, staff corrections and deletions, and a release tried at every step. */
function seededCampaign(seed: number, min: number): { made: Published[]; tried: number } {
  const EMP = ["PNS", "PNS", "PNS", "PPPK", "Non-ASN", ""];
  const POS = ["Pelaksana", "Pelaksana", "Fungsional", "Struktural", ""];
  const rand = rng(seed);
  const units = Array.from({ length: 3 + Math.floor(rand() * 6) }, (_, i) => `U${i}`);
  const weight = units.map(() => rand() ** 2);
  const pickUnit = () => {
    let x = rand() * weight.reduce((a, b) => a + b, 0);
    for (let i = 0; i < units.length; i++) {
      x -= weight[i];
      if (x <= 0) return units[i];
    }
    return units[units.length - 1];
  };
  let all: Member[] = [];
  let next = 0;
  const made: Published[] = [];
  let last: { members: Member[]; shown: Set<string> } | null = null;
  let tried = 0;
  for (let step = 0; step < 15; step++) {
    const arrivals = Math.floor(rand() * 16);
    for (let k = 0; k < arrivals; k++)
      all.push({
        key: `s${seed}r${next++}`,
        unit: pickUnit(),
        employment: EMP[Math.floor(rand() * EMP.length)],
        position: POS[Math.floor(rand() * POS.length)],
        raw: [1, 2, 3, 4, 5, 6, 7, 8],
      });
    // Staff now and then correct a unit (the key stays: only the unit changed) or delete a row.
    if (all.length && rand() < 0.3) {
      const i = Math.floor(rand() * all.length);
      all = all.map((m, j) => (j === i ? { ...m, unit: pickUnit() } : m));
    }
    if (all.length && rand() < 0.2) all = all.filter((_, j) => j !== Math.floor(rand() * all.length));
    const members = [...all];
    const { groups, conflicts } = planRelease(members, units, min, 5, last ?? undefined);
    tried += 1;
    if (conflicts.length > 0) continue;
    const shown = groups.filter(isShown).map(groupId);
    last = { members, shown: new Set(shown) };
    made.push(published(members, shown));
  }
  return { made, tried };
}

describe("seeded campaigns: every release made under the rules passes the checker", () => {
  for (const min of [5, 3]) {
    it(`60 campaigns, minimum ${min}`, () => {
      const problems: string[] = [];
      let pairs = 0;
      let withUnits = 0;
      let withProfile = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const { made } = seededCampaign(seed * 7 + min, min);
        pairs += Math.max(0, made.length - 1);
        withUnits += made.filter((r) => r.shown.some((g) => g.startsWith("unit:"))).length;
        withProfile += made.filter((r) => r.shown.some((g) => g.startsWith("position:"))).length;
        for (const p of checkReleases(made, min)) problems.push(`campaign ${seed}: ${p}`);
      }
      expect(problems).toEqual([]);
      // The releases show something: units' and profile groups' scores in many; many consecutive pairs are compared.
      expect(pairs).toBeGreaterThan(100);
      expect(withUnits).toBeGreaterThan(100);
      expect(withProfile).toBeGreaterThan(100);
    });
  }
});
