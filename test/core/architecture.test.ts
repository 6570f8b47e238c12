import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const src = join(__dirname, "..", "..", "src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe("the arrows point one way: main -> gas -> core", () => {
  const GAS_GLOBALS =
    /\b(SpreadsheetApp|FormApp|ScriptApp|MailApp|LockService|PropertiesService|Utilities|Session|HtmlService|Logger|GoogleAppsScript)\b/;

  it.each(files(join(src, "core")).filter((f) => f.endsWith(".ts")))(
    "%s is pure: no Apps Script, no import outside core",
    (f) => {
      const text = readFileSync(f, "utf8");
      // Comments may name Apps Script (to explain why); code may not.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      expect(code).not.toMatch(GAS_GLOBALS);
      for (const m of text.matchAll(/from "([^"]+)"/g)) {
        expect(m[1]).toMatch(/^\.\.?\//);
        expect(join(dirname(f), m[1]).startsWith(join(src, "core"))).toBe(true);
      }
    },
  );

  it.each(files(join(src, "gas")).filter((f) => f.endsWith(".ts")))("%s never imports main", (f) => {
    expect(readFileSync(f, "utf8")).not.toMatch(/from "\.\.\/main"/);
  });

  it("only main.ts touches the global object", () => {
    for (const f of files(src).filter((x) => !x.endsWith("main.ts"))) {
      expect(readFileSync(f, "utf8")).not.toMatch(/\b(global|globalThis)\./);
    }
  });
});
