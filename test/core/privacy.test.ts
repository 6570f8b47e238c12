import { crossLeak, suppress } from "../../src/core/results/privacy";
import type { Membership } from "../../src/core/results/release";
import { buildRelease, groupId, isShown, type Member } from "../../src/core/results/release";
import { leakAcross } from "../../src/core/results/releaseCheck";
import { planRelease } from "../../src/core/results/releasePlan";
import { type Published as Attacked, findLeak as attack, type Person, type Published } from "../attacker";
import { heavy } from "../helpers";
// Sets whose sum is derivable (the version-2 checker): what crossLeak searches, to compare with it.
import { findLeak as indicatorLeak } from "../privacyChecker";

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
    const leak = attack([oldRule(m, ["A", "B", "C"])], MIN);
    expect(leak?.sort()).toEqual(["r0", "r1"]);
  });

  it("finds the 6th respondent from two consecutive releases", () => {
    const five = people([["A", "", "", 5]]);
    const six = people([["A", "", "", 6]]);
    expect(attack([published(five, ["all:", "unit:A"]), published(six, ["all:", "unit:A"])], MIN)).toEqual([
      "r5",
    ]);
  });

  it("finds nothing when nothing small can be worked out", () => {
    const m = people([
      ["A", "", "", 6],
      ["B", "", "", 7],
    ]);
    expect(attack([published(m, ["all:", "unit:A", "unit:B"])], MIN)).toBeNull();
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
    expect(attack([r], MIN)).toBeNull();
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
    expect(attack([v1], MIN)).toEqual(["r22"]);
    expect(attack([published(counted, groups.filter(isShown).map(groupId))], MIN)).toBeNull();
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
    expect(attack([naive], MIN)).toEqual(["r10"]);
    const shown = groups.filter(isShown).map(groupId);
    expect(shown).toContain("unit:A");
    expect(attack([published(m, shown)], MIN)).toBeNull();
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
      const exact = indicatorLeak([published(m, groups)], MIN) !== null;
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

describe("between releases: every score release is checked with all earlier ones together", () => {
  const units = ["A", "B", "C"];
  const shownOf = (groups: ReturnType<typeof buildRelease>) => groups.filter(isShown).map(groupId);
  const asPublished = (m: readonly Membership[], shown: readonly string[]): Attacked => ({
    members: new Map<string, Person>(m.map((x) => [x.key, x])),
    shown,
  });
  const history = (list: readonly { members: readonly Membership[]; shown: readonly string[] }[]) =>
    list.map((r) => ({ members: r.members, shown: new Set(r.shown) }));

  it("releases that are not next to each other: A shown at 5, withheld, then shown at 6 would give the joiner away", () => {
    const r1 = people([
      ["A", "", "", 5],
      ["B", "", "", 6],
      ["C", "", "", 8],
    ]);
    const r2 = [...r1, ...people([["A", "", "", 1]], "a"), ...people([["B", "", "", 4]], "b")];
    const s1 = shownOf(buildRelease(r1, units, MIN, 5));
    expect(s1).toContain("unit:A");
    // Release 2 with A withheld passes a check against release 1 alone; release 3, with nothing
    // new in A, would show A at 6: releases 1 and 3 together isolate the joiner.
    const s3 = shownOf(buildRelease(r2, units, MIN, 5));
    expect(attack([asPublished(r1, s1), asPublished(r2, s3)], MIN)).toEqual(["a0"]);
    const plan = planRelease(r2, units, MIN, 5, history([{ members: r1, shown: s1 }]));
    expect(plan.conflicts).toEqual([]);
    const shown = shownOf(plan.groups);
    expect(shown).not.toContain("unit:A");
    expect(attack([asPublished(r1, s1), asPublished(r2, shown)], MIN)).toBeNull();
    expect(shown).not.toContain("unit:B");
    expect(plan.waiting.map((c) => `${c.dim}:${c.id} ${c.kind} ${c.changed}`)).toEqual([
      "unit:A leak 1",
      "unit:B leak 4",
    ]);
  });

  it("one out and one in between two releases (a re-submission under someone's NIP): caught, every count the same", () => {
    const r1 = people([
      ["A", "", "", 6],
      ["B", "", "", 6],
    ]);
    const s1 = shownOf(buildRelease(r1, ["A", "B"], MIN, 5));
    const r2 = [...r1.slice(1), ...people([["A", "", "", 1]], "x")];
    const naive = shownOf(buildRelease(r2, ["A", "B"], MIN, 5));
    expect(attack([asPublished(r1, s1), asPublished(r2, naive)], MIN)?.sort()).toEqual(["r0", "x0"]);
    // Withholding A cannot help (the totals differ by the same two): the release is refused.
    const plan = planRelease(r2, ["A", "B"], MIN, 5, history([{ members: r1, shown: s1 }]));
    expect(plan.conflicts).toEqual([{ dim: "all", id: "", kind: "leak", changed: 2 }]);
  });

  it("a refusal says how many respondents the total alone would give away, and nothing that will not help", () => {
    const r1 = people([
      ["A", "", "", 6],
      ["B", "", "", 6],
    ]);
    const s1 = shownOf(buildRelease(r1, ["A", "B"], MIN, 5));
    const r2 = r1.slice(2);
    const plan = planRelease(r2, ["A", "B"], MIN, 5, history([{ members: r1, shown: s1 }]));
    expect(plan.conflicts).toEqual([{ dim: "all", id: "", kind: "leak", changed: 2 }]);
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

/**
 * A seeded campaign after its end: a first score release, then staff corrections — joins (late
 * responses), leaves (deleted rows), re-submissions (one out, one in), units corrected — with a
 * release tried after each. Returns every release made.
 */
function seededCampaign(seed: number, min: number): { made: Attacked[]; tried: number } {
  const EMP = ["PNS", "PNS", "PNS", "PPPK", "Non-ASN", ""];
  const POS = ["Pelaksana", "Pelaksana", "Fungsional", "Struktural", ""];
  const rand = rng(seed);
  const units = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) => `U${i}`);
  const weight = units.map(() => rand() ** 2);
  const pickUnit = () => {
    let x = rand() * weight.reduce((a, b) => a + b, 0);
    for (let i = 0; i < units.length; i++) {
      x -= weight[i];
      if (x <= 0) return units[i];
    }
    return units[units.length - 1];
  };
  let next = 0;
  const person = (): Member => ({
    key: `s${seed}r${next++}`,
    unit: pickUnit(),
    employment: EMP[Math.floor(rand() * EMP.length)],
    position: POS[Math.floor(rand() * POS.length)],
    raw: [1, 2, 3, 4, 5, 6, 7, 8],
  });
  let all: Member[] = Array.from({ length: 10 + Math.floor(rand() * 22) }, person);
  const made: Attacked[] = [];
  const kept: { members: Member[]; shown: Set<string> }[] = [];
  let tried = 0;
  for (let step = 0; step < 5; step++) {
    if (step > 0) {
      const change = rand();
      const at = () => Math.floor(rand() * all.length);
      if (change < 0.4) all = [...all, ...Array.from({ length: 1 + Math.floor(rand() * 9) }, person)];
      else if (change < 0.5) all = all.filter((_, j) => j !== at());
      else if (change < 0.75) {
        const i = at();
        all = [...all.filter((_, j) => j !== i), { ...all[i], key: `s${seed}r${next++}` }];
      } else {
        const i = at();
        all = all.map((m, j) => (j === i ? { ...m, unit: pickUnit() } : m));
      }
    }
    const members = [...all];
    const { groups, conflicts } = planRelease(members, units, min, 5, kept);
    tried += 1;
    if (conflicts.length > 0) continue;
    const shown = groups.filter(isShown).map(groupId);
    kept.push({ members, shown: new Set(shown) });
    made.push({ members: new Map<string, Person>(members.map((m) => [m.key, m])), shown });
  }
  return { made, tried };
}

describe("seeded campaigns: no set of releases together isolates fewer than the minimum", () => {
  for (const [min, campaigns] of [
    [5, 150],
    [3, 150],
  ]) {
    heavy(`${campaigns} campaigns, minimum ${min}, attacked over all their releases together`, () => {
      const problems: string[] = [];
      let later = 0;
      let withUnits = 0;
      for (let seed = 1; seed <= campaigns; seed++) {
        const { made } = seededCampaign(seed * 7 + min, min);
        later += Math.max(0, made.length - 1);
        withUnits += made.filter((r) => r.shown.some((g) => g.startsWith("unit:"))).length;
        const leak = attack(made, min, rng(seed));
        if (leak) problems.push(`campaign ${seed}: ${leak.join(", ")}`);
      }
      expect(problems).toEqual([]);
      // Later releases are made and show units' scores: the check is not trivially refusing.
      expect(later).toBeGreaterThan(campaigns / 2);
      expect(withUnits).toBeGreaterThan(campaigns * 1.2);
    });
  }
});

describe("the check over releases agrees with the attacker", () => {
  heavy(
    "on 300 random sets of releases with random groups shown: a combination of fewer than the minimum exists for one exactly when for the other",
    () => {
      const rand = rng(99);
      const EMP = ["PNS", "PPPK", ""];
      const POS = ["Pelaksana", "Fungsional", "Struktural"];
      let leaks = 0;
      for (let trial = 0; trial < 300; trial++) {
        const min = trial % 3 === 0 ? 3 : 5;
        const pool = Array.from({ length: 10 + Math.floor(rand() * 25) }, (_, i) => ({
          key: `p${i}`,
          unit: `U${Math.floor(rand() * 4)}`,
          employment: EMP[Math.floor(rand() * EMP.length)],
          position: POS[Math.floor(rand() * POS.length)],
        }));
        const groups = [
          "all:",
          ...["U0", "U1", "U2", "U3"].map((u) => `unit:${u}`),
          ...EMP.map((e) => `employment:${e}`),
          ...POS.map((p) => `position:${p}`),
        ];
        const releases = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
          members: pool.filter(() => rand() < 0.85).map((m) => (rand() < 0.1 ? { ...m, unit: "U0" } : m)),
          shown: groups.filter((g) => g === "all:" || rand() < 0.25),
        }));
        const ours = leakAcross(
          releases.map((r) => ({ members: r.members, shown: new Set(r.shown) })),
          min,
        );
        const theirs = attack(
          releases.map((r) => ({
            members: new Map<string, Person>(r.members.map((m) => [m.key, m])),
            shown: r.shown,
          })),
          min,
          rng(trial),
        );
        expect(ours.kind).not.toBe("unknown");
        expect({ trial, leak: ours.kind === "leak" }).toEqual({ trial, leak: theirs !== null });
        if (ours.kind === "leak") {
          leaks += 1;
          expect(ours.keys.length).toBeGreaterThan(0);
          expect(ours.keys.length).toBeLessThan(min);
        }
      }
      // Both answers occur often: the comparison is not one-sided.
      expect(leaks).toBeGreaterThan(50);
      expect(leaks).toBeLessThan(250);
    },
  );
});
