/**
 * The first real deployment (issue: "every unsure Google behaviour tested both ways"): the cases a
 * new user met with the emulation patched to behave as public evidence says Google may.
 */
import { answersFor, rng } from "../../local/respondents";
import { aggregates, menu, RESPONSES_TAB, setup, UNITS, unitLinks, workspaceWith } from "./fixtures";

const BU = "Biro Umum (BU)";
const DIK = "Dinas Pendidikan (DIK)";

const responseTabs = (ws: ReturnType<typeof workspaceWith>) =>
  ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"));
const statusOf = (ws: ReturnType<typeof workspaceWith>) => ws.values("Skor").map((r) => r[3]);

describe("the responses tab appears after setDestination later than the call", () => {
  for (const when of ["afterFlush", "nextExecution"] as const) {
    describe(`(${when})`, () => {
      it("submissions still count, and a rerun of setup links nothing again", () => {
        const ws = workspaceWith([], UNITS, { variants: { responsesTab: when } });
        setup(ws);
        const rand = rng(1);
        ws.submit(answersFor(rand, { unit: BU }));
        ws.submit(answersFor(rand, { unit: DIK }));
        expect(statusOf(ws)).toEqual(["status", "valid", "valid"]);
        const again = setup(ws);
        expect(again).toMatch(/^Survei siap\./);
        expect(again).toContain(RESPONSES_TAB);
        expect(responseTabs(ws)).toEqual([RESPONSES_TAB]);
        expect(ws.forms).toHaveLength(1);
        expect(aggregates(ws)["berakhlak.agg.all"]).toMatchObject({ n: 2 });
      });

      it("Dasbor appears with the first counted response, not an hour later", () => {
        const ws = workspaceWith([], UNITS, { variants: { responsesTab: when } });
        setup(ws);
        ws.submit(answersFor(rng(4), { unit: BU }));
        expect(ws.tabNames()).toContain("Dasbor");
        expect(ws.values("Dasbor").find((r) => r[0] === "Responden valid")?.[1]).toBe(1);
      });
    });
  }

  it("setup never says the survey is ready while it cannot see the responses tab", () => {
    const ws = workspaceWith([], UNITS, { variants: { responsesTab: "nextExecution" } });
    const first = setup(ws);
    expect(first).not.toMatch(/Survei siap/);
    expect(first).toMatch(/belum terlihat/);
    expect(first).toMatch(/Siapkan Survei/);
    // Its triggers are in place, so the next hourly run finishes the link by itself.
    ws.advanceClock(70 * 60_000);
    expect(JSON.parse(ws.properties("document")["berakhlak.state"]).responsesSheetId).toBe(
      ws.sheet(RESPONSES_TAB).id,
    );
    const rand = rng(2);
    ws.submit(answersFor(rand, { unit: BU }));
    expect(statusOf(ws)).toEqual(["status", "valid"]);
  });

  it("a submit event from a tab the survey does not use is ignored", () => {
    const ws = workspaceWith();
    setup(ws);
    ws.submit(answersFor(rng(3), { unit: BU }));
    // Staff link a scratch form of their own to the same spreadsheet, and someone answers it.
    ws.runCode(`var f = FormApp.create("Coba"); f.addTextItem().setTitle("Nama"); f.setPublished(true);
      f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`);
    const skor = ws.values("Skor");
    const r = ws.submit({ Nama: "Tes" });
    expect(r.row).toBe(2);
    expect(r.executions).toHaveLength(1);
    expect(r.executions[0].error).toBeUndefined();
    expect(r.executions[0].callsByMethod["Range.getValues"]).toBeUndefined();
    expect(ws.values("Skor")).toEqual(skor);
    expect(JSON.parse(ws.properties("document")["berakhlak.state"]).lastError).toBeUndefined();
  });
});

