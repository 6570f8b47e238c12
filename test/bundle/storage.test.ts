/**
 * Storage has bounds whatever the input (RELIABILITY.md): no property key or value grows with
 * respondent text or the number of responses, and per-unit state scales to 1,000 units.
 */
import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { setup, UNIT_HEADER } from "./fixtures";

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
  it("with 1,000 units and 10,000 distinct free-text answers", () => {
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
