import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { heavy } from "../helpers";
import { aggregates, campaign, form, menu, RESPONSES_TAB, skorRows } from "./fixtures";

const BU = "Biro Umum (BU)";
const DIK = "Dinas Pendidikan (DIK)";

function fresh(settings: unknown[][] = []) {
  const ws = campaign(settings);
  return { ws, rand: rng(7) };
}

const statusOf = (ws: ReturnType<typeof campaign>) =>
  ws
    .values("Skor")
    .slice(1)
    .map((r) => r[3]);

describe("processing a submission (the built bundle on the emulation)", () => {
  it("scores it once: one Skor row, valid, with no name, email or clear NIP", () => {
    const { ws, rand } = fresh();
    const r = ws.submit(answersFor(rand, { unit: BU }));
    expect(r.executions.map((e) => e.error)).toEqual([undefined]);
    const skor = ws.values("Skor");
    expect(skor).toHaveLength(2);
    expect(skor[1].slice(2, 5)).toEqual(["BU", "valid", ""]);
    expect(typeof skor[1][12]).toBe("number");
    expect(aggregates(ws)["berakhlak.agg.u.BU"]).toMatchObject({ n: 1 });
  });

  it("a doubled event counts once; a blank event is ignored", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: BU }), { event: "doubled" });
    ws.submit(answersFor(rand, { unit: DIK }), { event: "blank" });
    expect(ws.values("Skor")).toHaveLength(3);
    expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 2 });
    expect(ws.executions.filter((e) => e.fn === "onFormSubmitTrigger").every((e) => !e.error)).toBe(true);
  });

  it("a dropped event's response is processed by the next event", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: BU }), { event: "dropped" });
    expect(ws.tabNames().includes("Skor") ? ws.values("Skor").length : 1).toBeLessThanOrEqual(1);
    ws.submit(answersFor(rand, { unit: DIK }));
    expect(ws.values("Skor")).toHaveLength(3);
  });

  it("a dropped event's response is processed by the hourly catch-up", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: BU }));
    ws.submit(answersFor(rand, { unit: BU }), { event: "dropped" });
    ws.submit(answersFor(rand, { unit: DIK }), { event: "dropped" });
    expect(ws.values("Skor")).toHaveLength(2);
    ws.advanceClock(61 * 60 * 1000);
    expect(ws.values("Skor")).toHaveLength(4);
    expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 3 });
  });

  it("writes nothing when the lock is not obtained, and the response waits for the next run", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: BU }));
    ws.faults.lockBusyUntil = ws.now() + 60 * 60 * 1000;
    ws.submit(answersFor(rand, { unit: BU }));
    expect(ws.values("Skor")).toHaveLength(2);
    ws.faults.lockBusyUntil = 0;
    ws.advanceClock(61 * 60 * 1000);
    expect(ws.values("Skor")).toHaveLength(3);
  });

  it("a response whose submission could not get the lock is on Dasbor within 15 minutes", () => {
    const { ws, rand } = fresh();
    ws.advanceClock(5 * 60 * 1000); // past the hourly run's minute
    ws.submit(answersFor(rand, { unit: BU }));
    const arrived = ws.now();
    ws.faults.lockBusyUntil = arrived + 4 * 60 * 1000; // a burst holds the lock for four minutes
    ws.submit(answersFor(rand, { unit: DIK }));
    expect(ws.values("Skor")).toHaveLength(2);
    // One follow-up run, a few minutes later, counts it; the hourly run is still far off.
    expect(ws.triggers.filter((t) => t.fn === "catchUpSoonTrigger")).toHaveLength(1);
    ws.advanceClock(15 * 60 * 1000);
    expect(ws.values("Skor")).toHaveLength(3);
    expect(aggregates(ws)["berakhlak.agg.u.DIK"]).toMatchObject({ n: 1 });
    const followUps = ws.executions.filter((e) => e.fn === "catchUpSoonTrigger");
    expect(followUps).toHaveLength(1);
    expect(followUps[0].end - arrived).toBeLessThan(15 * 60 * 1000);
    expect(
      ws.executions.some(
        (e) => e.fn === "hourlyCatchUpTrigger" && e.start > arrived && e.start < followUps[0].end,
      ),
    ).toBe(false);
    // The one-off trigger removed itself.
    expect(ws.triggers.filter((t) => t.fn === "catchUpSoonTrigger")).toHaveLength(0);
  });

  it("marks a response for an unknown or inactive unit tidak valid with the reason, counted nowhere", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: "Biro Lama (OLD)" }), { validate: false });
    const row = ws.values("Skor")[1];
    expect(row[3]).toBe("tidak valid");
    expect(row[4]).toBe("unit \u201cBiro Lama (OLD)\u201d tidak ada di tab Unit Kerja");
    expect(aggregates(ws)["berakhlak.agg.all"]).toBeUndefined();
  });

  it("stores text from a response literally, never as a formula", () => {
    const { ws, rand } = fresh();
    ws.submit(answersFor(rand, { unit: '=HYPERLINK("http://x") (X)', employment: "+cmd" }), {
      validate: false,
    });
    const skor = ws.sheet("Skor");
    expect(skor.rows[1].f?.some(Boolean) ?? false).toBe(false);
    expect(ws.values("Skor")[1][4]).toContain("=HYPERLINK");
    // Profile text outside the form's choices is grouped, never stored: no respondent text in a key.
    expect(ws.values("Skor")[1][14]).toBe("lainnya");
  });

  it.each([
    ["NIP collection off", false],
    ["NIP collection on, a repeated NIP", true],
  ])(
    "costs the same per submission with 10 or 2,000 responses in (%s), within version 2's budget",
    (_n, nip) => {
      const cost = (n: number) => {
        const { ws, rand } = fresh(nip ? [["kumpulkan_nip", "ya"]] : []);
        for (let i = 0; i < n; i++)
          ws.submit(
            answersFor(rand, {
              unit: i % 2 ? BU : DIK,
              nip: nip ? nipAsWritten(`19850505201001${1000 + i}`) : undefined,
            }),
            {
              event: "dropped",
            },
          );
        menu(ws, "menuRecompute");
        // A live campaign: the hourly run has been (it keeps the NIP hashing key in the script cache).
        ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
        // A NIP answered before: its group is found and settled, the worst usual case.
        const e = ws.submit(
          answersFor(rand, { unit: BU, nip: nip ? nipAsWritten("198505052010011003") : undefined }),
        ).executions[0];
        expect(e.error).toBeUndefined();
        return { n, calls: e.calls, roundTrips: e.roundTrips, cells: e.cells, searched: e.searched };
      };
      const small = cost(10);
      const large = cost(2000);
      expect({ ...large, n: 0, searched: 0 }).toEqual({ ...small, n: 0, searched: 0 });
      // Searches look in one column only: none without a NIP, the hash column with one.
      if (nip) {
        expect(small.searched).toBeLessThanOrEqual(2 * 10);
        expect(large.searched).toBeLessThanOrEqual(2 * 2000);
      } else expect([small.searched, large.searched]).toEqual([0, 0]);
      expect(small.calls).toBeLessThanOrEqual(nip ? 28 : 20);
      expect(small.roundTrips).toBeLessThanOrEqual(nip ? 13 : 10);
      expect(small.cells).toBeLessThanOrEqual(1000);
      if (nip) {
        // Google lost the cached key since the hourly run: it is read from script properties.
        const { ws, rand } = fresh([["kumpulkan_nip", "ya"]]);
        const again = nipAsWritten("198505052010011003");
        ws.submit(answersFor(rand, { unit: DIK, nip: again }));
        ws.clearCaches();
        const cold = ws.submit(answersFor(rand, { unit: BU, nip: again })).executions[0];
        expect(cold.calls).toBeLessThanOrEqual(30);
        expect(statusOf(ws)).toEqual(["duplikat", "valid"]);
      }
    },
  );
});

