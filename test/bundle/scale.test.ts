/**
 * A province of 1,000 active units on Google's latency (the "google" profile): setup, the
 * dashboard, the day's reminders and the health check each finish within Apps Script's 6-minute
 * limit; setup takes at most 3 runs and duplicates nothing.
 */
import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../../local/sample";
import { aggregates, menu } from "./fixtures";

const LIMIT = 6 * 60 * 1000;
const N = 1000;

describe("1,000 active units at Google's latency", () => {
  const list = syntheticUnits(N);
  const ws = new Workspace({
    tabs: {
      "Unit Kerja": unitRows(list),
      Pengaturan: [
        ["kunci", "nilai"],
        ["tanggal_mulai", "2026-03-02"],
        ["tanggal_selesai", "2026-03-27"],
        ["jam_pengingat", 9],
        ["email_admin", "biro.organisasi@example.org"],
      ],
    },
    variants: { latency: "google" },
    mailQuota: 1500,
  });
  ws.open();
  const within = (r: { start: number; end: number; timedOut: boolean; error?: string }) => {
    expect(r.timedOut).toBe(false);
    expect(r.error).toBeUndefined();
    expect(r.end - r.start).toBeLessThan(LIMIT);
  };

  it("setup: done in at most 3 runs, each within the limit, nothing made twice", () => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const r = ws.clickMenu("Siapkan Survei");
      runs.push(r);
      within(r);
      if (/^Survei siap/.test(ws.uiLog.at(-1)?.message ?? "")) break;
    }
    expect(ws.uiLog.at(-1)?.message).toMatch(/^Survei siap/);
    expect(runs.length).toBeLessThanOrEqual(3);
    expect(ws.forms).toHaveLength(1);
    const unitItem = ws.forms[0].items.find((it) => it.choices.length >= N);
    expect(new Set(unitItem?.choices).size).toBe(N);
    expect(ws.triggers.map((t) => t.fn).sort()).toEqual([
      "hourlyCatchUpTrigger",
      "onFormSubmitTrigger",
      "onSheetEditTrigger",
    ]);
  });

  it("submissions are counted and the dashboard grows past 1,000 rows, within the limit", () => {
    const rand = rng(1000);
    for (let i = 0; i < 300; i++) ws.submit(answersFor(rand, { unit: choiceOf(list[i % 97]) }));
    for (const e of ws.executions.filter((x) => x.fn === "onFormSubmitTrigger")) within(e);
    expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 300 });
    const r = ws.clickMenu("Perbarui Dasbor");
    within(r);
    const codes = new Set(list.map((u) => u.code));
    expect(ws.values("Dasbor").filter((row) => codes.has(String(row[0])))).toHaveLength(N);
  });

  it("the day's reminders and every hourly run stay within the limit", () => {
    // Each letter is marked before it is sent and recorded after: about half a second a letter at
    // Google's latency, so a thousand take three or four hourly runs.
    const fired = ws.advanceTo(Date.UTC(2026, 2, 2, 7, 0)); // to 14:00 WIB
    expect(fired.length).toBeGreaterThan(0);
    for (const e of fired) within(e);
    const letters = ws.outbox.filter((m) => m.to.some((a) => a.startsWith("kepala.")));
    // Every unit is under its quota: each gets its letter, once, over as many runs as the time takes.
    expect(letters).toHaveLength(N);
    expect(new Set(letters.map((m) => m.to.join())).size).toBe(N);
    const sendingRuns = fired.filter((e) => (e.callsByMethod["MailApp.sendEmail"] ?? 0) > 0);
    expect(sendingRuns.length).toBeGreaterThan(1);
    // Each letter is in Log Email once, whichever run sent it.
    const sentRows = ws
      .values("Log Email")
      .filter((r) => r[6] === "terkirim" && String(r[2]).startsWith("kepala"));
    expect(sentRows).toHaveLength(N);
    expect(new Set(sentRows.map((r) => r[1])).size).toBe(N);
  });

  it("the health check runs within the limit", () => {
    const r = ws.clickMenu("Periksa Kesehatan");
    within(r);
    expect(menu(ws, "menuHealth")).toBeDefined();
  });
});
