import { Workspace } from "../../local";
import { menu, setup, UNIT_HEADER, unitLinks } from "./fixtures";

const DAY = 24 * 60 * 60 * 1000;
const SETTINGS = [
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-20"],
  ["hari_libur", "2026-03-05"],
  ["jam_pengingat", 9],
  ["jeda_pengingat_hari", 2],
  ["maks_pengingat_per_minggu", 2],
  ["eskalasi_setelah", 2],
  ["email_eskalasi", "sekda@example.org"],
  ["email_admin", "biro.organisasi@example.org"],
  ["metode_kuota", "manual"],
];
const UNITS = [
  ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 3, "ya"],
  ["B", "Biro B", "Bapak B", "b@example.org", "tu.b@example.org", 40, 10, "ya"],
  ["C", "Biro C", "", "", "", 30, 5, "ya"],
];

function campaign(units: unknown[][] = UNITS, mailQuota = 100) {
  const ws = new Workspace({
    tabs: { "Unit Kerja": [UNIT_HEADER, ...units], Pengaturan: [["kunci", "nilai"], ...SETTINGS] },
    mailQuota,
  });
  ws.open();
  setup(ws);
  return ws;
}

const dayOf = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
const remindersTo = (ws: Workspace, addr: string) => ws.outbox.filter((m) => m.to.includes(addr));

describe("reminders over a two-week campaign (the built bundle with the clock)", () => {
  it("a second run on the same day sends nothing, not even a summary", () => {
    const ws = campaign();
    ws.advanceClock(2 * 60 * 60 * 1000); // past 09:00 on Monday
    const after = ws.outbox.length;
    expect(after).toBeGreaterThan(0);
    ws.run("dailyReminderTrigger", { kind: "trigger" });
    expect(ws.outbox.length).toBe(after);
    expect(menu(ws, "menuSendReminders")).toMatch(/^0 pengingat terkirim/);
    expect(ws.outbox.length).toBe(after);
  });

  it("postpones the rest when the mail quota runs out, sends them first next time, and nothing twice", () => {
    const units = [
      ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 3, "ya"],
      ["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"],
      ["D", "Biro D", "Ibu D", "d@example.org", "", 40, 10, "ya"],
    ];
    const ws = campaign(units, 2);
    ws.advanceClock(2 * 60 * 60 * 1000);
    expect(ws.outbox.map((m) => m.to[0])).toEqual(["a@example.org", "b@example.org"]);
    const log = ws.values("Log Email");
    expect(log.filter((r) => r[6] === "ditunda").map((r) => r[1])).toEqual(["Biro D", ""]);
    ws.advanceClock(DAY);
    const day2 = ws.outbox.slice(2);
    expect(day2[0].to).toEqual(["d@example.org"]);
    const perUnitDay = ws.outbox.map((m) => `${m.to[0]}|${dayOf(m.time)}`);
    expect(new Set(perUnitDay).size).toBe(perUnitDay.length);
  });

  it("escapes a unit name with HTML and keeps a formula-like name inert in the log", () => {
    const evil = '<img src=x onerror=alert(1)> =HYPERLINK("http://x")';
    const ws = campaign([["E", evil, "=cmd|' /C calc'!A0", "e@example.org", "", 10, 5, "ya"]]);
    ws.advanceClock(2 * 60 * 60 * 1000);
    const mail = ws.outbox.find((m) => m.to.includes("e@example.org"));
    expect(mail?.htmlBody).toBeDefined();
    expect(mail?.htmlBody).not.toContain("<img");
    expect(mail?.htmlBody).toContain("&#60;img src=x onerror=alert(1)&#62;");
    const logSheet = ws.sheet("Log Email");
    expect(logSheet.rows.some((r) => r?.f?.some(Boolean))).toBe(false);
    expect(ws.values("Log Email").some((r) => r[1] === evil)).toBe(true);
  });

  it("Pratinjau Pengingat lists who would get what, sends nothing, and logs it as uji coba", () => {
    const ws = campaign();
    menu(ws, "menuPreviewReminders");
    const dialog = ws.uiLog.at(-1);
    expect(dialog?.kind).toBe("dialog");
    // Monday 2 March is the first day: every unit's first letter is the opening letter.
    expect(dialog?.html).toContain("Survei Indeks BerAKHLAK telah dibuka: tautan untuk Biro B");
    expect(dialog?.html).toContain("email kepala tidak ada atau tidak sah");
    expect(ws.outbox).toHaveLength(0);
    expect(
      ws
        .values("Log Email")
        .slice(1)
        .every((r) => r[6] === "uji coba"),
    ).toBe(true);
  });

  it("fills staff's placeholders typed in any case or spacing ({Unit}, { kepala }, {Sisa Hari})", () => {
    const ws = new Workspace({
      tabs: {
        "Unit Kerja": [UNIT_HEADER, ...UNITS],
        Pengaturan: [
          ["kunci", "nilai"],
          ...SETTINGS,
          ["subjek_pengingat", "{Unit}: {KURANG} responden lagi"],
          ["isi_pengingat", "Yth. { kepala },\nmasih {Sisa Hari} hari.\n{ tautan }"],
        ],
      },
    });
    ws.open();
    setup(ws);
    ws.advanceClock(2 * DAY + 2 * 60 * 60 * 1000); // the opening letter on Monday, the first reminder on Wednesday
    const mail = remindersTo(ws, "b@example.org")[1];
    expect(mail.subject).toBe("Biro B: 10 responden lagi");
    // Staff's body greets the head itself: no second greeting.
    expect(mail.body).toMatch(/^Yth\. Bapak B,\nmasih 17 hari\.\nhttps:/);
    expect(mail.body).not.toContain("{");
  });

  it("links each head to the unit's pre-filled form", () => {
    const ws = campaign();
    ws.advanceClock(2 * 60 * 60 * 1000);
    const mail = remindersTo(ws, "b@example.org")[0];
    const link = unitLinks(ws).B;
    expect(link).toMatch(/viewform\?usp=pp_url&entry\.\d+=Biro\+B\+%28B%29$/);
    expect(mail.body).toContain(link);
  });
});

