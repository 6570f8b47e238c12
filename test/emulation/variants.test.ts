import type { WorkspaceOptions } from "../../local";
import { errorOf, evaluate, scriptWorkspace } from "../helpers";

const HOUR = 3_600_000;

const FORM_WITH_NIP = `
  var form = FormApp.create("Survei");
  form.addListItem().setTitle("Unit kerja").setChoiceValues(["Biro Umum", "Dinas Pendidikan"]);
  form.addTextItem().setTitle("NIP");
  form.setPublished(true);
`;
const LINK = `form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`;
const TAB_SEEN = `SpreadsheetApp.getActive().getSheets().some(function (s) { return s.getFormUrl(); })`;

function ws(variants: WorkspaceOptions["variants"], extra: WorkspaceOptions = {}) {
  return scriptWorkspace("", { variants, ...extra });
}

describe("variant: when the responses tab made by setDestination appears", () => {
  const seen = (v: "immediate" | "afterFlush" | "nextExecution") => {
    const w = ws({ responsesTab: v });
    const inRun = evaluate(
      w,
      `${FORM_WITH_NIP} ${LINK}
       var before = ${TAB_SEEN};
       SpreadsheetApp.flush();
       return [before, ${TAB_SEEN}, form.getDestinationId() === SpreadsheetApp.getActive().getId()];`,
    );
    const later = evaluate(w, `return ${TAB_SEEN};`);
    return [...inRun, later];
  };

  it("immediate (the plain reading): in the sheet list right after the call", () => {
    expect(seen("immediate")).toEqual([true, true, true, true]);
  });

  it("afterFlush: missing until SpreadsheetApp.flush(), then listed", () => {
    expect(seen("afterFlush")).toEqual([false, true, true, true]);
  });

  it("nextExecution: missing for the rest of the run, even after a flush; listed in the next run", () => {
    expect(seen("nextExecution")).toEqual([false, false, true, true]);
  });

  it("a pending tab is missing from getSheetById and getSheetByName too, yet Google writes into it", () => {
    const w = ws({ responsesTab: "nextExecution" });
    const r = evaluate(
      w,
      `${FORM_WITH_NIP} ${LINK} var ss = SpreadsheetApp.getActive();
       return [ss.getSheetByName("Jawaban Formulir 1"), ss.getNumSheets()];`,
    );
    expect(r).toEqual([null, 1]);
    w.submit({ "Unit kerja": "Biro Umum" });
    expect(w.values("Jawaban Formulir 1")).toHaveLength(2);
  });
});

describe("variant: how Forms adds a response row", () => {
  const NIP = "199001012015031001";
  const twoResponses = (row: "nextEmpty" | "insert") => {
    const w = ws({ responseRow: row });
    // The script formats the NIP column as plain text below the header, ahead of any response.
    evaluate(
      w,
      `${FORM_WITH_NIP} ${LINK} SpreadsheetApp.flush();
       var s = SpreadsheetApp.getActive().getSheets()[0];
       s.getRange(2, 3, s.getMaxRows() - 1, 1).setNumberFormat("@");`,
    );
    w.submit({ "Unit kerja": "Biro Umum", NIP });
    w.submit({ "Unit kerja": "Biro Umum", NIP });
    return w.values("Jawaban Formulir 1").slice(1);
  };

  it("nextEmpty (the plain reading): a column formatted @ in advance keeps all 18 digits", () => {
    const rows = twoResponses("nextEmpty");
    expect(rows.map((r) => r[2])).toEqual([NIP, NIP]);
  });

  it("insert: new rows take the formats of the row above, so the @ format never protects the NIP", () => {
    const rows = twoResponses("insert");
    expect(rows.map((r) => typeof r[2])).toEqual(["number", "number"]);
    expect(String(rows[0][2])).not.toBe(NIP);
  });

  it("insert: formats set below the responses move down with the inserted rows", () => {
    const w = ws({ responseRow: "insert" });
    evaluate(
      w,
      `${FORM_WITH_NIP} ${LINK} SpreadsheetApp.flush();
       SpreadsheetApp.getActive().getSheets()[0].getRange("C2").setNumberFormat("@");`,
    );
    w.submit({ "Unit kerja": "Biro Umum", NIP });
    expect(w.sheet("Jawaban Formulir 1").attrs(2, 3)?.nf).toBeUndefined();
    expect(w.sheet("Jawaban Formulir 1").attrs(3, 3)?.nf).toBe("@");
  });
});