describe("Forms inserts response rows that take the formats of the row above", () => {
  const nip = "19900101 201503 1 001";

  it("two submissions with the same NIP count once", () => {
    const ws = workspaceWith([["kumpulkan_nip", "ya"]], UNITS, { variants: { responseRow: "insert" } });
    setup(ws);
    const rand = rng(4);
    ws.submit(answersFor(rand, { unit: BU, nip }));
    ws.advanceClock(60_000);
    ws.submit(answersFor(rand, { unit: DIK, nip }));
    expect(statusOf(ws)).toEqual(["status", "duplikat", "valid"]);
    expect(JSON.stringify(ws.values("Skor"))).not.toContain("201503");
  });

  it("the form asks for the NIP as it is written on the card, which Sheets never reads as a number", () => {
    const ws = workspaceWith([["kumpulkan_nip", "ya"]], UNITS, { variants: { responseRow: "insert" } });
    setup(ws);
    const rand = rng(5);
    expect(() => ws.submit(answersFor(rand, { unit: BU, nip: "199001012015031001" }))).toThrow(/validation/);
    ws.submit(answersFor(rand, { unit: BU, nip }));
    const header = ws.values(RESPONSES_TAB)[0];
    expect(ws.values(RESPONSES_TAB)[1][header.indexOf("NIP")]).toBe(nip);
  });
});

describe("a WITA spreadsheet under the WIB manifest", () => {
  const SETTINGS = [
    ["tanggal_mulai", "2026-03-02"],
    ["tanggal_selesai", "2026-03-20"],
    ["hari_libur", "2026-03-05"],
    ["jam_pengingat", 9],
    ["jeda_pengingat_hari", 1],
    ["metode_kuota", "manual"],
  ];
  const UNIT_ROWS = [["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"]];

  it("reads every date in Pengaturan as the day staff typed", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { spreadsheetTimeZone: "Asia/Makassar" } });
    setup(ws);
    const snap = JSON.parse(ws.properties("document")["berakhlak.snapshot.0"]);
    expect([snap.startDate, snap.endDate]).toEqual(["2026-03-02", "2026-03-20"]);
  });

  it("sends no reminder on the holiday, and one on the day before it", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { spreadsheetTimeZone: "Asia/Makassar" } });
    setup(ws);
    ws.advanceClock(5 * 24 * 3600_000);
    const days = ws.outbox
      .filter((m) => m.to.includes("b@example.org"))
      .map((m) => new Date(m.time + 7 * 3600_000).toISOString().slice(0, 10));
    expect(days).toContain("2026-03-04");
    expect(days).not.toContain("2026-03-05");
  });

  it("a holiday typed as a date in the WITA sheet (its midnight is the day before in WIB) gets no letter", () => {
    const ws = workspaceWith(
      [...SETTINGS.filter((r) => r[0] !== "hari_libur"), ["maks_pengingat_per_minggu", 5]],
      UNIT_ROWS,
      { variants: { spreadsheetTimeZone: "Asia/Makassar" } },
    );
    ws.answerUi({ button: "NO" });
    setup(ws);
    const row = ws.values("Pengaturan").findIndex((r) => r[0] === "hari_libur") + 1;
    ws.edit("Pengaturan", row, 2, [["05/03/2026"]]);
    expect(ws.values("Pengaturan")[row - 1][1]).toBeInstanceOf(Date);
    ws.advanceClock(5 * 24 * 3600_000);
    const days = ws.outbox
      .filter((m) => m.to.includes("b@example.org"))
      .map((m) => new Date(m.time + 7 * 3600_000).toISOString().slice(0, 10));
    expect(days).toContain("2026-03-04");
    expect(days).toContain("2026-03-06");
    expect(days).not.toContain("2026-03-05");
  });

  it("setup offers once to align the spreadsheet's time zone; the health check reports a difference", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { spreadsheetTimeZone: "Asia/Makassar" } });
    ws.answerUi({ button: "NO" });
    setup(ws);
    const offers = () => ws.uiLog.filter((e) => /Zona waktu spreadsheet/.test(e.message));
    expect(offers()).toHaveLength(1);
    expect(offers()[0].message).toMatch(/\(Asia\/Makassar\).*\(Asia\/Jakarta\)/s);
    expect(ws.book.timeZone).toBe("Asia/Makassar");
    menu(ws, "menuHealth");
    expect(ws.uiLog[ws.uiLog.length - 1].html).toMatch(
      /Asia\/Makassar\) berbeda dengan zona waktu skrip \(Asia\/Jakarta/,
    );
    setup(ws);
    expect(offers()).toHaveLength(1);
  });

  it("aligned on request, the dates staff typed stay the same days", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { spreadsheetTimeZone: "Asia/Makassar" } });
    ws.answerUi({ button: "YES" });
    setup(ws);
    expect(ws.book.timeZone).toBe("Asia/Jakarta");
    const snap = JSON.parse(ws.properties("document")["berakhlak.snapshot.0"]);
    expect([snap.startDate, snap.endDate]).toEqual(["2026-03-02", "2026-03-20"]);
    menu(ws, "menuHealth");
    expect(ws.uiLog[ws.uiLog.length - 1].html).toMatch(/sama \(Asia\/Jakarta\)/);
  });
});

