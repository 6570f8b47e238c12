import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { aggregates, campaign, menu, RESPONSES_TAB, skorRows } from "./fixtures";

const EVENT_FAULTS = { doubled: 0.08, blank: 0.05, dropped: 0.07 };
const UNIT_CHOICES = ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"];

/**
 * Respondent i submits (one in ten repeats one of 40 NIPs), the handler crashing at a random call
 * now and then. Returns whether a crash was queued.
 */
function submitWithFaults(ws: ReturnType<typeof campaign>, rand: () => number, i: number): boolean {
  const crash = rand() < 0.06;
  if (crash) ws.faults.crashAtCall.push(1 + Math.floor(rand() * 24));
  const nip =
    rand() < 0.1
      ? `19900101201503${String(1000 + Math.floor(rand() * 40))}`
      : `19850505201001${String(1000 + i).padStart(4, "0")}`;
  ws.submit(
    answersFor(rand, {
      unit: UNIT_CHOICES[Math.floor(rand() * UNIT_CHOICES.length)],
      nip: nipAsWritten(nip),
    }),
  );
  // A crash queued for a submission whose event was dropped must not hit an unrelated run.
  ws.faults.crashAtCall.length = 0;
  return crash;
}

/**
 * RELIABILITY.md's fault replay: a campaign of 3,000 responses with randomly doubled, blank and
 * dropped submit events, crashes at random service calls inside the handler, staff sorting the
 * responses tab midway and duplicate NIPs; after the catch-up, Skor, the aggregates and the
 * dashboard equal a clean recompute. Seeded: every run is the same.
 */
describe("fault replay", () => {
  it("loses nothing and counts nothing twice", () => {
    const ws = campaign([["kumpulkan_nip", "ya"]]);
    const rand = rng(20260302);
    ws.faults.events = EVENT_FAULTS;
    const N = 3000;
    let crashes = 0;
    for (let i = 0; i < N; i++) {
      if (submitWithFaults(ws, rand, i)) crashes++;
      if (i === Math.floor(N / 2)) ws.sortTab(RESPONSES_TAB, 2); // staff sort by unit midway
      ws.advanceClock(20_000 + Math.floor(rand() * 40_000));
    }
    ws.faults.events = { doubled: 0, blank: 0, dropped: 0 };
    ws.advanceClock(2 * 60 * 60 * 1000); // the hourly catch-up runs
    const crashed = ws.executions.filter((e) => e.crashed).length;

    const responses = ws.values(RESPONSES_TAB).length - 1;
    const incremental = skorRows(ws);
    const aggs = aggregates(ws);
    // The dashboard, less its "updated" time (row 3), which moves with the clock.
    const board = () => JSON.stringify(ws.values("Dasbor").filter((_, i) => i !== 2));
    const dashboard = board();
    menu(ws, "menuRecompute");
    const clean = skorRows(ws);
    const lost = clean.filter((r) => !incremental.includes(r)).length;
    const doubleCounted = incremental.length - (clean.length - lost);
    const figures = {
      responses,
      doubled: ws.eventLog.doubled,
      blank: ws.eventLog.blank,
      dropped: ws.eventLog.dropped,
      crashes: crashed,
      lost,
      doubleCounted,
    };
    console.log(`fault replay: ${JSON.stringify(figures)}`);
    expect(responses).toBe(N);
    expect(crashes).toBeGreaterThan(100);
    expect(crashed).toBeGreaterThan(50);
    expect(ws.eventLog.doubled + ws.eventLog.blank + ws.eventLog.dropped).toBeGreaterThan(300);
    expect(lost).toBe(0);
    expect(doubleCounted).toBe(0);
    expect(incremental).toEqual(clean);
    expect(aggregates(ws)).toEqual(aggs);
    expect(board()).toBe(dashboard);
  });
});

/**
 * The same replay with staff at work in the responses tab (RELIABILITY.md, "What staff do to the
 * Sheet"): rows deleted now and then (test answers, mistakes), a notes column inserted, the tab
 * sorted. Every hour's counts must equal a clean recompute of what is really there.
 */
describe("fault replay with staff actions", () => {
  it("ends equal to a clean recompute", () => {
    const ws = campaign([["kumpulkan_nip", "ya"]]);
    const rand = rng(20261130);
    ws.faults.events = EVENT_FAULTS;
    const N = 1500;
    let deletes = 0;
    for (let i = 0; i < N; i++) {
      submitWithFaults(ws, rand, i);
      const last = ws.values(RESPONSES_TAB).length;
      if (rand() < 0.01 && last > 3) {
        ws.sheet(RESPONSES_TAB).deleteRows(2 + Math.floor(rand() * (last - 2)), 1);
        deletes++;
      }
      if (i === Math.floor(N / 3)) {
        ws.sheet(RESPONSES_TAB).insertCols(2, 1);
        ws.sheet(RESPONSES_TAB).write(1, 3, "Catatan staf");
      }
      if (i === Math.floor((2 * N) / 3)) ws.sortTab(RESPONSES_TAB, 3, false);
      ws.advanceClock(20_000 + Math.floor(rand() * 40_000));
    }
    ws.faults.events = { doubled: 0, blank: 0, dropped: 0 };
    ws.advanceClock(2 * 60 * 60 * 1000);
    const responses = ws.values(RESPONSES_TAB).length - 1;
    const incremental = skorRows(ws);
    const aggs = aggregates(ws);
    menu(ws, "menuRecompute");
    const clean = skorRows(ws);
    const lost = clean.filter((r) => !incremental.includes(r)).length;
    const doubleCounted = incremental.length - (clean.length - lost);
    console.log(
      `fault replay with staff actions: ${JSON.stringify({ submitted: N, deletes, responses, columnInserted: 1, sorts: 1, lost, doubleCounted })}`,
    );
    expect(deletes).toBeGreaterThan(5);
    expect(responses).toBe(N - deletes);
    expect(lost).toBe(0);
    expect(doubleCounted).toBe(0);
    expect(incremental).toEqual(clean);
    expect(aggregates(ws)).toEqual(aggs);
  });
});