describe("variant: the spreadsheet's own time zone", () => {
  it("a date typed in a WITA spreadsheet is that zone's midnight, an hour before WIB's", () => {
    const w = ws({ spreadsheetTimeZone: "Asia/Makassar" }, { locale: "id_ID" });
    w.typeInto("Pengaturan", [["tanggal_mulai", "27/03/2026"]]);
    const r = evaluate(
      w,
      `var ss = SpreadsheetApp.getActive(); var d = ss.getSheetByName("Pengaturan").getRange("B1").getValue();
       return [ss.getSpreadsheetTimeZone(), Session.getScriptTimeZone(),
               Utilities.formatDate(d, Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm"),
               Utilities.formatDate(d, ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm")];`,
    );
    expect(r).toEqual(["Asia/Makassar", "Asia/Jakarta", "2026-03-26 23:00", "2026-03-27 00:00"]);
  });

  it("changing the spreadsheet's zone keeps what date cells show (their serial numbers), not their instants", () => {
    const w = ws({ spreadsheetTimeZone: "Asia/Makassar" }, { locale: "id_ID" });
    w.typeInto("Pengaturan", [["tanggal_mulai", "27/03/2026"]]);
    const r = evaluate(
      w,
      `var ss = SpreadsheetApp.getActive(); ss.setSpreadsheetTimeZone("Asia/Jakarta");
       var d = ss.getSheetByName("Pengaturan").getRange("B1").getValue();
       return Utilities.formatDate(d, "Asia/Jakarta", "yyyy-MM-dd HH:mm");`,
    );
    expect(r).toBe("2026-03-27 00:00");
    expect(w.displayValues("Pengaturan")[0][1]).toBe("27/03/2026");
  });

  it("by default the spreadsheet follows the manifest's zone", () => {
    expect(evaluate(ws({}), `return SpreadsheetApp.getActive().getSpreadsheetTimeZone();`)).toBe(
      "Asia/Jakarta",
    );
  });
});

describe("variant: the google latency profile", () => {
  const RUN = `var ss = SpreadsheetApp.getActive(); var s = ss.getSheets()[0];
    s.getRange(1, 1, 40, 25).setValues(Array.apply(null, Array(40)).map(function () { return Array(25).fill("x"); }));
    var v = s.getRange(1, 1, 40, 25).getValues();
    PropertiesService.getDocumentProperties().setProperty("k", "v");
    var lock = LockService.getScriptLock(); lock.tryLock(1000); lock.releaseLock();
    s.createTextFinder("nothing").matchEntireCell(true).findNext();
    return v.length;`;

  it("zero: calls cost no time", () => {
    const w = ws({});
    const { record } = w.runCode(RUN);
    expect(record.end - record.start).toBe(0);
    expect(record.latencyMs).toBe(0);
  });

  it("google: round trips cost 50-150 ms, a read after writes commits them, cells and searches add up", () => {
    const w = ws({ latency: "google" });
    const { record } = w.runCode(RUN);
    expect(record.error).toBeUndefined();
    // setValues, getValues (+ commit), setProperty, tryLock, releaseLock, findNext: six round trips.
    expect(record.roundTrips).toBe(6);
    expect(record.searched).toBe(1000);
    expect(record.latencyMs).toBeGreaterThan(6 * 50 + 300);
    expect(record.latencyMs).toBeLessThan(6 * 150 + 600 + 10 * 7 + 5);
    expect(record.end - record.start).toBe(record.latencyMs);
  });

  it("google: Forms calls cost 300-800 ms each, MailApp 200-500 ms, with seeded jitter", () => {
    const body = `var f = FormApp.create("x"); f.setTitle("y"); f.getTitle();
      MailApp.sendEmail("a@example.org", "s", "b");`;
    const a = ws({ latency: "google" }).runCode(body).record;
    const b = ws({ latency: "google" }).runCode(body).record;
    const c = ws({ latency: "google" }, { seed: 7 }).runCode(body).record;
    expect(a.latencyMs).toBeGreaterThanOrEqual(3 * 300 + 200);
    expect(a.latencyMs).toBeLessThanOrEqual(3 * 800 + 500);
    expect(b.latencyMs).toBe(a.latencyMs);
    expect(c.latencyMs).not.toBe(a.latencyMs);
  });

  it("google: an execution past 6 minutes of modelled time is stopped", () => {
    const w = ws({ latency: "google" });
    const { record } = w.runCode(`for (var i = 0; i < 2000; i++) FormApp.create("x" + i);`);
    expect(record.timedOut).toBe(true);
    expect(record.error).toMatch(/Exceeded maximum execution time/);
  });
});

