/**
 * `npm run bench` (add `-- --json` for one JSON object): PERFORMANCE.md's rows, measured on the
 * emulation through the built bundle. Calls and cells are exact; cpu ms is the median of runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExecutionRecord, Workspace } from "../local";
import { answersFor, rng } from "../local/respondents";
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
): { ws: Workspace; choices: string[]; rand: () => number } {
  const list = syntheticUnits(units);
  const ws = new Workspace({ tabs: { "Unit Kerja": unitRows(list) } });
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

function submitCost(existing: number): { calls: number; cells: number } {
  const { ws, choices, rand } = campaignWith(40, existing);
  const e = ws.submit(answersFor(rand, { unit: choices[0] })).executions[0];
  if (!e || e.error) fail("submission", e);
  return { calls: e.calls, cells: e.cells };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const budgets = {
  submitCalls: 25,
  submitCells: 3000,
  catchupCalls: 60,
  recomputeCalls: 60,
  recomputeCpuMs: 1500,
  bundleBytes: 200 * 1024,
};

log("measuring one submission at 10, 10,000 and 50,000 responses …");
const submit: Record<string, { calls: number; cells: number }> = {};
for (const n of [10, 10_000, 50_000]) submit[String(n)] = submitCost(n);

log("measuring the catch-up after 500 unprocessed responses …");
const cu = campaignWith(40, 10_000);
for (let i = 0; i < 500; i++)
  cu.ws.submit(answersFor(cu.rand, { unit: cu.choices[i % 40] }), { event: "dropped" });
const catchRun = cu.ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
if (catchRun.error) fail("catch-up", catchRun);
const catchup500 = { calls: catchRun.calls, cells: catchRun.cells };
const width = cu.ws.values(cu.ws.tabNames()[0])[0].length;
// "500 × columns": each new response's row is read (the responses tab's width) and its Skor row written.
const catchupCellBudget = (10_000 + 500) * 2 + 500 * (width + 17) + 3000;

log("measuring a full recompute of 50,000 responses over 40 units …");
const rc = campaignWith(40, 50_000);
const cpu: number[] = [];
let recomputeRun: ExecutionRecord | undefined;
for (let i = 0; i < 3; i++) {
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
const dashboard: Record<string, { calls: number }> = {};
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

const bundleBytes = Buffer.byteLength(readFileSync(join(__dirname, "..", "dist", "Code.js")));
const result = {
  submit,
  catchup500,
  recompute50k,
  dashboard,
  reminders: remindersRun,
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
  for (const [n, f] of Object.entries(submit)) {
    line(
      `submit (${Number(n).toLocaleString("en")} already in)`,
      f.calls,
      f.cells,
      "<= 25 calls, <= 3,000 cells",
      f.calls <= budgets.submitCalls && f.cells <= budgets.submitCells,
    );
  }
  const same = new Set(Object.values(submit).map((f) => `${f.calls}/${f.cells}`)).size === 1;
  console.log(`${"  same at every size".padEnd(52)}   ${"".padEnd(40)}${ok(same)}`);
  line(
    "catch-up 500 (10,000 in)",
    catchup500.calls,
    catchup500.cells,
    `<= 60 calls, <= ${catchupCellBudget.toLocaleString("en")} cells`,
    catchup500.calls <= budgets.catchupCalls && catchup500.cells <= catchupCellBudget,
  );
  line(
    "recompute 50,000 / 40 units",
    recompute50k.calls,
    recompute50k.cells,
    `<= 60 calls; cpu ${recompute50k.cpuMs} ms (<= 1,500)`,
    recompute50k.calls <= budgets.recomputeCalls && recompute50k.cpuMs <= budgets.recomputeCpuMs,
  );
  for (const [n, f] of Object.entries(dashboard)) {
    const pass = f.calls <= 40 && f.calls === dashboard["10"].calls;
    line(`dashboard refresh (${n} units)`, f.calls, "", "<= 40 calls, the same for 10 and 60", pass);
  }
  const reminderBudget = 25 + 2 * remindersRun.sent;
  line(
    `reminder run (60 units, ${remindersRun.sent} emails)`,
    remindersRun.calls,
    "",
    `<= 25 + 2 per email = ${reminderBudget}`,
    remindersRun.calls <= reminderBudget,
  );
  line(
    "bundle dist/Code.js (bytes)",
    "",
    bundleBytes,
    "<= 204,800 bytes",
    bundleBytes <= budgets.bundleBytes,
  );
}
