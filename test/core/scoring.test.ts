import { aggregateAll, meansOf } from "../../src/core/counting/aggregate";
import { duplicateIndexes } from "../../src/core/counting/duplicates";
import { EB, itemLabel, scaleChoices, VALUES } from "../../src/core/counting/instrument";
import { itemScore, mapColumns, responseKey, scoreRow, scoresOf } from "../../src/core/counting/scoring";
import { readSkorRow, skorRow } from "../../src/core/counting/skor";

/** A responses-tab header as Google writes it for the product's form. */
const header = [
  "Stempel waktu",
  "Unit kerja",
  "Jenis kepegawaian",
  "Jenis jabatan",
  ...VALUES.flatMap((v) => v.behaviours.map((b) => `${v.name.id} [${itemLabel(b)}]`)),
  ...EB.items.map((i) => `${EB.name.id} [${itemLabel(i)}]`),
];
const cols = mapColumns(header);
const cfg = { points: 5, units: { BU: { active: true }, OLD: { active: false } } };
const T = new Date("2026-03-02T02:00:00Z");

/** A row whose 24 answers are given as numbers 1..5 (written as the grid's choice texts). */
function row(answers: number[], unit = "Biro Umum (BU)", time = T): unknown[] {
  const labels = scaleChoices(5, "id");
  return [time, unit, "PNS", "Fungsional", ...answers.map((a) => labels[a - 1] ?? String(a))];
}

describe("item score", () => {
  it("is (x - 1) / (K - 1) * 100 for every scale length", () => {
    expect(itemScore(1, 5)).toBe(0);
    expect(itemScore(5, 5)).toBe(100);
    expect(itemScore(4, 5)).toBe(75);
    expect(itemScore(2, 4)).toBeCloseTo(33.3333333333, 9);
    expect(itemScore(7, 7)).toBe(100);
    expect(itemScore(4, 7)).toBe(50);
  });
});

describe("scoring one response", () => {
  it("finds every column from the header, whatever its position", () => {
    expect(Object.keys(cols.items)).toHaveLength(24);
    expect(cols.profile).toEqual({ unit: 1, employment: 2, position: 3 });
  });

  it("every answer at the top of the scale gives 100 everywhere", () => {
    const s = scoreRow(row(Array(24).fill(5)), cols, cfg);
    expect(s.status).toBe("valid");
    const sc = scoresOf(s, 5);
    expect(sc.values).toEqual(Array(7).fill(100));
    expect(sc.index).toBe(100);
    expect(sc.eb).toBe(100);
  });

  it("every answer at the bottom gives 0", () => {
    const sc = scoresOf(scoreRow(row(Array(24).fill(1)), cols, cfg), 5);
    expect(sc.values).toEqual(Array(7).fill(0));
    expect(sc.index).toBe(0);
    expect(sc.eb).toBe(0);
  });

  it("a mixed response, worked by hand", () => {
    // BP: 5,4,3 -> item scores 100, 75, 50 -> value 75
    // AK: 2,2,2 -> 25 each -> 25
    // KO: 1,5,3 -> 0, 100, 50 -> 50
    // HA: 4,4,5 -> 75, 75, 100 -> 83.333…
    // LO: 5,5,5 -> 100
    // AD: 3,3,4 -> 50, 50, 75 -> 58.333…
    // KL: 1,2,3 -> 0, 25, 50 -> 25
    // index = (75 + 25 + 50 + 83.333… + 100 + 58.333… + 25) / 7 = 416.666… / 7 = 59.5238095…
    // EB: 4,5,3 -> 75, 100, 50 -> 75
    const answers = [5, 4, 3, 2, 2, 2, 1, 5, 3, 4, 4, 5, 5, 5, 5, 3, 3, 4, 1, 2, 3, 4, 5, 3];
    const sc = scoresOf(scoreRow(row(answers), cols, cfg), 5);
    expect(sc.values.map((v) => Number(v?.toFixed(6)))).toEqual([75, 25, 50, 83.333333, 100, 58.333333, 25]);
    expect(sc.index).toBeCloseTo(59.5238095238, 9);
    expect(sc.eb).toBe(75);
  });

  it("is invalid, with its reason, for an unknown or inactive unit, a missing or out-of-range answer", () => {
    const all5 = Array(24).fill(5);
    expect(scoreRow(row(all5, "Biro X (BX)"), cols, cfg).reason).toEqual({
      code: "unknownUnit",
      unit: "Biro X (BX)",
    });
    expect(scoreRow(row(all5, "Biro Lama (OLD)"), cols, cfg).reason).toEqual({
      code: "inactiveUnit",
      unit: "Biro Lama (OLD)",
    });
    expect(scoreRow(row(all5, ""), cols, cfg).reason).toEqual({ code: "noUnit" });
    const missing = row(all5);
    missing[10] = ""; // columns: time, unit, 2 profile, BP1-3, AK1-3, then KO1
    expect(scoreRow(missing, cols, cfg)).toMatchObject({
      status: "tidak valid",
      reason: { code: "missingAnswer", item: "KO1" },
    });
    const out = row(all5);
    out[5] = 6;
    expect(scoreRow(out, cols, cfg).reason).toEqual({ code: "outOfRange", item: "BP2", answer: "6" });
  });

  it("keys a response by its timestamp and a hash of its answers", () => {
    const a = responseKey(row(Array(24).fill(5)), cols);
    expect(a).toMatch(/^k\d+x[0-9a-f]{14}$/);
    expect(responseKey(row(Array(24).fill(5)), cols)).toBe(a);
    expect(responseKey(row(Array(24).fill(4)), cols)).not.toBe(a);
    expect(
      responseKey(row(Array(24).fill(5), "Biro Umum (BU)", new Date(T.getTime() + 1000)), cols),
    ).not.toBe(a);
  });

  it("round-trips through a Skor row exactly", () => {
    const s = scoreRow(
      row([5, 4, 3, 2, 2, 2, 1, 5, 3, 4, 4, 5, 5, 5, 5, 3, 3, 4, 1, 2, 3, 4, 5, 3]),
      cols,
      cfg,
    );
    const written = skorRow(s, "abc", 5, "id", new Date(s.time));
    const plain = written.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v));
    const back = readSkorRow(plain, 5);
    expect(back.raw).toEqual(s.raw);
    expect(back).toMatchObject({
      key: s.key,
      unit: "BU",
      status: "valid",
      employment: "PNS",
      nipHash: "abc",
    });
  });
});