describe("variant: when time-driven triggers run", () => {
  const hourlyFires = (timing: "early" | "anywhere" | "late" | "skipping") => {
    const w = ws({ triggerTiming: timing });
    evaluate(w, `ScriptApp.newTrigger("tick").timeBased().everyHours(1).create();`);
    const start = w.now();
    return w.advanceClock(48 * HOUR).map((r) => r.start - start);
  };

  it("early (the plain reading): once an hour at a fixed minute", () => {
    const t = hourlyFires("early");
    expect(t).toHaveLength(48);
    expect(new Set(t.map((x) => x % HOUR)).size).toBe(1);
  });

  it("anywhere: once in every hour, at a different minute each time", () => {
    const t = hourlyFires("anywhere");
    expect(t.length).toBeGreaterThanOrEqual(47);
    expect(new Set(t.map((x) => Math.floor(x / 60_000) % 60)).size).toBeGreaterThan(20);
  });

  it("late: each run falls in the hour after the one it was due in", () => {
    const w = ws({ triggerTiming: "late" });
    evaluate(w, `ScriptApp.newTrigger("tick").timeBased().atHour(8).everyDays(1).create();`);
    const fired = w.advanceClock(3 * 24 * HOUR + 2 * HOUR);
    expect(fired).toHaveLength(3);
    for (const r of fired) {
      const hour = new Date(r.start + 7 * HOUR).getUTCHours();
      expect(hour).toBe(9);
    }
  });

  it("skipping: some hourly runs never happen", () => {
    const t = hourlyFires("skipping");
    expect(t.length).toBeLessThan(46);
    expect(t.length).toBeGreaterThan(30);
  });
});