describe("the reminder history of many units", () => {
  it("is kept in a hidden tab and keeps the gap: 300 units, each reminded once a day at most", () => {
    const units = Array.from({ length: 300 }, (_, i) => [
      `UNIT-${String(i).padStart(3, "0")}`,
      `Unit Kerja Nomor ${i}`,
      `Kepala ${i}`,
      `kepala.${i}@example.org`,
      "",
      50,
      10,
      "ya",
    ]);
    const ws = campaign(units, 10_000);
    ws.advanceClock(2 * 60 * 60 * 1000); // Monday, past 09:00
    const monday = ws.outbox.length;
    expect(monday).toBeGreaterThanOrEqual(300);
    ws.run("hourlyCatchUpTrigger", { kind: "trigger" });
    expect(ws.outbox.length).toBe(monday);
    // The history of 300 units lives in a hidden, protected tab; the property keeps only the run's facts.
    const tab = ws.sheet("Riwayat Pengingat");
    expect(tab.hidden).toBe(true);
    expect(ws.values("Riwayat Pengingat")).toHaveLength(1 + 300);
    const parts = Object.keys(ws.properties("document")).filter((k) => k.startsWith("berakhlak.reminders"));
    expect(parts).toEqual(["berakhlak.reminders.0"]);
    expect(ws.properties("document")["berakhlak.reminders.0"].length).toBeLessThan(200);
    ws.advanceClock(24 * 60 * 60 * 1000); // Tuesday: the 2-day gap holds, nobody is emailed
    expect(ws.outbox.length).toBe(monday);
    expect(ws.lastExecution()?.error).toBeUndefined();
  });
});

describe("a unit with a very long name", () => {
  it("gets the same pre-filled link in its reminder as Google makes for its choice", () => {
    const long = `Unit Pelaksana Teknis ${"Balai Pengujian dan Sertifikasi Mutu Barang ".repeat(4)}Wilayah Timur`;
    const ws = campaign([["L", long, "Ibu L", "l@example.org", "", 40, 10, "ya"], ...UNITS]);
    ws.advanceClock(2 * 60 * 60 * 1000);
    const mail = remindersTo(ws, "l@example.org")[0];
    const google = ws.runCode(`var f = FormApp.openById(${JSON.stringify(ws.forms[0].id)});
      var item = f.getItems().filter(function (i) { return i.getTitle() === "Unit kerja"; })[0].asListItem();
      var choice = item.getChoices().map(function (c) { return c.getValue(); }).filter(function (v) { return /\\(L\\)$/.test(v); })[0];
      return f.createResponse().withItemResponse(item.createResponse(choice)).toPrefilledUrl();`)
      .value as string;
    expect(long.length).toBeGreaterThan(120);
    expect(mail.body).toContain(google);
  });
});
