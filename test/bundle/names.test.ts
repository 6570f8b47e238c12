import { answersFor, rng } from "../../local/respondents";
import { unitChoice } from "../../src/core/units";
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