describe("edited responses", () => {
  it("replace their old Skor row; the aggregates follow, unit included; nothing counted twice", () => {
    const { ws, rand } = fresh();
    form(ws).allowEdits = true; // turned on by hand
    const first = ws.submit(answersFor(rand, { unit: BU }));
    ws.submit(answersFor(rand, { unit: DIK }));
    ws.editResponse(first.responseId, { "Unit kerja": DIK });
    ws.advanceClock(61 * 60 * 1000);
    const units = ws
      .values("Skor")
      .slice(1)
      .map((r) => r[2]);
    expect(units.sort()).toEqual(["DIK", "DIK"]);
    const agg = aggregates(ws);
    expect(agg["berakhlak.agg.u.BU"]).toBeUndefined();
    expect(agg["berakhlak.agg.u.DIK"]).toMatchObject({ n: 2 });
    const before = skorRows(ws);
    menu(ws, "menuRecompute");
    expect(skorRows(ws)).toEqual(before);
    expect(aggregates(ws)).toEqual(agg);
  });
});

describe("duplicates by NIP", () => {
  const nip = nipAsWritten("199001012015031001");

  it("keep the latest by default, and the first after switching the policy and recomputing", () => {
    const { ws, rand } = fresh([["kumpulkan_nip", "ya"]]);
    ws.submit(answersFor(rand, { unit: BU, nip }));
    ws.advanceClock(60_000);
    ws.submit(answersFor(rand, { unit: DIK, nip }));
    expect(statusOf(ws)).toEqual(["duplikat", "valid"]);
    expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 1 });
    expect(aggregates(ws)["berakhlak.agg.u.DIK"]).toMatchObject({ n: 1 });
    const hash = ws.values("Skor")[1][16];
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(ws.values("Skor"))).not.toContain(nip);
    expect(JSON.stringify(ws.values("Skor"))).not.toContain("199001012015031001");
    const row = ws.values("Pengaturan").findIndex((r) => r[0] === "kebijakan_duplikat") + 1;
    ws.typeInto("Pengaturan", [["kebijakan_duplikat", "pertama"]], row);
    menu(ws, "menuRecompute");
    expect(statusOf(ws)).toEqual(["valid", "duplikat"]);
    expect(aggregates(ws)["berakhlak.agg.u.BU"]).toMatchObject({ n: 1 });
    expect(aggregates(ws)["berakhlak.agg.u.DIK"]).toBeUndefined();
  });

  it("are found when the cached hashing key was evicted (it is read again from script properties)", () => {
    const { ws, rand } = fresh([["kumpulkan_nip", "ya"]]);
    const nip = nipAsWritten("198001012005011002");
    ws.submit(answersFor(rand, { unit: BU, nip }));
    ws.clearCaches();
    ws.submit(answersFor(rand, { unit: DIK, nip }));
    expect(statusOf(ws)).toEqual(["duplikat", "valid"]);
    expect(Object.keys(ws.properties("script"))).toContain("berakhlak.secret");
  });

  it("are not decided on a NIP whose digits Sheets lost", () => {
    const { ws, rand } = fresh([["kumpulkan_nip", "ya"]]);
    // Someone cleared the plain-text format of the NIP column by hand: digits are lost.
    const header = ws.values(RESPONSES_TAB)[0];
    const col = header.indexOf("NIP");
    for (const row of ws.sheet(RESPONSES_TAB).rows) if (row?.a?.[col]) row.a[col] = undefined;
    // Responses from before the grouped NIP question: 18 bare digits, which Sheets reads as a number.
    const bare = "199001012015031001";
    ws.submit(answersFor(rand, { unit: BU, nip: bare }), { validate: false });
    ws.submit(answersFor(rand, { unit: BU, nip: bare }), { validate: false });
    expect(statusOf(ws)).toEqual(["valid", "valid"]);
  });
});

