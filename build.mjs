// Builds dist/: one Apps Script file (Code.js) with top-level entry stubs, the manifest and any HTML.
//
// esbuild bundles src/main.ts as an IIFE (no module syntax survives). main.ts publishes each entry
// point as `global.name = fn`; gas-entry-generator 2.x (the generator inside gas-webpack-plugin,
// which looks for exactly that `global.x =` shape) emits an empty top-level `function name() {}`
// per entry so Apps Script can see it by name, and the IIFE then replaces it with the real one.
// `var global = this;` makes `global` the script's global object.
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// Before `npm ci` the build tools are missing: say so in one line rather than with a module stack.
async function need(name) {
  try {
    return await import(name);
  } catch (e) {
    if (e?.code !== "ERR_MODULE_NOT_FOUND") throw e;
    console.error(`build: ${name} is not installed. Run "npm ci" first (see README.md).`);
    process.exit(1);
  }
}
const { build } = await need("esbuild");
const gasEntryGenerator = (await need("gas-entry-generator")).default;

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
const out = join(dist, "Code.js");

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function isStale() {
  let built;
  try {
    built = statSync(out).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [...walk(join(root, "src")), join(root, "appsscript.json"), join(root, "build.mjs")];
  return inputs.some((f) => statSync(f).mtimeMs > built);
}

if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);

mkdirSync(dist, { recursive: true });
const result = await build({
  entryPoints: [join(root, "src/main.ts")],
  bundle: true,
  format: "iife",
  target: "es2020",
  platform: "neutral",
  charset: "utf8",
  write: false,
  legalComments: "none",
  // Whitespace only: every name is kept, so the executions log's stack traces stay readable.
  minifyWhitespace: true,
  logLevel: "warning",
});
// Built-ins are bound once as locals of the bundle's closure: the same objects, but a hot loop
// then never looks a global up (cheap on Apps Script, costly in a node:vm context, which would
// otherwise inflate the benchmarks' CPU figures).
const LOCAL_BUILTINS = [
  "Math",
  "Object",
  "String",
  "Number",
  "Array",
  "JSON",
  "Map",
  "Set",
  "RegExp",
  "Date",
  "Error",
];
const iife = "(()=>{";
const raw = result.outputFiles[0].text;
const at = raw.indexOf(iife);
if (at < 0) throw new Error("build: esbuild output is not the expected IIFE");
const bundle = `${raw.slice(0, at + iife.length)}var ${LOCAL_BUILTINS.map((n) => `${n}=globalThis.${n}`).join(",")};${raw.slice(at + iife.length)}`;
const { entryPointFunctions } = gasEntryGenerator.generate(bundle, { comment: false });
const code = `${entryPointFunctions}\nvar global = this;\n${bundle}`;

const forbidden = [/\brequire\(/, /^\s*import\s/m, /^\s*export\s/m];
for (const re of forbidden) {
  if (re.test(code)) {
    console.error(`build: dist/Code.js would contain ${re} — not valid Apps Script`);
    process.exit(1);
  }
}
writeFileSync(out, code);
copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
for (const f of walk(join(root, "src")).filter((f) => f.endsWith(".html"))) {
  copyFileSync(f, join(dist, relative(join(root, "src"), f).replaceAll("/", "_")));
}
console.log(`build: dist/Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB`);
