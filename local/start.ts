/**
 * `npm start`: runs the built bundle (dist/Code.js) on the local emulation through the entry points
 * a user would use, prints what it did and writes out/. This version opens the spreadsheet and uses
 * the menu; the synthetic campaign (setup, submissions, reminders, dashboard) joins as those parts land.
 */
import { join } from "node:path";
import { Workspace } from "./index";
import { writeOut } from "./render";

const started = Date.now();
const ws = new Workspace({ spreadsheetName: "Survei BerAKHLAK (contoh sintetis)" });
const menus = ws.open();
const opened = ws.lastExecution();
if (opened?.error) throw new Error(`onOpen failed: ${opened.error}`);
console.log("Survei Indeks BerAKHLAK — local run on the Apps Script emulation (synthetic data only)");
console.log(
  `  opened the spreadsheet: menu "${menus[0]?.title}" with ${menus[0]?.items.length ?? 0} item(s): ${menus[0]?.items.map((i) => i.label).join(", ")}`,
);
for (const item of menus[0]?.items ?? []) {
  const r = ws.clickMenu(item.label);
  console.log(`  menu "${item.label}": ${r.error ? `ERROR ${r.error}` : "ok"} (${r.calls} service calls)`);
}
const out = join(__dirname, "..", "out");
const files = writeOut(
  ws,
  out,
  "Synthetic local run on the Apps Script emulation. No real data; nothing was sent to Google.",
);
console.log(`  wrote ${files.length} file(s) to out/ (open out/index.html)`);
console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
