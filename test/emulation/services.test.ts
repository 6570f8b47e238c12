import crypto from "node:crypto";
import { MAX_TRIGGERS_PER_USER } from "../../local";
import { errorOf, evaluate, scriptWorkspace } from "../helpers";

const HOUR = 3_600_000;

describe("ScriptApp triggers", () => {
  const code = `function tick(e) { Logger.log(JSON.stringify({ uid: e.triggerUid, hour: e.hour, auth: e.authMode })); }`;

  it("installs, lists only the current user's triggers, and deletes", () => {
    const ws = scriptWorkspace(code);
    evaluate(ws, `ScriptApp.newTrigger("tick").timeBased().everyHours(1).create();`);
    ws.user = "other@example.org";
    expect(evaluate(ws, `return ScriptApp.getProjectTriggers().length;`)).toBe(0);
    ws.user = "admin@example.org";
    const r = evaluate(
      ws,
      `var t = ScriptApp.getProjectTriggers(); var info = [t.length, t[0].getHandlerFunction(), t[0].getEventType() === ScriptApp.EventType.CLOCK];
       ScriptApp.deleteTrigger(t[0]); return info.concat([ScriptApp.getProjectTriggers().length]);`,
    );
    expect(r).toEqual([1, "tick", true, 0]);
  });

  it(`refuses the ${MAX_TRIGGERS_PER_USER + 1}st trigger of one user`, () => {
    const ws = scriptWorkspace(code);
    const msg = errorOf(
      ws,
      `for (var i = 0; i < 21; i++) ScriptApp.newTrigger("tick").timeBased().everyHours(1).create();`,
    );
    expect(msg).toMatch(/too many triggers/);
    expect(ws.triggers).toHaveLength(MAX_TRIGGERS_PER_USER);
  });

  it("a simple trigger cannot install triggers", () => {
    const ws = scriptWorkspace(code);
    expect(errorOf(ws, `ScriptApp.newTrigger("tick").timeBased().everyHours(1).create();`, "simple")).toMatch(
      /permission to call ScriptApp.newTrigger/,
    );
  });

  it("the clock fires an hourly trigger once an hour, with the clock event", () => {
    const ws = scriptWorkspace(code);
    evaluate(ws, `ScriptApp.newTrigger("tick").timeBased().everyHours(1).create();`);
    const fired = ws.advanceClock(5 * HOUR);
    expect(fired).toHaveLength(5);
    expect(fired.every((e) => e.kind === "trigger" && e.fn === "tick")).toBe(true);
    const ev = JSON.parse(fired[0].logs[0]);
    expect(ev.uid).toBe(ws.triggers[0].uid);
    expect(ev.auth).toBe("FULL");
  });

  it("a daily trigger at an hour fires within that hour of the script's time zone, every day", () => {
    const ws = scriptWorkspace(code); // starts Monday 08:00 WIB
    evaluate(ws, `ScriptApp.newTrigger("tick").timeBased().atHour(9).everyDays(1).create();`);
    const fired = ws.advanceClock(3 * 24 * HOUR);
    expect(fired).toHaveLength(3);
    for (const f of fired) expect(JSON.parse(f.logs[0]).hour).toBe(9);
  });

  it("a one-off trigger fires once and stays listed until deleted", () => {
    const ws = scriptWorkspace(code);
    evaluate(ws, `ScriptApp.newTrigger("tick").timeBased().after(10 * 60 * 1000).create();`);
    expect(ws.advanceClock(2 * HOUR)).toHaveLength(1);
    expect(evaluate(ws, `return ScriptApp.getProjectTriggers().length;`)).toBe(1);
  });

  it("atHour without everyDays is refused", () => {
    const ws = scriptWorkspace(code);
    expect(errorOf(ws, `ScriptApp.newTrigger("tick").timeBased().atHour(9).create();`)).toMatch(/everyDays/);
  });
});