describe("pre-filled links from one toPrefilledUrl() by substitution", () => {
  it("equal Google's own link for every unit, names with spaces, & ' ( ) ~ ! and non-ASCII included", () => {
    const units = [
      ["A", "Biro Umum & Keuangan", "Ibu A", "a@example.org", "", 40, "", "ya"],
      ["B", "Dinas Pemuda (Dispora) d'Ambon ~ !", "Bapak B", "b@example.org", "", 40, "", "ya"],
      ["C", "Badan Penghubung — Jakarta/Bogor", "Ibu C", "c@example.org", "", 40, "", "ya"],
      ["D", "RSUD Dr. Soetomo 100% + UPT", "Ibu D", "d@example.org", "", 40, "", "ya"],
    ];
    const ws = workspaceWith([], units);
    setup(ws);
    const stored = unitLinks(ws);
    // One sample is stored, not a link per unit: nothing stored grows with the units.
    expect(Object.keys(ws.properties("document")).filter((k) => k.startsWith("berakhlak.link."))).toEqual([]);
    const google = ws.runCode(`var f = FormApp.openById(${JSON.stringify(ws.forms[0].id)});
      var item = f.getItems().filter(function (i) { return i.getTitle() === "Unit kerja"; })[0].asListItem();
      var out = {};
      item.getChoices().forEach(function (c) {
        var v = c.getValue(); var code = /\\(([^()]+)\\)$/.exec(v)[1];
        out[code] = f.createResponse().withItemResponse(item.createResponse(v)).toPrefilledUrl();
      });
      return JSON.stringify(out);`);
    expect(stored).toEqual(JSON.parse(google.value));
    // Four units: two links asked of Google (the sample and its check), two made by substitution.
    const setupRun = ws.executions.filter((e) => e.fn === "menuSetup").at(-1);
    expect(setupRun?.callsByMethod["FormResponse.toPrefilledUrl"]).toBe(2);
  });
});