describe("variant: who may answer a published form", () => {
  const answer = (audience: "anyone" | "domain" | "shared", who: "public" | "domain" | "invited") => {
    const w = ws({ audience });
    evaluate(w, `${FORM_WITH_NIP} ${LINK}`);
    try {
      w.submit({ "Unit kerja": "Biro Umum" }, { respondent: who });
      return "ok";
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("anyone with the link (the plain reading)", () => {
    expect(answer("anyone", "public")).toBe("ok");
  });

  it("only the owner's domain: someone without an account is refused, and requiresLogin() says so", () => {
    expect(answer("domain", "public")).toMatch(/permission/);
    expect(answer("domain", "domain")).toBe("ok");
    const w = ws({ audience: "domain" });
    expect(evaluate(w, `return FormApp.create("x").setPublished(true).requiresLogin();`)).toBe(true);
  });

  it("only people it is shared with: others are refused, and nothing a script reads says so", () => {
    expect(answer("shared", "public")).toMatch(/permission/);
    expect(answer("shared", "domain")).toMatch(/permission/);
    expect(answer("shared", "invited")).toBe("ok");
    expect(evaluate(ws({ audience: "shared" }), `return FormApp.create("x").requiresLogin();`)).toBe(false);
  });
});

describe("variant: overlapping executions", () => {
  const CODE = `function work() {
    var lock = LockService.getScriptLock();
    if (!lock.tryLock(10000)) { PropertiesService.getScriptProperties().setProperty("gaveUp", "yes"); return; }
    Utilities.sleep(30000);
    lock.releaseLock();
  }`;

  it("serial (the plain reading): each execution starts when the previous one ended", () => {
    const w = scriptWorkspace(CODE);
    const a = w.run("work");
    const b = w.run("work");
    expect(b.start).toBe(a.end);
    expect(w.properties("script").gaveUp).toBeUndefined();
  });

  it("overlapping: a second execution starts while the first holds the lock, waits 10 s, then gives up", () => {
    const w = scriptWorkspace(CODE, { variants: { executions: "overlapping" } });
    const a = w.run("work");
    w.advanceClock(5000);
    const b = w.run("work");
    expect(b.start).toBe(a.start + 5000);
    expect(b.start).toBeLessThan(a.end);
    expect(b.end - b.start).toBe(10_000);
    expect(w.properties("script").gaveUp).toBe("yes");
  });

  it("overlapping: a waiter that the holder releases in time gets the lock at the release", () => {
    const w = scriptWorkspace(CODE.replace("30000", "8000"), { variants: { executions: "overlapping" } });
    const a = w.run("work");
    w.advanceClock(2000);
    const b = w.run("work");
    expect(b.end).toBe(a.end + 8000);
    expect(w.properties("script").gaveUp).toBeUndefined();
  });
});

describe("fault: a call takes effect, then the execution stops", () => {
  it("the mail is sent and nothing after it runs", () => {
    const w = scriptWorkspace();
    w.faults.stopAfterCall.push(1);
    const { record } = w.runCode(
      `MailApp.sendEmail("a@example.org", "s", "b"); PropertiesService.getScriptProperties().setProperty("after", "1");`,
    );
    expect(w.outbox).toHaveLength(1);
    expect(record.crashed).toBe(true);
    expect(record.error).toMatch(/after call 1 took effect/);
    expect(w.properties("script").after).toBeUndefined();
  });

  it("a script that catches the error still cannot make another call", () => {
    const w = scriptWorkspace();
    w.faults.stopAfterCall.push(1);
    expect(
      errorOf(
        w,
        `try { MailApp.sendEmail("a@example.org", "s", "b"); } catch (e) {}
         MailApp.sendEmail("b@example.org", "s", "b");`,
      ),
    ).toMatch(/injected fault/);
    expect(w.outbox).toHaveLength(1);
  });
});

describe("columns staff insert in a responses tab", () => {
  it("move the questions' columns: Forms keeps writing each answer under its question", () => {
    const w = ws({});
    evaluate(w, `${FORM_WITH_NIP} ${LINK}`);
    w.submit({ "Unit kerja": "Biro Umum", NIP: "x1" });
    w.sheet("Jawaban Formulir 1").insertCols(1, 1); // a column after the timestamp
    w.submit({ "Unit kerja": "Dinas Pendidikan", NIP: "x2" });
    const rows = w.values("Jawaban Formulir 1");
    expect(rows[0].slice(0, 4)).toEqual(["Stempel waktu", "", "Unit kerja", "NIP"]);
    expect(rows[2].slice(1, 4)).toEqual(["", "Dinas Pendidikan", "x2"]);
  });
});

describe("variant: whether a staff edit fires the installable on-edit triggers", () => {
  const CODE = `
    function onStaffEdit(e) {
      var r = e.range;
      PropertiesService.getScriptProperties().setProperty("seen", JSON.stringify(
        [r.getSheet().getName(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), e.value, e.oldValue, e.authMode]));
    }`;
  const edited = (editEvents: "fired" | "missed") => {
    const w = scriptWorkspace(CODE, {
      variants: { editEvents },
      tabs: {
        Data: [
          ["a", "b"],
          ["x", "y"],
        ],
      },
    });
    evaluate(
      w,
      `ScriptApp.newTrigger("onStaffEdit").forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();`,
    );
    const single = w.edit("Data", 2, 2, [["z"]]);
    const one = w.properties("script").seen;
    const block = w.clearRows("Data", 1, 2);
    return {
      runs: single.length + block.length,
      one,
      block: w.properties("script").seen,
      cleared: w.values("Data"),
    };
  };

  it("fired (the plain reading): the edited range, with value and old value for a single cell", () => {
    const r = edited("fired");
    expect(r.runs).toBe(2);
    expect(JSON.parse(r.one)).toEqual(["Data", 2, 2, 1, 1, "z", "y", "FULL"]);
    // A block: the range only (Google sends no value or old value for more than one cell).
    expect(JSON.parse(r.block)).toEqual(["Data", 1, 1, 2, 2, null, null, "FULL"]);
    expect(r.cleared).toEqual([]);
  });

  it("missed: the edit takes effect, no trigger runs", () => {
    const r = edited("missed");
    expect(r.runs).toBe(0);
    expect(r.one).toBeUndefined();
    expect(r.cleared).toEqual([]);
  });
});