describe("MailApp", () => {
  it("sends into the outbox and counts to + cc against the daily recipient quota", () => {
    const ws = scriptWorkspace("", { mailQuota: 5 });
    const left = evaluate(
      ws,
      `MailApp.sendEmail({ to: "a@example.org", cc: "b@example.org, c@example.org", subject: "S", body: "B", htmlBody: "<p>B</p>", name: "Biro" });
       return MailApp.getRemainingDailyQuota();`,
    );
    expect(left).toBe(2);
    expect(ws.outbox[0]).toMatchObject({
      to: ["a@example.org"],
      cc: ["b@example.org", "c@example.org"],
      subject: "S",
      htmlBody: "<p>B</p>",
    });
  });

  it("fails when the quota cannot cover a message, and the quota returns the next day", () => {
    const ws = scriptWorkspace("", { mailQuota: 2 });
    expect(
      errorOf(
        ws,
        `MailApp.sendEmail({ to: "a@example.org", cc: "b@example.org, c@example.org", subject: "S", body: "B" });`,
      ),
    ).toBe("Service invoked too many times for one day: email.");
    expect(ws.outbox).toHaveLength(0);
    ws.advanceClock(24 * HOUR);
    expect(evaluate(ws, `return MailApp.getRemainingDailyQuota();`)).toBe(2);
  });

  it("rejects an invalid address and more than 50 recipients", () => {
    const ws = scriptWorkspace("", { mailQuota: 1000 });
    expect(errorOf(ws, `MailApp.sendEmail("not-an-address", "S", "B");`)).toBe(
      "Invalid email: not-an-address",
    );
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.org`).join(",");
    expect(errorOf(ws, `MailApp.sendEmail("${many}", "S", "B");`)).toMatch(/Recipients Per Message/);
  });

  it("cannot send from a simple trigger", () => {
    const ws = scriptWorkspace();
    expect(errorOf(ws, `MailApp.sendEmail("a@example.org", "S", "B");`, "simple")).toMatch(/permission/);
  });
});

describe("LockService", () => {
  it("gives the script lock when free and releases it at the end of the execution", () => {
    const ws = scriptWorkspace();
    expect(evaluate(ws, `return LockService.getScriptLock().tryLock(1000);`)).toBe(true);
    expect(
      evaluate(
        ws,
        `var l = LockService.getScriptLock(); var ok = l.tryLock(0); var h = l.hasLock(); l.releaseLock(); return [ok, h, l.hasLock()];`,
      ),
    ).toEqual([true, true, false]);
  });

  it("under contention tryLock returns false after waiting and waitLock throws", () => {
    const ws = scriptWorkspace();
    ws.faults.lockBusyUntil = ws.now() + 60_000;
    const before = ws.now();
    expect(evaluate(ws, `return LockService.getScriptLock().tryLock(10000);`)).toBe(false);
    expect(ws.now() - before).toBe(10_000);
    expect(errorOf(ws, `LockService.getScriptLock().waitLock(5000);`)).toBe(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(evaluate(ws, `return LockService.getScriptLock().tryLock(60000);`)).toBe(true);
  });
});

describe("PropertiesService", () => {
  it("stores strings per store", () => {
    const ws = scriptWorkspace();
    evaluate(
      ws,
      `PropertiesService.getScriptProperties().setProperty("n", 5); PropertiesService.getDocumentProperties().setProperties({ a: "1" });`,
    );
    expect(ws.properties("script")).toEqual({ n: "5" });
    expect(evaluate(ws, `return typeof PropertiesService.getScriptProperties().getProperty("n");`)).toBe(
      "string",
    );
    expect(evaluate(ws, `return PropertiesService.getScriptProperties().getProperty("missing");`)).toBeNull();
  });

  it("refuses a value over 9 KB and a store over 500 KB", () => {
    const ws = scriptWorkspace();
    expect(
      errorOf(
        ws,
        `PropertiesService.getScriptProperties().setProperty("big", new Array(9 * 1024 + 2).join("x"));`,
      ),
    ).toBe("Argument too large: value");
    expect(
      errorOf(
        ws,
        `var p = PropertiesService.getScriptProperties(); for (var i = 0; i < 60; i++) p.setProperty("k" + i, new Array(9000).join("x"));`,
      ),
    ).toMatch(/property storage quota/);
  });
});

describe("Utilities, Session, Logger", () => {
  it("formatDate follows the time zone and Java patterns", () => {
    const ws = scriptWorkspace();
    const r = evaluate(
      ws,
      `var d = new Date(Date.UTC(2026, 2, 2, 17, 5, 9));
       return [Utilities.formatDate(d, "Asia/Jakarta", "yyyy-MM-dd HH:mm:ss"), Utilities.formatDate(d, "Asia/Makassar", "EEEE d MMMM yyyy, H:mm 'WITA'"), Utilities.formatDate(d, "UTC", "dd/MM/yy hh:mm a Z")];`,
    );
    expect(r).toEqual(["2026-03-03 00:05:09", "Tuesday 3 March 2026, 1:05 WITA", "02/03/26 05:05 PM +0000"]);
  });

  it("HMAC-SHA256 and digests return signed bytes (-128..127)", () => {
    const ws = scriptWorkspace();
    const bytes: number[] = [
      ...evaluate(ws, `return Utilities.computeHmacSha256Signature("199001012015031001", "rahasia");`),
    ];
    const expected = [...crypto.createHmac("sha256", "rahasia").update("199001012015031001").digest()].map(
      (b) => (b > 127 ? b - 256 : b),
    );
    expect(bytes).toEqual(expected);
    expect(bytes.some((b) => b < 0)).toBe(true);
    const digest: number[] = [
      ...evaluate(ws, `return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "abc");`),
    ];
    expect(Buffer.from(digest.map((b) => b & 0xff)).toString("hex")).toBe(
      crypto.createHash("sha256").update("abc").digest("hex"),
    );
  });

  it("base64 round trips, web-safe alphabet included", () => {
    const ws = scriptWorkspace();
    const r = evaluate(
      ws,
      `var b = Utilities.base64EncodeWebSafe([251, 255]); return [b, Utilities.base64Decode(Utilities.base64Encode("hai")).length];`,
    );
    expect(r).toEqual(["-_8=", 3]);
  });

  it("sleep advances the fake clock", () => {
    const ws = scriptWorkspace();
    const before = ws.now();
    evaluate(ws, `Utilities.sleep(2500);`);
    expect(ws.now() - before).toBe(2500);
  });

  it("Session gives the script's time zone and the users; a trigger does not know its active user", () => {
    const ws = scriptWorkspace();
    expect(
      evaluate(
        ws,
        `return [Session.getScriptTimeZone(), Session.getEffectiveUser().getEmail(), Session.getActiveUser().getEmail()];`,
        "menu",
      ),
    ).toEqual(["Asia/Jakarta", "admin@example.org", "admin@example.org"]);
    expect(evaluate(ws, `return Session.getActiveUser().getEmail();`, "trigger")).toBe("");
  });

  it("Logger and console write to the execution's log", () => {
    const ws = scriptWorkspace();
    const { record } = ws.runCode(`Logger.log("a"); console.log("b", 1); console.error("c");`);
    expect(record.logs).toEqual(["a", "b 1", "ERROR c"]);
  });
});

describe("CacheService (APPS-SCRIPT.md: values up to 100 KB, kept at most 6 hours)", () => {
  it("keeps a value for its time, at most 6 hours, and refuses one over 100 KB", () => {
    const w = scriptWorkspace("");
    evaluate(
      w,
      `var c = CacheService.getScriptCache();
       c.put("a", "1"); c.put("b", "2", 3600); c.put("c", "3", 86400);`,
    );
    const read = () =>
      evaluate(w, `var c = CacheService.getScriptCache(); return [c.get("a"), c.get("b"), c.get("c")];`);
    expect(read()).toEqual(["1", "2", "3"]);
    w.advanceClock(11 * 60_000); // the default 10 minutes are over
    expect(read()).toEqual([null, "2", "3"]);
    w.advanceClock(6 * 3_600_000); // nothing lives longer than 6 hours
    expect(read()).toEqual([null, null, null]);
    expect(errorOf(w, `CacheService.getScriptCache().put("big", new Array(102500).join("x"));`)).toMatch(
      /Argument too large/,
    );
  });

  it("reads and writes several values in one call each (getAll, putAll), each held to the limits", () => {
    const w = scriptWorkspace("");
    const r = w.runCode(
      `var c = CacheService.getScriptCache();
       c.putAll({ a: "1", b: "2" }, 900);
       return JSON.stringify(c.getAll(["a", "b", "missing"]));`,
    );
    expect(JSON.parse(r.value)).toEqual({ a: "1", b: "2" });
    expect(r.record.callsByMethod["Cache.putAll"]).toBe(1);
    expect(r.record.callsByMethod["Cache.getAll"]).toBe(1);
    w.advanceClock(16 * 60_000);
    expect(evaluate(w, `return JSON.stringify(CacheService.getScriptCache().getAll(["a", "b"]));`)).toBe(
      "{}",
    );
    expect(errorOf(w, `CacheService.getScriptCache().putAll({ big: new Array(102500).join("x") });`)).toMatch(
      /Argument too large/,
    );
  });

  it("can lose everything at any time (Google evicts as it likes)", () => {
    const w = scriptWorkspace("");
    evaluate(w, `CacheService.getScriptCache().put("k", "v", 21600);`);
    w.clearCaches();
    expect(evaluate(w, `return CacheService.getScriptCache().get("k");`)).toBeNull();
  });
});

describe("web apps (APPS-SCRIPT.md: doGet returns HtmlService output; Execute as me)", () => {
  const code = `function doGet(e) {
    return HtmlService.createHtmlOutput("<p>" + (e.parameter.unit || "board") + "</p>")
      .setTitle("Papan").addMetaTag("viewport", "width=device-width, initial-scale=1");
  }`;

  it("serves doGet with the query as e.parameter, as the deploying user, at its URL once deployed", () => {
    const w = scriptWorkspace(code);
    expect(evaluate(w, `return ScriptApp.getService().getUrl();`)).toBeNull();
    expect(() => w.webGet()).toThrow(/deploy the web app first/);
    const url = w.deployWebApp();
    expect(url).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/AKfycb\w+\/exec$/);
    expect(w.deployWebApp()).toBe(url); // a new version keeps the deployment's address
    expect(evaluate(w, `return ScriptApp.getService().getUrl();`)).toBe(url);
    const page = w.webGet({ unit: "BU" });
    expect(page).toMatchObject({
      html: "<p>BU</p>",
      title: "Papan",
      meta: { viewport: "width=device-width, initial-scale=1" },
    });
    expect(page.record.user).toBe("admin@example.org");
    expect(w.webGet().html).toBe("<p>board</p>");
  });
});