describe("setup of 150 units on a slow account", () => {
  const UNITS_150 = Array.from({ length: 150 }, (_, i) => [
    `U${i}`,
    `Unit Kerja Nomor ${i}`,
    `Kepala ${i}`,
    `k${i}@example.org`,
    "",
    100 + i,
    "",
    "ya",
  ]);
  const links = (ws: ReturnType<typeof workspaceWith>) =>
    Object.values(unitLinks(ws)).filter((l) => /viewform\?usp=pp_url&entry\.\d+=Unit\+Kerja/.test(l)).length;
  const itemsOf = (ws: ReturnType<typeof workspaceWith>) =>
    ws.forms.flatMap((f) => f.items.map((i) => i.title));

  it("at the google latency profile finishes in one run within the 6-minute limit", () => {
    const ws = workspaceWith([], UNITS_150, { variants: { latency: "google" } });
    expect(setup(ws)).toMatch(/^Survei siap\./);
    const run = ws.executions.filter((e) => e.fn === "menuSetup").at(-1);
    expect(run?.timedOut).toBe(false);
    expect(links(ws)).toBe(150);
  });

  it("stopped anywhere, a rerun continues: one form, no item twice, one responses tab", () => {
    const plain = workspaceWith([], UNITS_150);
    setup(plain);
    const expected = itemsOf(plain);
    const total = plain.executions.filter((e) => e.fn === "menuSetup").at(-1)?.calls ?? 0;
    for (const at of [40, 90, 150, 260, total - 30]) {
      const ws = workspaceWith([], UNITS_150);
      ws.faults.stopAfterCall.push(at);
      ws.clickMenu("Siapkan Survei");
      expect(ws.lastExecution()?.crashed).toBe(true);
      expect(setup(ws)).toMatch(/^Survei siap\./);
      expect(ws.forms).toHaveLength(1);
      expect(itemsOf(ws)).toEqual(expected);
      expect(responseTabs(ws)).toEqual([RESPONSES_TAB]);
      expect(links(ws)).toBe(150);
    }
  });

  it("when time runs out it says so, keeps what it made, and the next run finishes", () => {
    const ws = workspaceWith([], UNITS_150);
    ws.faults.latencyMs = 1200;
    const first = setup(ws);
    expect(first).toMatch(/belum selesai/);
    expect(ws.lastExecution()?.timedOut).toBe(false);
    expect(ws.forms).toHaveLength(1);
    ws.faults.latencyMs = 0;
    expect(setup(ws)).toMatch(/^Survei siap\./);
    expect(ws.forms).toHaveLength(1);
    const plain = workspaceWith([], UNITS_150);
    setup(plain);
    expect(itemsOf(ws)).toEqual(itemsOf(plain));
    expect(responseTabs(ws)).toEqual([RESPONSES_TAB]);
  });
});

describe("reminders from the hourly run", () => {
  // A letter every working day: a gap of one day and the weekly ceiling at its most.
  const SETTINGS = [
    ["tanggal_mulai", "2026-03-02"],
    ["tanggal_selesai", "2026-03-20"],
    ["jam_pengingat", 9],
    ["jeda_pengingat_hari", 1],
    ["maks_pengingat_per_minggu", 5],
    ["metode_kuota", "manual"],
  ];
  const UNIT_ROWS = [["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"]];
  const sendDays = (ws: ReturnType<typeof workspaceWith>) =>
    ws.outbox
      .filter((m) => m.to.includes("b@example.org"))
      .map((m) => new Date(m.time + 7 * 3600_000).toISOString().slice(0, 10));

  it("a busy lock (another reminder run holds it) at the first run after the reminder hour does not cost the day", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(ws);
    ws.advanceTo(Date.UTC(2026, 2, 2, 1, 50)); // 08:50 WIB Monday, before the reminder hour
    // Reminder runs exclude one another with the document lock: another one holds it until 10:00.
    ws.faults.documentLockBusyUntil = Date.UTC(2026, 2, 2, 3, 0);
    ws.advanceTo(Date.UTC(2026, 2, 2, 16, 0)); // 23:00
    expect(sendDays(ws)).toEqual(["2026-03-02"]);
    const sent = ws.outbox.find((m) => m.to.includes("b@example.org"));
    expect(new Date((sent?.time ?? 0) + 7 * 3600_000).getUTCHours()).toBeGreaterThanOrEqual(10);
  });

  it("Kirim Pengingat Sekarang while another letters run holds the lock says so and what that run does", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(ws);
    ws.advanceTo(Date.UTC(2026, 2, 2, 1, 50));
    ws.faults.documentLockBusyUntil = Date.UTC(2026, 2, 2, 3, 0);
    const before = ws.outbox.length;
    const message = menu(ws, "menuSendReminders");
    expect(message).toMatch(/^Surat sedang dikirim oleh jalan lain/);
    expect(message).toContain("Log Email");
    expect(ws.outbox.length).toBe(before);
  });

  it("goes out every working day however the hourly trigger is late or skipped, and once a day only", () => {
    for (const timing of ["late", "skipping", "anywhere"] as const) {
      const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { triggerTiming: timing } });
      setup(ws);
      ws.advanceTo(Date.UTC(2026, 2, 7, 0, 0)); // Saturday 07:00
      expect(sendDays(ws)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]);
    }
  });

  it("the health check says when the day's reminders went out more than an hour late", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(ws);
    ws.advanceTo(Date.UTC(2026, 2, 2, 1, 50)); // 08:50
    ws.faults.documentLockBusyUntil = Date.UTC(2026, 2, 2, 3, 30); // the reminders' lock is busy until 10:30
    ws.advanceTo(Date.UTC(2026, 2, 2, 6, 0)); // 13:00
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/Pengingat terakhir baru terkirim 02\/03\/2026 1[01]:\d\d/);
    const plain = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(plain);
    plain.advanceTo(Date.UTC(2026, 2, 2, 6, 0));
    menu(plain, "menuHealth");
    expect(plain.uiLog.at(-1)?.html).not.toMatch(/Pengingat terakhir baru terkirim/);
  });

  it("the health check reports hourly runs that never came", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS, { variants: { triggerTiming: "skipping" } });
    setup(ws);
    ws.advanceClock(48 * 3600_000);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/Jalan per jam terlewat \d+ kali/);
    const plain = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(plain);
    plain.advanceClock(48 * 3600_000);
    menu(plain, "menuHealth");
    expect(plain.uiLog.at(-1)?.html).toMatch(/tidak ada yang terlewat/);
  });

  it("the health check says when no hourly run has been seen for hours", () => {
    const ws = workspaceWith(SETTINGS, UNIT_ROWS);
    setup(ws);
    ws.advanceClock(5 * 3600_000);
    ws.triggers.splice(0, ws.triggers.length); // the triggers were deleted by hand
    ws.advanceClock(5 * 3600_000);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/Jalan per jam tidak terlihat sejak/);
  });
});

