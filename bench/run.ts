/**
 * `npm run bench` (add `-- --json` for one JSON object): the PERFORMANCE.md rows measured on the
 * emulation through the built bundle. Rows whose feature has not landed yet are reported as such.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workspace } from "../local";

const json = process.argv.includes("--json");
const bundleBytes = Buffer.byteLength(readFileSync(join(__dirname, "..", "dist", "Code.js")));

const ws = new Workspace();
ws.open();
const onOpen = ws.lastExecution();

const result = {
  bundleBytes,
  onOpen: { calls: onOpen?.calls ?? 0, cells: onOpen?.cells ?? 0 },
  pending: ["submit", "catchup500", "recompute50k", "dashboard", "reminders"],
};

if (json) console.log(JSON.stringify(result));
else {
  console.log("operation            calls  cells  budget");
  console.log(
    `bundle               ${String(bundleBytes).padStart(6)} bytes   <= 204800 bytes ${bundleBytes <= 204800 ? "ok" : "OVER"}`,
  );
  console.log(
    `onOpen (menu)        ${String(result.onOpen.calls).padStart(5)}  ${String(result.onOpen.cells).padStart(5)}`,
  );
  console.log(`not measured yet (their features have not landed): ${result.pending.join(", ")}`);
}
