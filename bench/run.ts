/**
 * `npm run bench` (add `-- --json` for one JSON object): PERFORMANCE.md's rows, measured on the
 * emulation through the built bundle. Calls and cells are exact; cpu ms is the median of runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExecutionRecord, Workspace, type WorkspaceOptions } from "../local";
import { answersFor, nipAsWritten, rng } from "../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../local/sample";

const json = process.argv.includes("--json");
const log = (s: string) => {
  if (!json) console.log(s);
};

function fail(what: string, e: ExecutionRecord | undefined): never {
  throw new Error(`${what} failed: ${e?.error ?? "no execution"}`);
}

/** A set-up campaign of `units` units with `responses` responses already scored. */
function campaignWith(
  units: number,
  responses: number,
  settings: unknown[][] = [],
): { ws: Workspace; choices: string[]; rand: () => number } {
  const list = syntheticUnits(units);
  const tabs: Record<string, unknown[][]> = { "Unit Kerja": unitRows(list) };
  if (settings.length) tabs.Pengaturan = [["kunci", "nilai"], ...settings];
  const ws = new Workspace({ tabs });
  ws.open();
  const setup = ws.clickMenu("Siapkan Survei");
  if (setup.error) fail("setup", setup);
  const choices = list.map(choiceOf);
  const rand = rng(responses + units);
  for (let i = 0; i < responses; i++) {
    ws.submit(answersFor(rand, { unit: choices[i % choices.length] }), { event: "dropped", validate: false });
  }
  if (responses > 0) {
    const r = ws.clickMenu("Hitung Ulang Skor");
    if (r.error) fail("recompute", r);
  }
  return { ws, choices, rand };
}

interface SubmitCost {
  calls: number;
  roundTrips: number;
  cells: number;
  searched: number;
  modelledMs: number;
}

/**
 * One submission on top of `existing` responses: calls, round trips, cells moved and searched
 * (exact), and its modelled time under the "google" latency profile: the 95th percentile over
 * 5 seeds of the latency charged plus the product's own cpu, from start to lock released.
 */
