/**
 * `npm run create`: a new Google Sheet with its bound Apps Script project, through clasp.
 * clasp refuses to create while a .clasp.json exists, and the committed one holds only a
 * placeholder id: set it aside, create, keep rootDir dist, and put it back if clasp fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const claspJson = join(root, ".clasp.json");
const aside = join(root, ".clasp.json.placeholder");
const PLACEHOLDER = "REPLACE-WITH-YOUR-SCRIPT-ID";

const current = existsSync(claspJson) ? JSON.parse(readFileSync(claspJson, "utf8")) : undefined;
if (current && current.scriptId !== PLACEHOLDER) {
  console.error(
    `.clasp.json already points at script ${current.scriptId}. Use \`npm run deploy\` to push to it, or put the placeholder back to create a new one.`,
  );
  process.exit(1);
}
if (current) renameSync(claspJson, aside);
const result = spawnSync(
  "npx",
  ["clasp", "create-script", "--type", "sheets", "--title", "Survei Indeks BerAKHLAK", "--rootDir", "dist"],
  { cwd: root, stdio: "inherit" },
);
if (result.status !== 0 || !existsSync(claspJson)) {
  if (existsSync(aside)) renameSync(aside, claspJson);
  console.error("clasp could not create the project (did you run `npx clasp login`?). Nothing was changed.");
  process.exit(result.status ?? 1);
}
const created = JSON.parse(readFileSync(claspJson, "utf8"));
writeFileSync(claspJson, `${JSON.stringify({ scriptId: created.scriptId, rootDir: "dist" }, null, 2)}\n`);
rmSync(aside, { force: true });
// clasp pulls the new project's manifest into dist/: rebuild so ours is what gets pushed.
spawnSync("node", ["build.mjs"], { cwd: root, stdio: "inherit" });
console.log(`Created script ${created.scriptId}. Next: npm run deploy, then open the new Sheet.`);
