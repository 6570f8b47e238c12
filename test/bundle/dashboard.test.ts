import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../../local/sample";
import { campaign, menu, RESPONSES_TAB, setup } from "./fixtures";

const UNITS_TOP = 16; // the unit table's first row (DASH.unitsTop)

function campaignOf(units: number, settings: unknown[][] = []) {
  const list = syntheticUnits(units);
  const tabs: Record<string, unknown[][]> = { "Unit Kerja": unitRows(list) };
  if (settings.length) tabs.Pengaturan = [["kunci", "nilai", "keterangan"], ...settings];
  const ws = new Workspace({ tabs });
  ws.open();
  setup(ws);
  return { ws, choices: list.map(choiceOf), list };
}

/** The unit table as objects keyed by header. */
function unitTable(ws: Workspace): Record<string, unknown>[] {
  const v = ws.values("Dasbor");
  const header = v[UNITS_TOP - 2].map(String);
  const out: Record<string, unknown>[] = [];
  for (let r = UNITS_TOP - 1; r < v.length && v[r][0] !== ""; r++)
    out.push(Object.fromEntries(header.map((h, j) => [h, v[r][j]])));
  return out;
}

describe("the Dasbor tab (the built bundle on the emulation)", () => {
  it("shows figures equal to ones computed independently from the raw responses", () => {
    const { ws, choices } = campaignOf(4);
    const rand = rng(11);
    for (let i = 0; i < 60; i++)
      ws.submit(answersFor(rand, { unit: choices[i % 4], means: { KO: 2.2, AD: 4.4 } }));
    menu(ws, "menuDashboard");
    // Independent computation: answer "4 – Sering" is 4; value = mean over its 3 items of (x-1)/4*100.
    const raw = ws.values(RESPONSES_TAB);
    const header = raw[0].map(String);
    const codes = ["BP", "AK", "KO", "HA", "LO", "AD", "KL"];
    const expected: Record<string, { n: number; sums: number[] }> = {};
    for (const row of raw.slice(1)) {
      const code = /\(([^()]+)\)$/.exec(String(row[1]))?.[1] as string;
      const e = (expected[code] ??= { n: 0, sums: codes.map(() => 0) });
      e.n++;
      codes.forEach((c, k) => {
        const cols = header.map((h, j) => (h.includes(`[${c}`) ? j : -1)).filter((j) => j >= 0);
        const scores = cols.map((j) => ((Number(String(row[j])[0]) - 1) / 4) * 100);
        e.sums[k] += scores.reduce((a, b) => a + b, 0) / 3;
      });
    }
    for (const u of unitTable(ws)) {
      const e = expected[String(u.Kode)];
      expect(u["Respons valid"]).toBe(e.n);
      codes.forEach((c, k) => {
        expect(u[c] as number).toBeCloseTo(e.sums[k] / e.n, 9);
      });
      const idx = codes.reduce((a, _, k) => a + e.sums[k] / e.n, 0) / 7;
      expect(u.Indeks as number).toBeCloseTo(idx, 9);
    }
    const total = Object.values(expected).reduce((a, e) => a + e.n, 0);
    const v = ws.values("Dasbor");
    expect(v[4][1]).toBe(total);
    // The weakest value (KO, drawn low) is marked.
    const weakest = v.slice(5, 12).find((r) => r[5] === "terlemah");
    expect(weakest?.[3]).toBe("Kompeten");
  });

  it("shows a unit with 4 responses with its count and no score; and withholds the next-smallest too, saying why", () => {
    const { ws, choices } = campaignOf(3);
    const rand = rng(5);
    const plan = [choices[0], choices[0], choices[0], choices[0]];
    for (let i = 0; i < 12; i++) plan.push(choices[1]);
    for (let i = 0; i < 7; i++) plan.push(choices[2]);
    for (const unit of plan) ws.submit(answersFor(rand, { unit }));
    menu(ws, "menuDashboard");
    const table = unitTable(ws);
    const byCode = Object.fromEntries(table.map((u) => [u.Kode, u]));
    const [small, big, mid] = syntheticUnits(3).map((u) => byCode[u.code]);
    expect(small["Respons valid"]).toBe(4);
    expect(small.Indeks).toBe("n < 5");
    expect(small.BP).toBe("n < 5");
    expect(small.Predikat).toBe("");
    // The instansi total is shown, so the next-smallest unit (7) is hidden as well: no subtraction
    // trick. It says why: it is not below the minimum itself.
    expect(mid["Respons valid"]).toBe(7);
    expect(mid.Indeks).toBe("disembunyikan");
    expect(mid.BP).toBe("disembunyikan");
    expect(typeof big.Indeks).toBe("number");
    // The marks stay on one line, and a legend under the tables says what they mean.
    const rowOf = ws.values("Dasbor").findIndex((r) => r[0] === mid.Kode);
    expect(
      ws
        .formats("Dasbor")
        [rowOf].slice(7, 16)
        .every((a) => a?.wrap === "CLIP"),
    ).toBe(true);
    expect(
      ws
        .values("Dasbor")
        .flat()
        .some((c) => String(c).startsWith("n < 5: kurang dari 5 respon")),
    ).toBe(true);
    // No hidden score sits in any cell of the tab.
    const smallRow = ws.values("Dasbor").find((r) => r[0] === small.Kode) ?? [];
    expect(smallRow.slice(7, 16).every((c) => typeof c !== "number")).toBe(true);
  });

  it("colours each unit's status, puts the least achievement first, and draws charts over its own ranges", () => {
    // Quotas typed by hand: 2, 4 and 10.
    const list = syntheticUnits(3);
    const rows = unitRows(list, (i) => [2, 4, 10][i]);
    const ws = new Workspace({
      tabs: {
        "Unit Kerja": rows,
        Pengaturan: [
          ["kunci", "nilai"],
          ["metode_kuota", "manual"],
        ],
      },
    });
    ws.open();
    setup(ws);
    const choices = list.map(choiceOf);
    const rand = rng(9);
    for (let i = 0; i < 2; i++) ws.submit(answersFor(rand, { unit: choices[0] }));
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: choices[1] }));
    menu(ws, "menuDashboard");
    const table = unitTable(ws);
    expect(table.map((u) => u.Status)).toEqual(["belum ada", "mendekati", "tercapai"]);
    const fmts = ws.formats("Dasbor");
    const statusColour = (i: number) => fmts[UNITS_TOP - 1 + i][6]?.bg;
    expect([statusColour(0), statusColour(1), statusColour(2)]).toEqual(["#e0e0e0", "#fce8b2", "#b7e1cd"]);
    const charts = ws.sheet("Dasbor").charts;
    expect(charts).toHaveLength(2);
    expect(charts[0].ranges[0].box).toEqual({ r: 6, c: 4, nr: 7, nc: 2 });
    expect(charts[1].ranges.map((x) => x.box)).toEqual([
      { r: UNITS_TOP, c: 2, nr: 3, nc: 1 },
      { r: UNITS_TOP, c: 6, nr: 3, nc: 1 },
    ]);
  });

  it("is updated after every submission (headline and unit table) and protected with a warning", () => {
    const { ws, choices } = campaignOf(2);
    const rand = rng(3);
    ws.submit(answersFor(rand, { unit: choices[0] }));
    expect(ws.values("Dasbor")[4][1]).toBe(1);
    ws.submit(answersFor(rand, { unit: choices[1] }));
    expect(ws.values("Dasbor")[4][1]).toBe(2);
    expect(unitTable(ws).map((u) => u["Respons valid"])).toEqual([1, 1]);
    expect(ws.sheet("Dasbor").protections[0]).toMatchObject({ warningOnly: true });
  });

  it("a second refresh changes nothing but the time", () => {
    const { ws, choices } = campaignOf(3);
    const rand = rng(4);
    for (let i = 0; i < 20; i++) ws.submit(answersFor(rand, { unit: choices[i % 3] }));
    menu(ws, "menuDashboard");
    const before = ws.values("Dasbor");
    const formats = JSON.stringify(ws.formats("Dasbor"));
    ws.advanceClock(5 * 60 * 1000);
    menu(ws, "menuDashboard");
    const after = ws.values("Dasbor");
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    expect(after[2][3]).not.toEqual(before[2][3]);
    expect(JSON.stringify(ws.formats("Dasbor"))).toBe(formats);
    expect(ws.sheet("Dasbor").charts).toHaveLength(2);
  });

  it("costs the same calls to refresh for 10 or 60 units", () => {
    const cost = (n: number) => {
      const { ws } = campaignOf(n);
      return ws.clickMenu("Perbarui Dasbor").calls;
    };
    const ten = cost(10);
    expect(cost(60)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(40);
  });
});

