import { EXECUTION_LIMIT_MS } from "../../local";
import { errorOf, evaluate, scriptWorkspace } from "../helpers";

describe("the runtime gives the script only Apps Script's globals", () => {
  it.each(["require", "process", "Buffer", "setTimeout", "setInterval", "module", "exports", "fetch", "URL"])(
    "%s is not defined",
    (name) => {
      const ws = scriptWorkspace();
      expect(evaluate(ws, `return typeof ${name};`)).toBe("undefined");
    },
  );

  it("a bundle that uses a Node API fails at run time", () => {
    const ws = scriptWorkspace(
      'function useFs() { return require("fs").readFileSync("/etc/hostname", "utf8"); }',
    );
    const record = ws.run("useFs");
    expect(record.error).toMatch(/require is not defined/);
  });

  it("has the Apps Script services", () => {
    const ws = scriptWorkspace();
    const names = ["SpreadsheetApp", "FormApp", "ScriptApp", "MailApp", "LockService", "PropertiesService"];
    for (const n of [...names, "Utilities", "Session", "Logger", "HtmlService", "Charts", "console"]) {
      expect(evaluate(ws, `return typeof ${n};`)).toBe("object");
    }
  });

  it("starts every execution from a fresh context", () => {
    const ws = scriptWorkspace(
      "var counter = 0; function bump() { counter++; Logger.log(String(counter)); }",
    );
    ws.run("bump");
    ws.run("bump");
    expect(ws.executions.map((e) => e.logs[0])).toEqual(["1", "1"]);
  });

  it("hands over Dates and Arrays made with the script's own constructors", () => {
    const ws = scriptWorkspace();
    ws.typeInto("Data", [["2026-03-02 10:00:00", 5]]);
    const result = evaluate(
      ws,
      `var v = SpreadsheetApp.getActive().getSheetByName("Data").getRange(1, 1, 1, 2).getValues();
       return [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, typeof v[0][1]].join(",");`,
    );
    expect(result).toBe("true,true,true,number");
  });

  it("raises Google's errors as Errors of the script's realm that the script can catch", () => {
    const ws = scriptWorkspace();
    const result = evaluate(
      ws,
      `try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.message].join("|"); }`,
    );
    expect(result).toBe("true|The starting row of the range is too small.");
  });

  it("a method that is not emulated throws 'not emulated: Class.method' instead of doing nothing", () => {
    const ws = scriptWorkspace();
    expect(errorOf(ws, "SpreadsheetApp.getActive().getSheets()[0].getBandings();")).toBe(
      "not emulated: Sheet.getBandings",
    );
  });

  it("new Date() inside the script reads the fake clock", () => {
    const ws = scriptWorkspace();
    const t = evaluate(ws, "return new Date().getTime() === Date.now() ? Date.now() : -1;");
    expect(t).toBe(ws.now());
  });

  it("counts every service call, getters included, per service", () => {
    const ws = scriptWorkspace();
    const { record } = ws.runCode(
      `var s = SpreadsheetApp.getActive().getSheets()[0]; s.getLastRow(); s.getRange(1, 1, 2, 3).getValues();`,
    );
    expect(record.calls).toBe(5);
    expect(record.callsByService).toEqual({ SpreadsheetApp: 5 });
    expect(record.cells).toBe(6);
  });

  it("does not count a builder's option setters, only its terminal call", () => {
    const ws = scriptWorkspace();
    const { record } = ws.runCode(
      `SpreadsheetApp.newDataValidation().requireValueInList(["a"]).setAllowInvalid(false).setHelpText("x").build();`,
    );
    expect(record.calls).toBe(2);
  });

  it("advances the fake clock by the configured latency per call", () => {
    const ws = scriptWorkspace();
    ws.faults.latencyMs = 50;
    const before = ws.now();
    ws.runCode("SpreadsheetApp.getActive().getSheets()[0].getLastRow();");
    expect(ws.now() - before).toBe(150);
  });

  it("stops an execution after 6 minutes of fake time, even if the script catches the error", () => {
    const ws = scriptWorkspace(`function slow() {
      for (var i = 0; i < 10; i++) { try { Utilities.sleep(60000); SpreadsheetApp.getActive(); } catch (e) {} }
      SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue("done");
    }`);
    const record = ws.run("slow");
    expect(record.timedOut).toBe(true);
    expect(record.error).toBe("Exceeded maximum execution time");
    expect(record.end - record.start).toBeGreaterThan(EXECUTION_LIMIT_MS);
    expect(ws.values("Sheet1")).toEqual([]);
  });

  it("crashes an execution at the N-th service call when the fault switch says so", () => {
    const ws = scriptWorkspace(`function write() {
      var s = SpreadsheetApp.getActive().getSheets()[0];
      s.getRange(1, 1).setValue("a");
      try { s.getRange(2, 1).setValue("b"); } catch (e) {}
      s.getRange(3, 1).setValue("c");
    }`);
    ws.faults.crashAtCall.push(6); // getActive, getSheets, getRange, setValue("a"), getRange, setValue("b")
    const record = ws.run("write");
    expect(record.crashed).toBe(true);
    expect(ws.values("Sheet1")).toEqual([["a"]]);
    expect(ws.run("write").error).toBeUndefined();
  });

  it("refuses a call whose scope the manifest does not list", () => {
    const ws = scriptWorkspace("", { manifest: { timeZone: "Asia/Jakarta", oauthScopes: [] } });
    expect(errorOf(ws, "SpreadsheetApp.getActive();")).toMatch(
      /You do not have permission to call SpreadsheetApp.getActive. Required permissions: .*spreadsheets.currentonly/,
    );
  });

  it("reports a missing entry point as Google does", () => {
    const ws = scriptWorkspace();
    expect(ws.run("nope").error).toBe("Script function not found: nope");
  });
});