describe("a day without any hourly run after the reminder hour", () => {
  it("is logged once in Log Email, and its reminders are not sent the next day", () => {
    const ws = workspaceWith(
      [
        ["tanggal_mulai", "2026-03-02"],
        ["tanggal_selesai", "2026-03-20"],
        ["jam_pengingat", 9],
        ["jeda_pengingat_hari", 1],
        ["metode_kuota", "manual"],
      ],
      [["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"]],
    );
    setup(ws);
    ws.advanceTo(Date.UTC(2026, 2, 2, 6, 0)); // Monday 13:00: Monday's reminder is out
    const hourly = ws.triggers.filter((t) => t.fn === "hourlyCatchUpTrigger");
    ws.triggers.splice(0, ws.triggers.length, ...ws.triggers.filter((t) => t.fn !== "hourlyCatchUpTrigger"));
    ws.advanceTo(Date.UTC(2026, 2, 3, 16, 0)); // all of Tuesday without a time-driven run
    ws.triggers.push(
      ...hourly.map((t) => ({
        ...t,
        nextAt: Date.UTC(2026, 2, 4, 2, 5),
        nominalAt: Date.UTC(2026, 2, 4, 2, 5),
      })),
    );
    ws.advanceTo(Date.UTC(2026, 2, 4, 6, 0)); // Wednesday 13:00
    const days = ws.outbox
      .filter((m) => m.to.includes("b@example.org"))
      .map((m) => new Date(m.time + 7 * 3600_000).toISOString().slice(0, 10));
    expect(days).toEqual(["2026-03-02", "2026-03-04"]);
    const missed = ws.values("Log Email").filter((r) => String(r[7]).includes("3 Maret 2026"));
    expect(missed).toHaveLength(1);
    expect(missed[0][6]).toBe("dilewati");
  });
});

