/**
 * Behaviour level (issue "From scores to action", item 1) through the built bundle: the Perilaku
 * tab's 21 scores per unit and for the instansi equal what the raw answers give, computed here
 * independently from the responses tab; small groups hidden; the weakest marked with a suggestion;
 * incremental equals a recompute, and a rebuild from Skor.
 */
import { answersFor, rng } from "../../local/respondents";
import { aggregates, campaign, menu, RESPONSES_TAB } from "./fixtures";

/** An answer as the form's grid writes it ("4 \u2013 Sering"): its number leads. */
const answer = (v: unknown) => Number(/^(\d)/.exec(String(v))?.[1]);
const CODES = ["BP", "AK", "KO", "HA", "LO", "AD", "KL"].flatMap((v) => [1, 2, 3].map((i) => `${v}${i}`));

/** Each unit's (and the instansi's: "") mean score 0..100 of each behaviour, from the raw answers. */
function expected(ws: ReturnType<typeof campaign>): Record<string, number[]> {
  const [header, ...rows] = ws.values(RESPONSES_TAB);
  const col = (code: string) => header.findIndex((h) => String(h).includes(`[${code}.`));
  const unitCol = header.indexOf("Unit kerja");
  const sums: Record<string, { n: number; s: number[] }> = {};
  for (const r of rows) {
    const unit = /\(([^)]+)\)$/.exec(String(r[unitCol]))?.[1] ?? "";
    for (const key of [unit, ""]) {
      sums[key] ??= { n: 0, s: CODES.map(() => 0) };
      sums[key].n++;
      CODES.forEach((c, i) => {
        sums[key].s[i] += ((answer(r[col(c)]) - 1) / 4) * 100;
      });
    }
  }
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v.s.map((x) => x / v.n)]));
}

const near = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) < 1e-9;

describe("the Perilaku tab", () => {
  it("shows each behaviour's score per unit and for the instansi, hides small units, marks the weakest", () => {
    const ws = campaign();
    const rand = rng(19);
    // Biro Umum 3 (under 5: hidden, and so must one more be), Dinas Pendidikan 9, RSUD 14.
    const plan = [
      ...Array(3).fill("Biro Umum (BU)"),
      ...Array(9).fill("Dinas Pendidikan (DIK)"),
      ...Array(14).fill("RSUD Provinsi (RS)"),
    ];
    for (const unit of plan) ws.submit(answersFor(rand, { unit, means: { AD: 2.4, KL: 2.8 } }));
    menu(ws, "menuDashboard");
    const tab = ws.values("Perilaku");
    const want = expected(ws);
    // The instansi table: 21 rows from the header (row 5).
    const inst = tab.slice(5, 26);
    expect(inst.map((r) => r[1])).toEqual(CODES);
    expect(inst.filter((r, i) => !near(r[3], want[""][i]))).toEqual([]);
    // The three weakest marked, each row with its suggestion.
    const marked = inst.filter((r) => String(r[4]).includes("terlemah")).map((r) => r[1]);
    const weakest = CODES.map((c, i) => ({ c, v: want[""][i] }))
      .sort((a, b) => a.v - b.v)
      .slice(0, 3)
      .map((x) => x.c);
    expect(new Set(marked)).toEqual(new Set(weakest));
    for (const r of inst) expect(String(r[5]).length).toBeGreaterThan(40);
    // The unit table: BU (3) hidden as small; DIK hidden to protect it (the complement); RS shown.
    const units: Record<string, unknown[]> = Object.fromEntries(
      tab.filter((r) => ["BU", "DIK", "RS"].includes(String(r[0]))).map((r) => [r[0], r]),
    );
    expect(units.BU.slice(3, 24).every((v) => v === "n < 5")).toBe(true);
    expect(units.DIK.slice(3, 24).every((v) => typeof v === "string")).toBe(true);
    expect(units.RS.slice(3, 24).filter((v, i) => !near(v, want.RS[i]))).toEqual([]);
    const rsWeakest = CODES[want.RS.indexOf(Math.min(...want.RS))];
    expect(units.RS[24]).toBe(rsWeakest);
    expect(String(units.RS[25]).length).toBeGreaterThan(40);
    expect(units.BU[24]).toBe("");
    // Incremental equals a recompute (the behaviour sums included), and so does the tab.
    const before = aggregates(ws);
    const shown = JSON.stringify(tab.slice(3));
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(before);
    menu(ws, "menuDashboard");
    expect(JSON.stringify(ws.values("Perilaku").slice(3))).toBe(shown);
    // A rebuild from Skor (the aggregates' row count lost, as after a crash) gives the same sums.
    ws.store("document").set("berakhlak.aggrows", "0");
    ws.submit(answersFor(rand, { unit: "RSUD Provinsi (RS)" }));
    const rebuilt = aggregates(ws);
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(rebuilt);
    expect((rebuilt["berakhlak.agg.u.RS"] as { beh: number[] }).beh).toHaveLength(21);
  });

  it("Skor carries each response's behaviour answers (a rebuild from Skor needs nothing else)", () => {
    const ws = campaign();
    ws.submit(answersFor(rng(4), { unit: "RSUD Provinsi (RS)" }));
    const [header, row] = ws.values("Skor");
    expect(header.at(-1)).toBe("jawaban perilaku");
    expect(String(row.at(-1))).toMatch(/^[1-5]{21}$/);
    const [rh, rr] = ws.values(RESPONSES_TAB);
    const digits = CODES.map((c) => answer(rr[rh.findIndex((h) => String(h).includes(`[${c}.`))])).join("");
    expect(row.at(-1)).toBe(digits);
  });
});
