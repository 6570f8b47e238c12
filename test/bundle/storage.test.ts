/**
 * Storage has bounds whatever the input (RELIABILITY.md): no property key or value grows with
 * respondent text or the number of responses, and per-unit state scales to 1,000 units.
 */
import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { heavy } from "../helpers";
import { aggregates, campaign, menu, RESPONSES_TAB, setup, skorRows, UNIT_HEADER } from "./fixtures";

const HOUR = 60 * 60 * 1000;

const SETTINGS = [
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-20"],
  ["jam_pengingat", 9],
  ["metode_kuota", "manual"],
];
const UNITS = [
  ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 5, "ya"],
  ["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"],
];

describe("storage that respondent text cannot grow", () => {
  it("2,000 distinct free-text profile answers add no stored key and keep the store small", () => {
    const ws = new Workspace({
      tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS], Pengaturan: [["kunci", "nilai"], ...SETTINGS] },
    });
    ws.open();
    setup(ws);
    const rand = rng(5);
    for (let i = 0; i < 2000; i++)
      ws.submit(
        answersFor(rand, {
          unit: "Biro A (A)",
          employment: `Jabatan rekaan nomor ${i} ${"x".repeat(40)}`,
          nip: "",
        }),
        { validate: false, event: i % 50 === 0 ? "normal" : "dropped" },
      );
    ws.advanceClock(61 * 60_000);
    const keys = Object.keys(ws.properties("document")).filter((k) => k.startsWith("berakhlak.agg.g."));
    expect(keys.sort()).toEqual([
      "berakhlak.agg.g.employment|lainnya",
      "berakhlak.agg.g.position|Fungsional",
      "berakhlak.agg.g.position|Pelaksana",
      "berakhlak.agg.g.position|Struktural",
    ]);
    const bytes = Object.entries(ws.properties("document")).reduce((a, [k, v]) => a + k.length + v.length, 0);
    expect(bytes).toBeLessThan(250 * 1024);
  });
});

describe("every store under half its limit (RELIABILITY.md)", () => {
  heavy("with 1,000 units and 10,000 distinct free-text answers", () => {
    const units = Array.from({ length: 1000 }, (_, i) => [
      `U${i}`,
      `Unit Kerja Nomor ${i}`,
      `Kepala ${i}`,
      `kepala${i}@example.org`,
      "",
      60,
      "",
      "ya",
    ]);
    const ws = new Workspace({
      tabs: {
        "Unit Kerja": [UNIT_HEADER, ...units],
        Pengaturan: [
          ["kunci", "nilai"],
          ["metode_kuota", "persen"],
          ["kumpulkan_nip", "ya"],
        ],
      },
      mailQuota: 5000,
    });
    ws.open();
    setup(ws);
    const rand = rng(10);
    for (let i = 0; i < 10_000; i++)
      ws.submit(
        answersFor(rand, {
          unit: `Unit Kerja Nomor ${i % 1000} (U${i % 1000})`,
          employment: `Isian bebas nomor ${i}`,
          position: `Jabatan karangan ${i}`,
          nip: `19900101 2015${String(i % 100).padStart(2, "0")} 1 ${String(i % 1000).padStart(3, "0")}`,
        }),
        { validate: false, event: i % 200 === 0 ? "normal" : "dropped" },
      );
    ws.advanceClock(25 * 3600_000); // the catch-up, and a day of reminders to 1,000 units
    expect(ws.executions.filter((e) => e.error).map((e) => `${e.fn}: ${e.error}`)).toEqual([]);
    expect(ws.values("Skor")).toHaveLength(10_001);
    const size = (kind: string) =>
      Object.entries(ws.properties(kind)).reduce((a, [k, v]) => a + k.length + v.length, 0);
    for (const kind of ["document", "script", `user:${ws.user}`]) expect(size(kind)).toBeLessThan(250 * 1024);
    for (const v of Object.values(ws.properties("document"))) expect(v.length).toBeLessThanOrEqual(9 * 1024);
  });
});

