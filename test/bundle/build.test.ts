import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SCOPES } from "../../src/core/platform/upgrade";

const root = join(__dirname, "..", "..");
const code = readFileSync(join(root, "dist", "Code.js"), "utf8");
const main = readFileSync(join(root, "src", "main.ts"), "utf8");

/** The entry points main.ts publishes (`global.name = fn`). */
const named = [...main.matchAll(/^global\.(\w+)\s*=/gm)].map((m) => m[1]).sort();
/** The top-level function stubs at the head of the bundle, before the IIFE. */
const stubs = [...code.split("var global = this;")[0].matchAll(/^function (\w+)\(/gm)]
  .map((m) => m[1])
  .sort();

describe("dist/Code.js is one valid Apps Script file", () => {
  it("has a top-level stub for exactly the entry points main.ts names", () => {
    expect(named.length).toBeGreaterThan(0);
    expect(stubs).toEqual(named);
  });

  it("has a top-level function onOpen", () => {
    expect(code).toMatch(/^function onOpen\(/m);
  });

  it("contains no require(, import or export statement", () => {
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^\s*import[\s{]/m);
    expect(code).not.toMatch(/^\s*export[\s{]/m);
  });

  it("stays within version 2's 400 KB bundle budget (PERFORMANCE.md)", () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(400 * 1024);
  });

  it("dist holds exactly what clasp pushes: Code.js, the manifest and HTML", () => {
    const files = readdirSync(join(root, "dist"));
    expect(files).toContain("appsscript.json");
    expect(files.filter((f) => !/^(Code\.js|appsscript\.json|.*\.html)$/.test(f))).toEqual([]);
    expect(readFileSync(join(root, "dist", "appsscript.json"), "utf8")).toBe(
      readFileSync(join(root, "appsscript.json"), "utf8"),
    );
  });

  it("was built from the current sources", () => {
    const built = statSync(join(root, "dist", "Code.js")).mtimeMs;
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
      );
    const newer = walk(join(root, "src")).filter((f) => statSync(f).mtimeMs > built);
    expect(newer).toEqual([]);
  });
});

describe("the manifest", () => {
  const manifest = JSON.parse(readFileSync(join(root, "appsscript.json"), "utf8"));

  it("is V8, Asia/Jakarta, with Stackdriver logging", () => {
    expect(manifest).toMatchObject({
      runtimeVersion: "V8",
      timeZone: "Asia/Jakarta",
      exceptionLogging: "STACKDRIVER",
    });
  });

  it("asks for exactly the scopes the services the bundle calls need, spreadsheets limited to this one", () => {
    const uses = (re: RegExp) => re.test(code);
    const needed = new Set<string>();
    const base = "https://www.googleapis.com/auth/";
    if (uses(/SpreadsheetApp\.(getActive|openById|getActiveSpreadsheet)/))
      needed.add(`${base}spreadsheets.currentonly`);
    if (uses(/\.getUi\(\)|HtmlService\./)) needed.add(`${base}script.container.ui`);
    if (uses(/\bFormApp\./)) needed.add(`${base}forms`);
    if (uses(/\bScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)/))
      needed.add(`${base}script.scriptapp`);
    if (uses(/\bMailApp\./)) needed.add(`${base}script.send_mail`);
    if (uses(/Session\.(getActiveUser|getEffectiveUser)\(\)\.getEmail/)) needed.add(`${base}userinfo.email`);
    expect([...manifest.oauthScopes].sort()).toEqual([...needed].sort());
    expect(manifest.oauthScopes).not.toContain(`${base}spreadsheets`);
  });

  it("lists the scopes the product announces after an upgrade, no more and no fewer", () => {
    expect([...manifest.oauthScopes].sort()).toEqual([...SCOPES].sort());
  });
});

describe(".clasp.json", () => {
  it("pushes dist/ and carries a placeholder script id", () => {
    const clasp = JSON.parse(readFileSync(join(root, ".clasp.json"), "utf8"));
    expect(clasp.rootDir).toBe("dist");
    expect(clasp.scriptId).toBeTruthy();
  });
});

describe("clasp", () => {
  it("show-file-status lists exactly the dist files (offline)", () => {
    const out = execFileSync("npx", ["clasp", "show-file-status"], { cwd: root, encoding: "utf8" });
    const tracked = out.split("Untracked files:")[0];
    const listed = [...tracked.matchAll(/dist\/(\S+)/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(readdirSync(join(root, "dist")).sort());
  });
});