describe("aggregates", () => {
  it("are respondent-weighted: the instansi is over all valid responses, not a mean of unit means", () => {
    // BU: one response of all 5 (100); DIK: three responses of all 1 (0).
    // Mean of unit means would be 50; respondent-weighted is (100 + 0 + 0 + 0) / 4 = 25.
    const c2 = { points: 5, units: { BU: { active: true }, DIK: { active: true } } };
    const rows = [
      scoreRow(row(Array(24).fill(5)), cols, c2),
      ...[1, 2, 3].map((i) =>
        scoreRow(
          row(Array(24).fill(1), "Dinas Pendidikan (DIK)", new Date(T.getTime() + i * 1000)),
          cols,
          c2,
        ),
      ),
      scoreRow(row(Array(24).fill(5), "Biro X (BX)"), cols, c2),
    ];
    const aggs = aggregateAll(rows);
    expect(aggs.all.n).toBe(4);
    expect(meansOf(aggs.all, 5).index).toBe(25);
    expect(meansOf(aggs.units.BU, 5).index).toBe(100);
    expect(meansOf(aggs.units.DIK, 5).values).toEqual(Array(7).fill(0));
    expect(meansOf(aggs.groups["employment|PNS"], 5).n).toBe(4);
    expect(meansOf(undefined, 5)).toMatchObject({ n: 0, index: null });
  });
});

describe("duplicates", () => {
  const rows = [
    { hash: "h1", eligible: true, key: "a", time: 1 },
    { hash: "h1", eligible: true, key: "b", time: 3 },
    { hash: "h1", eligible: false, key: "c", time: 5 },
    { hash: "h2", eligible: true, key: "d", time: 2 },
    { hash: "", eligible: true, key: "e", time: 2 },
    { hash: "", eligible: true, key: "f", time: 2 },
  ];

  it("keep the latest by default: the earlier is duplikat; invalid ones and rows without a NIP take no part", () => {
    expect([...duplicateIndexes(rows, "latest")]).toEqual([0]);
  });

  it("or the first", () => {
    expect([...duplicateIndexes(rows, "first")]).toEqual([1]);
  });
});

describe("what a response's key and groups may carry", () => {
  const withNip = mapColumns([...header.slice(0, 4), "NIP", ...header.slice(4)]);
  const rowWithNip = (nip: string) => {
    const r = row(Array(24).fill(4));
    return [...r.slice(0, 4), nip, ...r.slice(4)];
  };

  it("the key never depends on the clear NIP (a guessed NIP cannot be confirmed from Skor)", () => {
    const a = responseKey(rowWithNip("19900101 201503 1 001"), withNip);
    const b = responseKey(rowWithNip("19850505 201001 1 000"), withNip);
    expect(a).toBe(b);
    expect(a).not.toContain("19900101");
  });

  it("a profile answer outside the form's choices is grouped as lainnya, never kept as sent", () => {
    const r = row(Array(24).fill(4));
    r[2] = "Honorer daerah (tulis sendiri)";
    r[3] = '=HYPERLINK("x")';
    const s = scoreRow(r, cols, cfg);
    expect([s.employment, s.position]).toEqual(["lainnya", "lainnya"]);
    expect(s.status).toBe("valid");
  });
});

describe("unit codes", () => {
  it("any printable code works, parentheses included", () => {
    const units = { "UPT (1)": { active: true }, BU: { active: true }, "1": { active: true } };
    const r = row(Array(24).fill(4), "UPT Balai Latihan (UPT (1))");
    expect(scoreRow(r, cols, { points: 5, units }).unit).toBe("UPT (1)");
    expect(scoreRow(row(Array(24).fill(4), "Biro Umum (BU)"), cols, { points: 5, units }).unit).toBe("BU");
    expect(scoreRow(row(Array(24).fill(4), "Kantor (1)"), cols, { points: 5, units }).unit).toBe("1");
    expect(scoreRow(row(Array(24).fill(4), "Biro Lama (OLD)"), cols, { points: 5, units }).status).toBe(
      "tidak valid",
    );
  });
});