describe.each([
  ["into the next empty row", "nextEmpty"],
  ["by inserting a row", "insert"],
] as const)("Google's 10 million cells (issue 26), Forms writing a response %s", (_how, responseRow) => {
  const BU = "Biro Umum (BU)";
  /** The health check's lines. */
  const health = (ws: Workspace) => {
    expect(ws.clickMenu("Periksa Kesehatan").error).toBeUndefined();
    return [
      ...(ws.uiLog.at(-1)?.html ?? "").matchAll(/<tr><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g),
    ].map((m) => `${m[1]}: ${m[2]}`);
  };
  const capacity = (ws: Workspace) => health(ws).find((l) => /Kapasitas|penuh/.test(l)) ?? "";

  it("the health check says how many more responses fit and warns from 80 %; filled to the limit, nothing counted is lost and it says what to do", () => {
    const ws = campaign([], undefined, { variants: { responseRow } });
    const rand = rng(31);
    for (let i = 0; i < 5; i++) ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(HOUR);
    expect(capacity(ws)).toMatch(
      /^baik: Kapasitas Spreadsheet: [\d.]+ dari 10\.000\.000 sel Google \(\d%\); masih muat sekitar [\d.]+ respon lagi/,
    );
    // Staff keep last year's data in a tab, and delete the empty rows below the responses.
    const responses = ws.sheet(RESPONSES_TAB);
    responses.deleteRows(7, responses.maxRows - 6);
    const width = responses.maxCols;
    const skorWidth = ws.sheet("Skor").maxCols;
    ws.typeInto("Arsip", [["data tahun lalu"]]);
    const arsip = ws.sheet("Arsip");
    arsip.deleteCols(2, arsip.maxCols - 1);
    // Room left for three more rows of the responses tab, and a little.
    arsip.insertRows(arsip.maxRows, 10_000_000 - ws.book.cells() - 3 * width - 5);
    expect(capacity(ws)).toBe(
      `perhatian: Spreadsheet hampir penuh: ${(10_000_000 - 3 * width - 5).toLocaleString("de-DE")} dari 10.000.000 sel Google (99%); masih muat sekitar 3 respon lagi. Kosongkan ruang sekarang: hapus tab yang tidak dipakai, serta baris dan kolom kosong di tab buatan Anda (Google menghitung setiap sel, juga yang kosong). Jangan hapus tab jawaban, Skor, atau tab tersembunyi produk.`,
    );
    expect(skorWidth).toBe(18);
    const counted = [];
    for (let i = 0; i < 5; i++) counted.push(ws.submit(answersFor(rand, { unit: BU })).notInSheet ?? false);
    expect(counted).toEqual([false, false, false, true, true]);
    ws.advanceClock(HOUR);
    // The 8 in the Sheet are counted, on Dasbor too; the two kept only by the form are not.
    expect(skorRows(ws)).toHaveLength(8);
    const before = aggregates(ws);
    expect(JSON.stringify(before)).toContain('"n":8');
    expect(capacity(ws)).toMatch(
      /^masalah: Spreadsheet penuh: [\d.]+ dari 10\.000\.000 sel Google\. Respon baru tetap diterima Formulir tetapi tidak masuk ke Sheet/,
    );
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(before);
    // Staff delete the archive tab: responses reach the Sheet and are counted again.
    ws.deleteTab("Arsip");
    ws.submit(answersFor(rand, { unit: BU }));
    expect(skorRows(ws)).toHaveLength(9);
    expect(capacity(ws)).toMatch(/^baik: Kapasitas Spreadsheet/);
  });
  it("full with the responses tab's empty rows left: nothing counted changes, and what reached the Sheet is counted once there is room", () => {
    const ws = campaign([], undefined, { variants: { responseRow } });
    const rand = rng(32);
    for (let i = 0; i < 4; i++) ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(HOUR);
    const skor = ws.sheet("Skor");
    skor.deleteRows(6, skor.maxRows - 5);
    ws.typeInto("Arsip", [["data tahun lalu"]]);
    const arsip = ws.sheet("Arsip");
    arsip.deleteCols(2, arsip.maxCols - 1);
    arsip.insertRows(arsip.maxRows, 10_000_000 - ws.book.cells());
    const before = aggregates(ws);
    const r = ws.submit(answersFor(rand, { unit: BU }));
    // Into an empty row, the response reaches the Sheet and Skor cannot grow for it; by an
    // inserted row, it does not reach the Sheet at all.
    if (responseRow === "nextEmpty") expect(r.executions[0].error).toMatch(/limit of 10000000 cells/);
    else expect(r.notInSheet).toBe(true);
    expect(aggregates(ws)).toEqual(before);
    expect(skorRows(ws)).toHaveLength(4);
    expect(capacity(ws)).toMatch(/^masalah: Spreadsheet penuh/);
    ws.advanceClock(HOUR);
    expect(aggregates(ws)).toEqual(before);
    ws.deleteTab("Arsip");
    ws.advanceClock(HOUR);
    const inSheet = responseRow === "nextEmpty" ? 5 : 4;
    expect(skorRows(ws)).toHaveLength(inSheet);
    expect(JSON.stringify(aggregates(ws))).toContain(`"n":${inSheet}`);
  });
});