describe("a totals line typed below Skor", () => {
  it("is never counted: a rebuild from Skor after a crash falls back to the raw responses", () => {
    const ws = workspaceWith();
    setup(ws);
    const rand = rng(21);
    for (let i = 0; i < 6; i++) ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }));
    const last = ws.values("Skor").length;
    ws.typeInto("Skor", [["TOTAL", "", "", "", "", 60, 60, 60, 60, 60, 60, 60, 60, 60]], last + 1);
    // A crash between writing Skor and saving the aggregates: the next submission rebuilds from Skor.
    ws.store("document").set("berakhlak.aggrows", "0");
    ws.submit(answersFor(rand, { unit: BU }));
    const after = aggregates(ws);
    expect(after["berakhlak.agg.all"]).toMatchObject({ n: 7 });
    expect(
      ws
        .values("Skor")
        .slice(1)
        .every((r) => /^k\d+x/.test(String(r[0]))),
    ).toBe(true);
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(after);
  });
});

describe("a unit code with parentheses", () => {
  it("counts its responses like any other", () => {
    const units = [
      ["UPT (1)", "UPT Balai Latihan Kerja", "Ibu A", "a@example.org", "", 40, "", "ya"],
      ["BU", "Biro Umum", "Ibu B", "b@example.org", "", 40, "", "ya"],
    ];
    const ws = workspaceWith([], units);
    setup(ws);
    ws.submit(answersFor(rng(8), { unit: "UPT Balai Latihan Kerja (UPT (1))" }));
    expect(ws.values("Skor")[1].slice(2, 4)).toEqual(["UPT (1)", "valid"]);
  });
});

describe("a response row deleted by staff in the hour a submit event was lost", () => {
  it("stops counting, and the lost one is counted, though the row counts of the two tabs match", () => {
    const ws = workspaceWith();
    setup(ws);
    const rand = rng(31);
    for (let i = 0; i < 5; i++) ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }));
    ws.sheet(RESPONSES_TAB).deleteRows(3, 1); // a test answer, deleted by hand
    ws.submit(answersFor(rand, { unit: BU }), { event: "dropped" });
    ws.advanceClock(61 * 60_000);
    const incremental = aggregates(ws);
    expect(incremental["berakhlak.agg.all"]).toMatchObject({ n: 5 });
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(incremental);
  });
});

describe("staff change the responses tab's columns", () => {
  it("an inserted column: the hour's responses are rescored by the question they answer", () => {
    const ws = workspaceWith();
    setup(ws);
    const rand = rng(41);
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }));
    ws.sheet(RESPONSES_TAB).insertCols(2, 1); // a notes column after the unit
    ws.sheet(RESPONSES_TAB).write(1, 3, "Catatan staf");
    for (let i = 0; i < 2; i++) ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(61 * 60_000);
    const statuses = ws
      .values("Skor")
      .slice(1)
      .map((r) => r[3]);
    expect(statuses).toEqual(["valid", "valid", "valid", "valid", "valid"]);
    const incremental = aggregates(ws);
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(incremental);
  });

  it("a header shortened so its question is lost: new responses wait, the health check names it", () => {
    const ws = workspaceWith();
    setup(ws);
    const rand = rng(42);
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: BU }));
    const header = ws.values(RESPONSES_TAB)[0].map(String);
    const col = header.findIndex((h) => h.includes("[AK2."));
    const original = header[col];
    ws.sheet(RESPONSES_TAB).write(1, col + 1, "Akuntabel");
    ws.advanceClock(61 * 60_000);
    ws.submit(answersFor(rand, { unit: BU }));
    expect(ws.values("Skor")).toHaveLength(4);
    expect(
      ws
        .values("Skor")
        .slice(1)
        .every((r) => r[3] === "valid"),
    ).toBe(true);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/tidak ditemukan lagi di tab jawaban: AK2/);
    ws.sheet(RESPONSES_TAB).write(1, col + 1, original);
    ws.advanceClock(61 * 60_000);
    // The response that waited is counted now: 4 in all, as a clean recompute gives.
    expect(ws.values("Skor")).toHaveLength(1 + 4);
    const incremental = aggregates(ws);
    expect(incremental["berakhlak.agg.all"]).toMatchObject({ n: 4 });
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(incremental);
  });
});