describe("Hitung Ulang Skor", () => {
  it("gives exactly what incremental processing gave", () => {
    const { ws, rand } = fresh([["kumpulkan_nip", "ya"]]);
    for (let i = 0; i < 60; i++) {
      const nip = nipAsWritten(`1990010120150310${String(i % 45).padStart(2, "0")}`);
      ws.submit(answersFor(rand, { unit: [BU, DIK, "RSUD Provinsi (RS)"][i % 3], nip }), {
        validate: i % 17 !== 5,
      });
      ws.advanceClock(30_000);
    }
    const before = skorRows(ws);
    const aggs = aggregates(ws);
    menu(ws, "menuRecompute");
    expect(skorRows(ws)).toEqual(before);
    expect(aggregates(ws)).toEqual(aggs);
  });

  heavy(
    "on a sheet too large for one run, stops before the limit and resumes without double counting",
    () => {
      const { ws, rand } = fresh();
      for (let i = 0; i < 30_000; i++)
        ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }), { event: "dropped", validate: false });
      ws.advanceClock(61 * 60 * 1000); // the catch-up scores them all
      const expected = skorRows(ws);
      const aggs = aggregates(ws);
      ws.faults.latencyMs = 7_000; // every call takes 7 s: a run has room for about 50 calls
      const r = ws.clickMenu("Hitung Ulang Skor");
      expect(r.error).toBeUndefined();
      expect(ws.uiLog.at(-1)?.message).toMatch(/belum selesai \([1-9]\d* dari 30000 jawaban\)/);
      expect(r.end - r.start).toBeLessThan(6 * 60 * 1000);
      expect(ws.triggers.some((t) => t.fn === "recomputeContinueTrigger")).toBe(true);
      ws.faults.latencyMs = 0;
      ws.advanceClock(10 * 60 * 1000);
      const runs = ws.executions.filter((e) => e.fn === "recomputeContinueTrigger");
      expect(runs.length).toBeGreaterThan(0);
      expect(runs.every((e) => !e.error && !e.timedOut)).toBe(true);
      expect(ws.triggers.some((t) => t.fn === "recomputeContinueTrigger")).toBe(false);
      expect(skorRows(ws)).toEqual(expected);
      expect(aggregates(ws)).toEqual(aggs);
    },
  );
});

