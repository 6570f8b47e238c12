import { HARSHEST } from "../../local";
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

/** The survey's live responses tab (after a form is rebuilt, a new one). */
function liveTab(ws: ReturnType<typeof campaign>): string {
  const f = ws.linkedForm();
  const tab = ws.tabNames().find((n) => ws.sheet(n).formId === f?.id);
  if (!tab) throw new Error("no live responses tab");
  return tab;
}

/**
 * The same replay with staff at work in the responses tab (RELIABILITY.md, "What staff do to the
 * Sheet"): rows deleted and cleared now and then (test answers, mistakes), a wrong unit corrected
 * by hand, a notes column inserted, the tab sorted, and the form deleted by accident and rebuilt by
 * Siapkan Survei. In the plain world and the harshest one (where no edit fires the edit trigger,
 * so the hourly audit must find the corrections). Every count must equal a clean recompute of
 * what is really there, in every tab in use.
 */
describe.each([
  ["plain", {}],
  ["harshest", HARSHEST],
] as const)("fault replay with staff actions (%s world)", (world, variants) => {
  it("ends equal to a clean recompute", () => {
    const ws = campaign([["kumpulkan_nip", "ya"]], undefined, { variants });
    const rand = rng(20261130);
    ws.faults.events = EVENT_FAULTS;
    const N = 1500;
    const did = { deletes: 0, clears: 0, corrections: 0, columnInserted: 0, sorts: 0, formsRebuilt: 0 };
    const someRow = (tab: string) => {
      const last = ws.values(tab).length;
      return last > 3 ? 2 + Math.floor(rand() * (last - 2)) : 0;
    };
    for (let i = 0; i < N; i++) {
      submitWithFaults(ws, rand, i);
      const tab = liveTab(ws);
      const x = rand();
      const row = someRow(tab);
      if (row > 0 && x < 0.008) {
        ws.sheet(tab).deleteRows(row, 1);
        did.deletes++;
      } else if (row > 0 && x < 0.012) {
        ws.clearRows(tab, row, 1);
        did.clears++;
      } else if (row > 0 && x < 0.02 && ws.values(tab)[row - 1][0] !== "") {
        const header = ws.values(tab)[0].map(String);
        const col = header.findIndex((h) => h.startsWith("Unit")) + 1;
        ws.edit(tab, row, col, [[UNIT_CHOICES[Math.floor(rand() * UNIT_CHOICES.length)]]]);
        did.corrections++;
      }
      if (i === Math.floor(N / 3)) {
        ws.sheet(tab).insertCols(2, 1);
        ws.sheet(tab).write(1, 3, "Catatan staf");
        did.columnInserted++;
      }
      if (i === Math.floor(N / 2)) {
        ws.sortTab(tab, 3, false);
        did.sorts++;
      }
      if (i === Math.floor((2 * N) / 3)) {
        const form = ws.linkedForm();
        if (form) ws.deleteForm(form.id);
        if (variants === HARSHEST) ws.answerUi({ button: "NO" });
        menu(ws, "menuSetup");
        did.formsRebuilt++;
      }
      ws.advanceClock(20_000 + Math.floor(rand() * 40_000));
    }
    ws.faults.events = { doubled: 0, blank: 0, dropped: 0 };
    // Time for the hourly audit to go round both tabs once (corrections no edit event announced).
    ws.advanceClock(8 * 60 * 60 * 1000);
    const tabs = ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"));
    const responses = tabs
      .map((t) => ws.values(t).filter((r, k) => k > 0 && r.some((v) => v !== "")).length)
      .reduce((a, b) => a + b, 0);
    const incremental = skorRows(ws);
    const aggs = aggregates(ws);
    menu(ws, "menuRecompute");
    const clean = skorRows(ws);
    const lost = clean.filter((r) => !incremental.includes(r)).length;
    const doubleCounted = incremental.length - (clean.length - lost);
    console.log(
      `fault replay with staff actions (${world}): ${JSON.stringify({ submitted: N, ...did, tabs: tabs.length, responses, lost, doubleCounted })}`,
    );
    expect(did.deletes).toBeGreaterThan(5);
    expect(did.clears).toBeGreaterThan(2);
    expect(did.corrections).toBeGreaterThan(5);
    expect(tabs).toHaveLength(2);
    expect(responses).toBe(N - did.deletes - did.clears);
    expect(clean).toHaveLength(responses);
    expect(lost).toBe(0);
    expect(doubleCounted).toBe(0);
    expect(incremental).toEqual(clean);
    expect(aggregates(ws)).toEqual(aggs);
  });
});