describe("more valid responses than staff", () => {
  it("are flagged on Dasbor and by the health check", () => {
    const units = [
      ["BU", "Biro Umum", "Ibu Sari", "sari@example.org", "", 2, "", "ya"],
      ["DIK", "Dinas Pendidikan", "Bapak Budi", "budi@example.org", "", 300, "", "ya"],
    ];
    const ws = campaign([], units);
    const rand = rng(77);
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: "Biro Umum (BU)" }));
    menu(ws, "menuDashboard");
    const row = ws.displayValues("Dasbor").find((r) => r[0] === "BU");
    expect(row?.join(" ")).toContain("periksa data: respons > pegawai");
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Periksa data: Biro Umum (3/2) punya lebih banyak respons valid");
  });
});

describe("a province of 1,000 units", () => {
  it("gets a Dasbor whose grid grows past Google's 1,000 rows", () => {
    const units = Array.from({ length: 1000 }, (_, i) => [
      `U${i}`,
      `Unit Kerja ${i}`,
      "",
      "",
      "",
      30,
      "",
      "ya",
    ]);
    const ws = campaign([["metode_kuota", "persen"]], units);
    const r = ws.clickMenu("Perbarui Dasbor");
    expect(r.error).toBeUndefined();
    expect(ws.values("Dasbor").filter((row) => /^U\d+$/.test(String(row[0])))).toHaveLength(1000);
  });
});
