import { answersFor, rng } from "../../local/respondents";
import { unitChoice } from "../../src/core/campaign/units";
import { campaign, menu } from "./fixtures";

/**
 * Staff's text as keys (RELIABILITY.md "Bad input"): unit codes that are JavaScript's own names
 * count like any other, through every flow that keys a map by them.
 */

const BUILT_INS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

describe("unit codes that are JavaScript built-in names (the built bundle)", () => {
  it("count, show on Dasbor and the board, and release like any other code", () => {
    const units = BUILT_INS.map((code, i) => [
      code,
      `Unit ${i + 1}`,
      `Kepala ${i + 1}`,
      `k${i}@example.org`,
      "",
      20,
      "",
      "ya",
    ]);
    const ws = campaign([["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")]], units);
    ws.deployWebApp();
    const rand = rng(3);
    for (const [code, name] of units)
      for (let i = 0; i < 6; i++) {
        const r = ws.submit(
          answersFor(rand, { unit: unitChoice({ name: String(name), code: String(code) }) }),
        );
        expect(r.executions.map((e) => e.error).filter(Boolean)).toEqual([]);
      }
    const hourly = ws.advanceClock(3_600_000);
    expect(hourly.map((r) => r.error).filter(Boolean)).toEqual([]);
    const counted = ws
      .values("Skor")
      .slice(1)
      .filter((r) => r[3] === "valid");
    expect(counted).toHaveLength(30);
    const dash = ws.values("Dasbor");
    for (const code of BUILT_INS) expect(dash.find((r) => r[0] === code)?.[4]).toBe(6);
    const board = ws.webGet();
    expect(board.record.error).toBeUndefined();
    for (const code of BUILT_INS) {
      const page = ws.webGet({ unit: code });
      expect(page.record.error).toBeUndefined();
      expect(page.html).toContain("6");
    }
    ws.advanceTo(new Date("2026-03-07T09:30:00+07:00"));
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1, diterbitkan/);
    expect(menu(ws, "menuHealth")).toBeDefined();
  });
});

describe("very long names in other scripts (the built bundle)", () => {
  // A name whose 300-character cut falls inside an emoji; a hundred emoji; 290 CJK characters.
  const LONG = [
    ["EMO", `${"a".repeat(299)}\u{1F600}\u{1F600}`],
    ["E100", "\u{1F389}".repeat(100)],
    ["CJK", "\u6570".repeat(290)],
  ];
  const units = [
    ["BU", "Biro Umum", "Ibu Sari", "sari@example.org", "", 40, "", "ya"],
    ...LONG.map(([code, name], i) => [code, name, `Kepala ${i}`, `k${i}@example.org`, "", 30, "", "ya"]),
  ];

  it("set up (twice), count, serve each unit's board page, and print the kit with a clear word for a poster whose link cannot fit", () => {
    const ws = campaign([], units);
    ws.deployWebApp();
    expect(menu(ws, "menuSetup")).toBeDefined();
    expect(ws.triggers.filter((t) => t.fn === "hourlyCatchUpTrigger")).toHaveLength(1);
    const rand = rng(4);
    const choices = ws.linkedForm()?.items.find((i) => i.title.startsWith("Unit kerja"))?.choices ?? [];
    expect(choices).toHaveLength(4);
    for (const c of choices) {
      const r = ws.submit(answersFor(rand, { unit: c }));
      expect(r.executions.map((e) => e.error).filter(Boolean)).toEqual([]);
    }
    expect(
      ws
        .values("Skor")
        .slice(1)
        .filter((r) => r[3] === "valid"),
    ).toHaveLength(4);
    for (const [code] of LONG) {
      const page = ws.webGet({ unit: code });
      expect(page.record.error).toBeUndefined();
    }
    menu(ws, "menuKit");
    const kit = ws.uiLog.at(-1)?.html ?? "";
    // Every poster is there; the one whose link is too long for a QR code says so.
    expect(kit.match(/class="poster"/g)?.length).toBe(5);
    expect(kit).toContain("terlalu panjang untuk kode QR");
    // With a short link in Unit Kerja, that poster's QR code holds it.
    const row = ws.values("Unit Kerja").findIndex((r) => r[0] === "CJK") + 1;
    ws.edit("Unit Kerja", row, 9, [["https://s.id/cjk"]]);
    menu(ws, "menuKit");
    const again = ws.uiLog.at(-1)?.html ?? "";
    expect(again).not.toContain("terlalu panjang untuk kode QR");
    expect(again.match(/<svg/g)?.length).toBe(5);
  });
});

describe("text staff cannot see (the built bundle)", () => {
  it("a head's address with a trailing zero-width space is mailed without it; a line break in nama_instansi never reaches the sender's name", () => {
    const units = [
      ["BU", "Biro Umum", "Ibu Sari", "sari@example.org\u200B", "tu.bu@example.org\uFEFF", 40, "", "ya"],
      ["RS", "RSUD Provinsi", "dr. Wati", "wati@example.org", "", 500, "", "ya"],
    ];
    const ws = campaign([["nama_instansi", "Pemerintah Provinsi\nContoh"]], units);
    menu(ws, "menuSendReminders");
    const toBu = ws.outbox.filter((m) => m.to.some((a) => a.startsWith("sari@")));
    expect(toBu.length).toBeGreaterThan(0);
    for (const m of ws.outbox) {
      expect([...m.to, ...m.cc].every((a) => /^[\x21-\x7e]+$/.test(a))).toBe(true);
      expect(m.name).toBe("Pemerintah Provinsi Contoh");
    }
    expect(toBu[0].to).toEqual(["sari@example.org"]);
    expect(toBu[0].cc).toEqual(["tu.bu@example.org"]);
  });
});