function submitCost(existing: number, nip: boolean): SubmitCost {
  const { ws, choices, rand } = campaignWith(40, existing, nip ? [["kumpulkan_nip", "ya"]] : []);
  // A live campaign: the hourly run has been (it keeps the NIP hashing key in the script cache).
  const hourly = ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
  if (hourly.error) fail("hourly run", hourly);
  ws.variants.latency = "google";
  let first: ExecutionRecord | undefined;
  const modelled: number[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    ws.reseedLatency(seed);
    // A repeat NIP every other time: the duplicate is settled on the server side too.
    const answers = answersFor(rand, {
      unit: choices[seed % 2],
      nip: nip ? nipAsWritten(`1990010120150310${seed % 2}0`) : undefined,
    });
    const e = ws.submit(answers).executions[0];
    if (!e || e.error) fail("submission", e);
    first ??= e;
    modelled.push(e.latencyMs + (e.wallMs - e.serviceMs));
  }
  const e = first as ExecutionRecord;
  return {
    calls: e.calls,
    roundTrips: e.roundTrips,
    cells: e.cells,
    searched: e.searched,
    modelledMs: Math.round(percentile(modelled, 0.95)),
  };
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

/**
 * Setup of 150 units at the "google" latency profile: how many runs of "Siapkan Survei" it takes
 * (each under 6 minutes, progress kept between them) and the modelled time of all of them.
 */
function setup150(): { runs: number; modelledMs: number } {
  const list = syntheticUnits(150);
  const ws = new Workspace({ tabs: { "Unit Kerja": unitRows(list) }, variants: { latency: "google" } });
  ws.open();
  let modelledMs = 0;
  for (let runs = 1; runs <= 5; runs++) {
    const r = ws.clickMenu("Siapkan Survei");
    if (r.error) fail("setup", r);
    modelledMs += r.latencyMs + (r.wallMs - r.serviceMs);
    if (/^Survei siap/.test(ws.uiLog.at(-1)?.message ?? ""))
      return { runs, modelledMs: Math.round(modelledMs) };
  }
  throw new Error("setup of 150 units did not finish in 5 runs");
}

const budgets = {
  submitCalls: 25,
  submitCells: 3000,
  // Version 1's 52 calls, plus following Pengaturan and Unit Kerja (7) and the audit of whole rows (3).
  catchupCalls: 65,
  // Issue 26: an hour with nothing new; version 1 made 14.
  hourlyIdleCalls: 15,
  recomputeCalls: 60,
  recomputeCpuMs: 1500,
  bundleBytes: 400 * 1024,
};

log("measuring one submission at 10, 10,000 and 50,000 responses, NIP collection off and on …");
const submit: Record<string, SubmitCost> = {};
const submitNip: Record<string, SubmitCost> = {};
for (const n of [10, 10_000, 50_000]) {
  submit[String(n)] = submitCost(n, false);
  submitNip[String(n)] = submitCost(n, true);
}

log("measuring setup of 150 units at the google latency profile …");
const setup = setup150();

log("measuring the catch-up after 500 unprocessed responses …");
const cu = campaignWith(40, 10_000);
// The day's reminders went out at an earlier hourly run: this one is the catch-up's own work.
const earlier = cu.ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
if (earlier.error) fail("hourly run", earlier);
for (let i = 0; i < 500; i++)
  cu.ws.submit(answersFor(cu.rand, { unit: cu.choices[i % 40] }), { event: "dropped" });
// Three hours on (no trigger fired on the way): a full check is due; with responses to catch up, the
// run leaves the audit's slices to the next hour.
cu.ws.advance(3 * 60 * 60 * 1000);
const catchRun = cu.ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
if (catchRun.error) fail("catch-up", catchRun);
const catchup500 = { calls: catchRun.calls, cells: catchRun.cells };
const width = cu.ws.values(cu.ws.tabNames()[0])[0].length;
// "500 × columns": each new response's row is read (the responses tab's width) and its Skor row written.
// Plus 15,000 cells, as when every hourly run audited whole rows.
const catchupCellBudget = (10_000 + 500) * 2 + 500 * (width + 17) + 3000 + 15_000;

log("measuring a day of hourly runs with nothing new (10,000 in) …");
const hourlyIdle = (() => {
  const { ws } = campaignWith(40, 10_000);
  const runs = ws.advanceClock(24 * 60 * 60 * 1000).filter((r) => r.fn === "hourlyCatchUpTrigger");
  for (const r of runs) if (r.error) fail("hourly run", r);
  // An idle hour takes no lock: no full check due, no letters due, nothing to catch up.
  const idle = runs.filter((r) => !r.callsByMethod["Lock.tryLock"]);
  const busy = runs.filter((r) => r.callsByMethod["Lock.tryLock"]);
  return {
    calls: Math.max(...idle.map((r) => r.calls)),
    roundTrips: Math.max(...idle.map((r) => r.roundTrips)),
    cells: Math.max(...idle.map((r) => r.cells)),
    idleRuns: idle.length,
    runs: runs.length,
    otherMaxCalls: Math.max(...busy.map((r) => r.calls)),
    dayCalls: runs.reduce((a, r) => a + r.calls, 0),
  };
})();

log("measuring a full recompute of 50,000 responses over 40 units …");
const rc = campaignWith(40, 50_000);
const cpu: number[] = [];
let recomputeRun: ExecutionRecord | undefined;
for (let i = 0; i < 5; i++) {
  recomputeRun = rc.ws.clickMenu("Hitung Ulang Skor");
  if (recomputeRun.error) fail("recompute", recomputeRun);
  // The product's own code: the execution's time less the time inside the emulated services.
  cpu.push(recomputeRun.wallMs - recomputeRun.serviceMs);
}
const recompute50k = {
  calls: recomputeRun?.calls ?? 0,
  cells: recomputeRun?.cells ?? 0,
  cpuMs: Math.round(median(cpu)),
};

log("measuring a full dashboard refresh for 10 and 60 units …");
const dashboard: Record<string, { calls: number; modelledMs?: number }> = {};
for (const units of [10, 60]) {
  const { ws } = campaignWith(units, 300);
  const r = ws.clickMenu("Perbarui Dasbor");
  if (r.error) fail("dashboard", r);
  dashboard[String(units)] = { calls: r.calls };
}

log("measuring a reminder run over 60 units, 40 under quota …");
const remindersRun = (() => {
  const list = syntheticUnits(60);
  const rows = unitRows(list, () => 2);
  const ws = new Workspace({
    tabs: {
      "Unit Kerja": rows,
      Pengaturan: [
        ["kunci", "nilai"],
        ["metode_kuota", "manual"],
      ],
    },
    mailQuota: 1000,
  });
  ws.open();
  const s = ws.clickMenu("Siapkan Survei");
  if (s.error) fail("setup", s);
  const rand = rng(60);
  for (let i = 0; i < 20; i++)
    for (let k = 0; k < 2; k++) ws.submit(answersFor(rand, { unit: choiceOf(list[i]) }));
  const before = ws.outbox.length;
  const r = ws.run("dailyReminderTrigger", { kind: "trigger" });
  if (r.error) fail("reminders", r);
  return { calls: r.calls, sent: ws.outbox.length - before };
})();

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Modelled time of an execution: the latency charged plus the product's own cpu (lock waits included). */
const modelled = (e: ExecutionRecord) => e.end - e.start + (e.wallMs - e.serviceMs);

log("measuring a burst of 300 submissions in 10 minutes on top of 10,000 (google profile, overlapping) …");
const burst300 = (() => {
  const { ws, choices, rand } = campaignWith(40, 10_000);
  ws.variants.latency = "google";
  ws.variants.executions = "overlapping";
  ws.advanceClock(3 * MINUTE);
  const startN = (ws.properties("document")["berakhlak.aggrows"] ?? "0") as string;
  const base = Number(startN);
  const arrivals: number[] = [];
  let own = 0;
  const counted: { at: number; n: number }[] = [];
  const countNow = () => Number(ws.properties("document")["berakhlak.aggrows"] ?? "0") - base;
  for (let i = 0; i < 300; i++) {
    arrivals.push(ws.now());
    const r = ws.submit(answersFor(rand, { unit: choices[i % 40] }));
    const e = r.executions[0];
    if (e && (e.callsByMethod["Sheet.appendRow"] ?? 0) > 0) own++;
    counted.push({ at: e ? e.end : ws.now(), n: countNow() });
    ws.advanceClock(1_000); // one every 2 s (the submission itself moves the clock 1 s)
  }
  for (let m = 0; m < 70; m++) {
    ws.advanceClock(MINUTE);
    counted.push({ at: ws.now(), n: countNow() });
  }
  // The k-th response is on Dasbor once k responses are counted (the counts only grow here).
  let maxDelay = 0;
  arrivals.forEach((t, k) => {
    const when = counted.filter((c) => c.at >= t).find((c) => c.n >= k + 1);
    maxDelay = Math.max(maxDelay, (when ? when.at : Number.POSITIVE_INFINITY) - t);
  });
  return { ownEvent: own / 300, maxDelayMin: Math.round((maxDelay / MINUTE) * 10) / 10 };
})();

log("measuring a peak day: 10,000 in, 1,000 submissions, every hourly run, reminders for 60 units …");
const peakDay = (() => {
  const list = syntheticUnits(60);
  const { ws, rand } = (() => {
    const c = campaignWith(60, 10_000, [
      ["metode_kuota", "persen"],
      ["jam_pengingat", 9],
    ]);
    return { ws: c.ws, rand: c.rand };
  })();
  const choices = list.map(choiceOf);
  ws.variants.latency = "google";
  ws.variants.executions = "overlapping";
  const dayStart = Date.UTC(2026, 2, 3, 17, 0); // Wednesday 4 March, 00:00 WIB
  ws.advanceTo(dayStart);
  const first = ws.executions.length;
  // 700 answers spread over the working day, and a burst of 300 in the ten minutes after the reminders.
  const times: number[] = [];
  for (let i = 0; i < 700; i++) times.push(dayStart + 8 * HOUR + Math.floor((i / 700) * 9 * HOUR));
  for (let i = 0; i < 300; i++) times.push(dayStart + 9 * HOUR + 30 * MINUTE + i * 2_000);
  times.sort((a, b) => a - b);
  for (const [i, t] of times.entries()) {
    if (t > ws.now()) ws.advanceTo(t);
    ws.submit(answersFor(rand, { unit: choices[i % 60] }));
  }
  ws.advanceTo(dayStart + 24 * HOUR);
  const day = ws.executions.slice(first).filter((e) => e.kind === "trigger");
  const triggerMs = day.reduce((a, e) => a + modelled(e), 0);
  const reminderRuns = day.filter((e) => (e.callsByMethod["MailApp.sendEmail"] ?? 0) > 0).length;
  return { triggerMin: Math.round((triggerMs / MINUTE) * 10) / 10, executions: day.length, reminderRuns };
})();

log("measuring a dashboard refresh for 1,000 units (google profile) …");
{
  const { ws } = campaignWith(1000, 2_000);
  ws.variants.latency = "google";
  const r = ws.clickMenu("Perbarui Dasbor");
  if (r.error) fail("dashboard", r);
  dashboard["1000"] = { calls: r.calls, modelledMs: Math.round(modelled(r)) };
}

/** A set-up campaign of 1,000 synthetic units (manual quotas of 2), before any response. */
function thousandUnits(opts: WorkspaceOptions = {}) {
  const list = syntheticUnits(1000);
  const ws = new Workspace({
    ...opts,
    tabs: {
      "Unit Kerja": unitRows(list, () => 2),
      Pengaturan: [
        ["kunci", "nilai"],
        ["metode_kuota", "manual"],
      ],
    },
  });
  ws.open();
  const s = ws.clickMenu("Siapkan Survei");
  if (s.error) fail("setup", s);
  return { ws, list };
}

log("measuring a reminder run over 1,000 units (google profile) …");
const reminders1000 = (() => {
  const { ws } = thousandUnits({ mailQuota: 1500, variants: { latency: "google" } });
  const before = ws.outbox.length;
  const r = ws.run("dailyReminderTrigger", { kind: "trigger" });
  if (r.error) fail("reminders", r);
  const propertyCalls = Object.entries(r.callsByMethod)
    .filter(([k]) => k.startsWith("Properties."))
    .reduce((a, [, v]) => a + v, 0);
  const scriptLock = r.callsByMethod["LockService.getScriptLock"] ?? 0;
  return {
    calls: r.calls,
    sent: ws.outbox.length - before,
    modelledMs: Math.round(modelled(r)),
    propertyCalls,
    scriptLock,
  };
})();

log(
  "measuring two participation releases (Terbitkan Hasil during the campaign) over 60 units, 10,000 then 12,000 responses (google profile) …",
);
const release = (() => {
  const { ws, choices, rand } = campaignWith(60, 10_000);
  ws.variants.latency = "google";
  const first = ws.clickMenu("Terbitkan Hasil");
  if (first.error) fail("release", first);
  ws.variants.latency = "zero";
  for (let i = 0; i < 2_000; i++)
    ws.submit(answersFor(rand, { unit: choices[i % choices.length] }), { event: "dropped", validate: false });
  const catchRun = ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
  if (catchRun.error) fail("catch-up", catchRun);
  ws.variants.latency = "google";
  const second = ws.clickMenu("Terbitkan Hasil");
  if (second.error) fail("release", second);
  const published = /^Rilis ke-2/.test(ws.uiLog.at(-1)?.message ?? "");
  const cost = (r: ExecutionRecord) => ({
    calls: r.calls,
    modelledMs: Math.round(modelled(r)),
    cpuMs: Math.round(r.wallMs - r.serviceMs),
  });
  return { first: cost(first), second: { ...cost(second), published } };
})();

log(
  "measuring the check over every score release: 5,000 respondents, the 10th score release (google profile) …",
);
const releaseCheck = (() => {
  // A campaign already over: every release carries scores; late answers (the form kept open) between them.
  const { ws, choices, rand } = campaignWith(60, 5_000, [
    ["tanggal_mulai", "2026-02-16"],
    ["tanggal_selesai", "2026-03-01"],
    ["tutup_formulir_setelah_selesai", "tidak"],
  ]);
  const number = () => JSON.parse(ws.properties("document")["berakhlak.release"] ?? "{}").n ?? 0;
  let last: ExecutionRecord | undefined;
  while (number() < 10) {
    if (number() > 0) {
      for (let i = 0; i < 25; i++)
        ws.submit(answersFor(rand, { unit: choices[(i * 7) % choices.length] }), {
          event: "dropped",
          validate: false,
        });
      const run = ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
      if (run.error) fail("catch-up", run);
    }
    if (number() === 9) ws.variants.latency = "google";
    last = ws.clickMenu("Terbitkan Hasil");
    if (last.error) fail("release", last);
  }
  const r = last as ExecutionRecord;
  const message = ws.uiLog.at(-1)?.message ?? "";
  const members = ws.values("Rilis Terakhir");
  return {
    releases: number(),
    published: /^Rilis ke-10 diterbitkan/.test(message),
    calls: r.calls,
    modelledMs: Math.round(modelled(r)),
    cpuMs: Math.round(r.wallMs - r.serviceMs),
    keptCells: members.length * (members[0]?.length ?? 0),
  };
})();

log("measuring the public board: a cold and a warm view over 1,000 units (google profile) …");
const board = (() => {
  const { ws, list } = thousandUnits();
  ws.deployWebApp();
  ws.variants.latency = "google";
  const cold = ws.webGet().record;
  if (cold.error) fail("board", cold);
  const warm = ws.webGet().record;
  const unitCold = ws.webGet({ unit: list[0].code }).record;
  const sheets = (r: ExecutionRecord) => r.callsByService.SpreadsheetApp ?? 0;
  return {
    warmCalls: sheets(warm),
    coldCalls: cold.calls,
    warmAllCalls: warm.calls,
    coldSpreadsheetCalls: sheets(cold),
    unitColdCalls: unitCold.calls,
    warmMs: Math.round(modelled(warm)),
    coldMs: Math.round(modelled(cold)),
  };
})();

const bundleBytes = Buffer.byteLength(readFileSync(join(__dirname, "..", "dist", "Code.js")));
const result = {
  submit,
  submitNip,
  setup150: setup,
  catchup500,
  hourlyIdle,
  recompute50k,
  dashboard,
  reminders: remindersRun,
  reminders1000,
  burst300,
  peakDay,
  release,
  releaseCheck,
  board,
  bundleBytes,
};

if (json) console.log(JSON.stringify(result));
else {
  const ok = (b: boolean) => (b ? "ok" : "OVER BUDGET");
  const line = (
    name: string,
    calls: number | string,
    cells: number | string,
    budget: string,
    pass: boolean,
  ) =>
    console.log(
      `${name.padEnd(34)}${String(calls).padStart(7)}${String(cells).padStart(11)}   ${budget.padEnd(40)}${ok(pass)}`,
    );
  console.log(`\n${"operation".padEnd(34)}${"calls".padStart(7)}${"cells".padStart(11)}   budget`);
  for (const [label, rows, b] of [
    ["submit", submit, { calls: 20, roundTrips: 10, ms: 1500 }],
    ["submit, NIP on", submitNip, { calls: 28, roundTrips: 13, ms: 2000 }],
  ] as const) {
    for (const [n, f] of Object.entries(rows)) {
      line(
        `${label} (${Number(n).toLocaleString("en")} in)`,
        f.calls,
        f.cells,
        `<= ${b.calls} calls, <= 1,000 cells (v2)`,
        f.calls <= b.calls && f.cells <= 1000,
      );
      const searchedOk = f.searched <= 2 * Number(n);
      console.log(
        `${"".padEnd(4)}${f.roundTrips} round trips (<= ${b.roundTrips}), ${f.searched.toLocaleString("en")} cells searched (<= 2 x ${Number(n).toLocaleString("en")}), p95 ${f.modelledMs} ms modelled (<= ${b.ms})   ${ok(f.roundTrips <= b.roundTrips && searchedOk && f.modelledMs <= b.ms)}`,
      );
    }
    const same = new Set(Object.values(rows).map((f) => `${f.calls}/${f.cells}/${f.roundTrips}`)).size === 1;
    console.log(`${"  same at every size".padEnd(52)}   ${"".padEnd(40)}${ok(same)}`);
  }
  line(
    "burst: 300 in 10 min on 10,000",
    "",
    "",
    `${(burst300.ownEvent * 100).toFixed(1)} % by own event (>= 95); worst ${burst300.maxDelayMin} min to Dasbor (<= 15)`,
    burst300.ownEvent >= 0.95 && burst300.maxDelayMin <= 15,
  );
  line(
    "peak day (10,000 in, 1,000 more)",
    "",
    "",
    `${peakDay.triggerMin} min of trigger time (<= 45), ${peakDay.executions} runs`,
    peakDay.triggerMin <= 45,
  );
  line(
    `setup of 150 units (google profile)`,
    "",
    "",
    `${setup.runs} run(s), ${(setup.modelledMs / 1000).toFixed(0)} s modelled; <= 2 runs of < 6 min`,
    setup.runs <= 2 && setup.modelledMs < setup.runs * 360_000,
  );
  line(
    "catch-up 500 (10,000 in)",
    catchup500.calls,
    catchup500.cells,
    `<= ${budgets.catchupCalls} calls, <= ${catchupCellBudget.toLocaleString("en")} cells`,
    catchup500.calls <= budgets.catchupCalls && catchup500.cells <= catchupCellBudget,
  );
  line(
    "idle hour (10,000 in, nothing new)",
    hourlyIdle.calls,
    hourlyIdle.cells,
    `<= ${budgets.hourlyIdleCalls} calls; ${hourlyIdle.idleRuns} of ${hourlyIdle.runs} hours idle, the others <= ${hourlyIdle.otherMaxCalls} calls; ${hourlyIdle.dayCalls} calls a day`,
    hourlyIdle.calls <= budgets.hourlyIdleCalls && hourlyIdle.idleRuns >= (2 * hourlyIdle.runs) / 3 - 1,
  );
  line(
    "recompute 50,000 / 40 units",
    recompute50k.calls,
    recompute50k.cells,
    `<= 60 calls; cpu ${recompute50k.cpuMs} ms (<= 1,500)`,
    recompute50k.calls <= budgets.recomputeCalls && recompute50k.cpuMs <= budgets.recomputeCpuMs,
  );
  for (const [n, f] of Object.entries(dashboard)) {
    const pass = f.calls <= 40 && f.calls === dashboard["10"].calls && (f.modelledMs ?? 0) <= 60_000;
    const extra =
      f.modelledMs === undefined ? "" : `, ${(f.modelledMs / 1000).toFixed(1)} s modelled (<= 60)`;
    line(`dashboard refresh (${n} units)`, f.calls, "", `<= 40 calls, the same at every size${extra}`, pass);
  }
  const reminderBudget = 25 + 2 * remindersRun.sent;
  line(
    `reminder run (60 units, ${remindersRun.sent} emails)`,
    remindersRun.calls,
    "",
    `<= 25 + 2 per email = ${reminderBudget}`,
    remindersRun.calls <= reminderBudget,
  );
  const reminder1000Budget = 25 + 2 * reminders1000.sent;
  line(
    `reminder run (1,000 units, ${reminders1000.sent} emails)`,
    reminders1000.calls,
    "",
    `<= 25 + 2 per email = ${reminder1000Budget}; ${reminders1000.propertyCalls} property calls, script lock ${reminders1000.scriptLock ? "taken" : "free"}`,
    reminders1000.calls <= reminder1000Budget &&
      reminders1000.propertyCalls <= 6 &&
      reminders1000.scriptLock === 0,
  );
  for (const [which, r] of Object.entries(release)) {
    const ok = r.modelledMs < 6 * 60_000 && ("published" in r ? r.published : true);
    line(
      `participation release ${which === "first" ? "1 (10,000 in)" : "2 (12,000 in)"}`,
      r.calls,
      "",
      `one run: ${Math.round(r.modelledMs / 1000)} s modelled, cpu ${r.cpuMs} ms (our budget: < 6 minutes)`,
      ok,
    );
  }
  line(
    "score release 10 (5,000 in), checked with 1–9",
    releaseCheck.calls,
    releaseCheck.keptCells,
    `one run: ${Math.round(releaseCheck.modelledMs / 1000)} s modelled, cpu ${releaseCheck.cpuMs} ms (< 6 minutes)`,
    releaseCheck.published && releaseCheck.modelledMs < 6 * 60_000,
  );
  line(
    "public board, 1,000 units: warm view",
    board.warmCalls,
    "",
    `0 spreadsheet calls (${board.warmAllCalls} calls in all, ${board.warmMs} ms modelled)`,
    board.warmCalls === 0,
  );
  line(
    "public board, 1,000 units: cold view",
    board.coldCalls,
    "",
    `<= 10 calls (${board.coldSpreadsheetCalls} spreadsheet; ${board.coldMs} ms; a unit's page cold: ${board.unitColdCalls})`,
    board.coldCalls <= 10 && board.unitColdCalls <= 10,
  );
  line(
    "bundle dist/Code.js (bytes)",
    "",
    bundleBytes,
    "<= 409,600 bytes",
    bundleBytes <= budgets.bundleBytes,
  );
}