describe("staff sorting the responses tab while a long recompute runs", () => {
  heavy("loses nothing and counts nothing twice", () => {
    const { ws, rand } = fresh();
    for (let i = 0; i < 30_000; i++)
      ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }), { event: "dropped", validate: false });
    ws.advanceClock(61 * 60 * 1000);
    const expected = skorRows(ws);
    const aggs = aggregates(ws);
    ws.faults.latencyMs = 7_000;
    ws.clickMenu("Hitung Ulang Skor");
    expect(ws.uiLog.at(-1)?.message).toMatch(/belum selesai/);
    ws.faults.latencyMs = 0;
    // Between the runs, someone sorts the responses by unit (column 2), descending.
    ws.sortTab(RESPONSES_TAB, 2, false);
    ws.advanceClock(10 * 60 * 1000);
    expect(skorRows(ws)).toEqual(expected);
    expect(aggregates(ws)).toEqual(aggs);
  });
});

describe("a recompute that keeps failing", () => {
  heavy("is given up after three runs without progress; processing resumes and nothing is lost", () => {
    const { ws, rand } = fresh();
    for (let i = 0; i < 30_000; i++)
      ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }), { event: "dropped", validate: false });
    ws.advanceClock(61 * 60 * 1000);
    const expected = skorRows(ws);
    ws.faults.latencyMs = 7_000;
    ws.clickMenu("Hitung Ulang Skor");
    expect(ws.uiLog.at(-1)?.message).toMatch(/belum selesai/);
    ws.faults.latencyMs = 0;
    // The store refuses the aggregates' batched write three times: every run of the recompute dies at its end.
    ws.faults.failing["Properties.setProperties"] = 3;
    ws.submit(answersFor(rand, { unit: BU })); // waits while the recompute holds processing
    ws.advanceClock(6 * 60 * 60 * 1000);
    const failed = ws.executions.filter((e) => e.error?.includes("setProperties failing"));
    expect(failed).toHaveLength(3);
    expect(JSON.parse(ws.properties("document")["berakhlak.state"]).recompute).toBeUndefined();
    expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 30_001 });
    expect(skorRows(ws)).toHaveLength(expected.length + 1);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/gagal 3 kali berturut-turut/);
  });
});

describe("the hourly run", () => {
  const HOUR = 60 * 60 * 1000;
  const hourly = (runs: { fn: string; calls: number; error?: string }[]) => {
    const fired = runs.filter((r) => r.fn === "hourlyCatchUpTrigger");
    expect(fired.filter((r) => r.error)).toEqual([]);
    return fired.map((r) => r.calls);
  };

  it("an hour with nothing new makes at most 15 calls, the same at any size; the full check comes every third hour", () => {
    const day = (n: number) => {
      const { ws, rand } = fresh();
      for (let i = 0; i < n; i++)
        ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }), { event: "dropped" });
      ws.advanceClock(HOUR);
      return hourly(ws.advanceClock(24 * HOUR));
    };
    const small = day(10);
    const large = day(2000);
    for (const calls of [small, large]) {
      expect(calls).toHaveLength(24);
      expect(calls.filter((c) => c <= 15).length).toBeGreaterThanOrEqual(15);
    }
    expect(new Set(small.filter((c) => c <= 15))).toEqual(new Set(large.filter((c) => c <= 15)));
  });

  it.each(["fired", "missed"] as const)(
    "edit events %s: Pengaturan changed by hand reaches Dasbor by the next hourly run (without the event, within 3 hours)",
    (editEvents) => {
      const ws = campaign([], undefined, { variants: { editEvents } });
      const rand = rng(8);
      for (let i = 0; i < 5; i++) ws.submit(answersFor(rand, { unit: BU }));
      ws.advanceClock(2 * HOUR);
      const row = ws.values("Pengaturan").findIndex((r) => r[0] === "nama_instansi") + 1;
      ws.edit("Pengaturan", row, 2, [["Pemerintah Provinsi Baru"]]);
      const shown = () => JSON.stringify(ws.values("Dasbor")).includes("Pemerintah Provinsi Baru");
      ws.advanceClock(HOUR);
      if (editEvents === "fired") expect(shown()).toBe(true);
      ws.advanceClock(2 * HOUR);
      expect(shown()).toBe(true);
    },
  );
});
