/**
 * What staff do to the Sheet (RELIABILITY.md): every row of the table, through the built bundle,
 * in the plain world and in the harshest one (the responses tab seen only by a later execution,
 * rows inserted by Forms, a WITA spreadsheet, Google's latency, hourly runs late or skipped,
 * overlapping executions, and staff edits that fire no edit trigger). Whatever staff do, the
 * counts equal a clean recompute of the raw responses once the hourly run has been.
 */
import { HARSHEST, type Variants, type Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { aggregates, menu, setup, workspaceWith } from "./fixtures";

const BU = "Biro Umum (BU)";
const DIK = "Dinas Pendidikan (DIK)";
const HOUR = 3_600_000;

const WORLDS: [string, Partial<Variants>][] = [
  ["plain", {}],
  ["harshest", HARSHEST],
];

/** The survey's live responses tab (its name depends on how many forms the Sheet has had). */
function liveTab(ws: Workspace): string {
  const f = ws.linkedForm();
  const tab = ws.tabNames().find((n) => ws.sheet(n).formId === f?.id);
  if (!tab) throw new Error("no live responses tab");
  return tab;
}

function responseTabs(ws: Workspace): string[] {
  return ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"));
}

function started(variants: Partial<Variants>, seed: number, n = 6): { ws: Workspace; rand: () => number } {
  const ws = workspaceWith([], undefined, { variants });
  if (variants.spreadsheetTimeZone) ws.answerUi({ button: "NO" });
  setup(ws);
  const rand = rng(seed);
  for (let i = 0; i < n; i++) ws.submit(answersFor(rand, { unit: i % 2 ? BU : DIK }));
  return { ws, rand };
}

/** Lets the hourly run come by (twice: a harsh world skips one now and then), then compares with a clean recompute. */
function settledEqualsRecompute(ws: Workspace): Record<string, unknown> {
  ws.advanceClock(3 * HOUR);
  const incremental = aggregates(ws);
  menu(ws, "menuRecompute");
  expect(aggregates(ws)).toEqual(incremental);
  return incremental;
}

const total = (a: Record<string, unknown>) => (a["berakhlak.agg.all"] as { n: number } | undefined)?.n ?? 0;
const unitN = (a: Record<string, unknown>, code: string) =>
  (a[`berakhlak.agg.u.${code}`] as { n: number } | undefined)?.n ?? 0;

const TWO_UNITS = [
  ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 5, "ya"],
  ["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"],
];

/** Two units with a reminder hour of 9, set up, and one response for Biro A. */
function twoUnitCampaign(variants: Partial<Variants>, seed: number): Workspace {
  const settings = [
    ["tanggal_mulai", "2026-03-02"],
    ["tanggal_selesai", "2026-03-20"],
    ["jam_pengingat", 9],
    ["email_admin", "biro.organisasi@example.org"],
    ["metode_kuota", "manual"],
  ];
  const ws = workspaceWith(settings, TWO_UNITS, { variants });
  if (variants.spreadsheetTimeZone) ws.answerUi({ button: "NO" });
  setup(ws);
  ws.submit(answersFor(rng(seed), { unit: "Biro A (A)" }));
  return ws;
}

describe.each(WORLDS)("what staff do to the Sheet (%s world)", (_name, variants) => {
  it("a response row deleted in the hour a submit event was lost: it stops counting, the lost one counts", () => {
    const { ws, rand } = started(variants, 101, 5);
    ws.sheet(liveTab(ws)).deleteRows(3, 1);
    ws.submit(answersFor(rand, { unit: BU }), { event: "dropped" });
    expect(total(settledEqualsRecompute(ws))).toBe(5);
  });

  it("a response row cleared: it counts nowhere, also once more responses come", () => {
    const { ws, rand } = started(variants, 102);
    ws.clearRows(liveTab(ws), 3, 1);
    ws.advanceClock(3 * HOUR);
    expect(total(aggregates(ws))).toBe(5);
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: BU }));
    expect(total(settledEqualsRecompute(ws))).toBe(8);
    // A cleared row does not make every later submission compare the whole tab.
    const last = ws.submit(answersFor(rand, { unit: BU })).executions.at(-1);
    if (last) expect(last.calls).toBeLessThan(40);
  });

  it("a wrong unit corrected in a response row: it is rescored for the corrected unit", () => {
    const { ws } = started(variants, 103);
    const tab = liveTab(ws);
    const header = ws.values(tab)[0].map(String);
    const unitCol = header.findIndex((h) => h.startsWith("Unit")) + 1;
    const row = ws.values(tab).findIndex((r, i) => i > 0 && r[unitCol - 1] === DIK) + 1;
    const before = aggregates(ws);
    ws.edit(tab, row, unitCol, [[BU]]);
    const after = settledEqualsRecompute(ws);
    expect(total(after)).toBe(6);
    expect(unitN(after, "BU")).toBe(unitN(before, "BU") + 1);
    expect(unitN(after, "DIK")).toBe(unitN(before, "DIK") - 1);
  });

  it("an answer corrected by hand (a typo): the response is rescored from its corrected values", () => {
    const { ws } = started(variants, 104);
    const tab = liveTab(ws);
    const header = ws.values(tab)[0].map(String);
    const col = header.findIndex((h) => h.includes("[BP1.")) + 1;
    const cell = ws.values(tab)[2][col - 1];
    ws.edit(tab, 3, col, [[cell === "1" || cell === 1 ? "5" : "1"]]);
    const skorBefore = ws.values("Skor").map((r) => r[0]);
    settledEqualsRecompute(ws);
    expect(ws.values("Skor").map((r) => r[0])).not.toEqual(skorBefore);
  });

  it("a column inserted and a question's header shortened: columns found by question; lost ones wait", () => {
    const { ws, rand } = started(variants, 105, 3);
    const tab = liveTab(ws);
    ws.sheet(tab).insertCols(2, 1);
    ws.sheet(tab).write(1, 3, "Catatan staf");
    for (let i = 0; i < 2; i++) ws.submit(answersFor(rand, { unit: BU }));
    expect(total(settledEqualsRecompute(ws))).toBe(5);
    expect(
      ws
        .values("Skor")
        .slice(1)
        .every((r) => r[3] === "valid"),
    ).toBe(true);
    const header = ws.values(tab)[0].map(String);
    const col = header.findIndex((h) => h.includes("[AK2."));
    const original = header[col];
    ws.sheet(tab).write(1, col + 1, "Akuntabel");
    ws.advanceClock(3 * HOUR);
    ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(HOUR);
    expect(total(aggregates(ws))).toBe(5);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/tidak ditemukan lagi di tab jawaban: AK2/);
    ws.sheet(tab).write(1, col + 1, original);
    expect(total(settledEqualsRecompute(ws))).toBe(6);
  });

  it("a header shortened to its code, then Hitung Ulang Skor: nothing turns invalid; with no code at all the recompute is refused", () => {
    const { ws, rand } = started(variants, 108, 5);
    const tab = liveTab(ws);
    const header = ws.values(tab)[0].map(String);
    const col = header.findIndex((h) => h.includes("[AK1."));
    for (const short of ["Akuntabel [AK1]", "AK1 (jujur)", "AK1"]) {
      ws.sheet(tab).write(1, col + 1, short);
      expect(menu(ws, "menuRecompute")).toMatch(/: 5 valid, 0 tidak valid/);
      expect(total(aggregates(ws))).toBe(5);
    }
    ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(HOUR);
    expect(total(aggregates(ws))).toBe(6);
    // A header with no code left: the recompute says which question it cannot find, and changes nothing.
    ws.sheet(tab).write(1, col + 1, "Akuntabel");
    const skor = JSON.stringify(ws.values("Skor"));
    expect(menu(ws, "menuRecompute")).toMatch(/AK1/);
    expect(JSON.stringify(ws.values("Skor"))).toBe(skor);
    expect(total(aggregates(ws))).toBe(6);
  });

  it("the tab sorted between submissions: nothing lost or counted twice", () => {
    const { ws, rand } = started(variants, 106, 8);
    ws.sortTab(liveTab(ws), 2, false);
    for (let i = 0; i < 3; i++)
      ws.submit(answersFor(rand, { unit: DIK }), { event: i === 1 ? "dropped" : "normal" });
    expect(total(settledEqualsRecompute(ws))).toBe(11);
  });

  it("the form deleted and Siapkan Survei run: a new form; the old tab's responses keep counting, once", () => {
    const { ws, rand } = started(variants, 107);
    const oldTab = liveTab(ws);
    const before = aggregates(ws);
    ws.deleteForm(ws.forms[0].id);
    const message = setup(ws);
    expect(ws.forms.filter((f) => !f.deleted)).toHaveLength(1);
    expect(message).toContain(oldTab);
    expect(aggregates(ws)).toEqual(before);
    for (let i = 0; i < 3; i++) ws.submit(answersFor(rand, { unit: BU }));
    const after = settledEqualsRecompute(ws);
    expect(total(after)).toBe(9);
    menu(ws, "menuHealth");
    const html = ws.uiLog.at(-1)?.html ?? "";
    for (const tab of responseTabs(ws)) expect(html).toContain(tab);
    expect(html).toContain("Jawaban belum diolah: 0");
  });

  it("the form unlinked and linked again by setup: responses copied into the new tab count once", () => {
    const { ws, rand } = started(variants, 108);
    ws.unlinkForm(ws.forms[0].id);
    setup(ws);
    expect(responseTabs(ws)).toHaveLength(2);
    // Forms copied the six responses into the new tab: each is still one response.
    expect(total(aggregates(ws))).toBe(6);
    ws.submit(answersFor(rand, { unit: BU }));
    expect(total(settledEqualsRecompute(ws))).toBe(7);
    // A deletion must be made in every tab that holds the response.
    const live = liveTab(ws);
    const old = responseTabs(ws).find((t) => t !== live) as string;
    const gone = String(ws.values(live)[1][0]);
    ws.sheet(live).deleteRows(2, 1);
    expect(total(settledEqualsRecompute(ws))).toBe(7);
    const inOld = ws.values(old).findIndex((r) => String(r[0]) === gone);
    expect(inOld).toBeGreaterThan(0);
    ws.sheet(old).deleteRows(inOld + 1, 1);
    expect(total(settledEqualsRecompute(ws))).toBe(6);
  });

  it("identical rows within one tab are separate responses", () => {
    const { ws } = started(variants, 109, 2);
    const tab = liveTab(ws);
    const rows = ws.values(tab);
    const copy = rows[1].map((v) => (v instanceof Date ? v : String(v)));
    ws.typeInto(tab, [copy], rows.length + 1);
    expect(total(settledEqualsRecompute(ws))).toBe(3);
  });

  it("notes, totals or blank lines below Skor and a Skor cell edited: never counted", () => {
    const { ws, rand } = started(variants, 110);
    const before = aggregates(ws);
    const last = ws.values("Skor").length;
    ws.typeInto(
      "Skor",
      [[""], ["Catatan: data per 3 Maret"], ["TOTAL", "", "", "", "", 60, 60, 60]],
      last + 1,
    );
    ws.edit("Skor", 2, 6, [[100]]);
    ws.advanceClock(3 * HOUR);
    expect(aggregates(ws)).toEqual(before);
    // A crash between writing Skor and saving the aggregates: the rebuild from Skor checks each row.
    ws.store("document").set("berakhlak.aggrows", "0");
    ws.submit(answersFor(rand, { unit: BU }));
    expect(total(settledEqualsRecompute(ws))).toBe(7);
  });

  it("a score edited by hand in Skor: a rebuild from Skor does not take it, the raw responses decide", () => {
    const { ws, rand } = started(variants, 112);
    ws.advanceClock(3 * HOUR);
    const valid = ws.values("Skor").findIndex((r, i) => i > 0 && r[3] === "valid") + 1;
    const score = Number(ws.values("Skor")[valid - 1][5]);
    ws.edit("Skor", valid, 6, [[score === 100 ? 0 : 100]]);
    ws.store("document").set("berakhlak.aggrows", "0");
    ws.submit(answersFor(rand, { unit: BU }));
    const after = settledEqualsRecompute(ws);
    expect(total(after)).toBe(7);
    expect(ws.values("Skor")[valid - 1][5]).not.toBe(score === 100 ? 0 : 100);
  });

  it("Dasbor, Log Email and Skor deleted or renamed: rebuilt by the next run that needs them", () => {
    const { ws, rand } = started(variants, 111);
    ws.advanceClock(3 * HOUR);
    const before = aggregates(ws);
    ws.deleteTab("Dasbor");
    ws.renameTab("Log Email", "Log lama");
    ws.deleteTab("Skor");
    ws.submit(answersFor(rand, { unit: BU }));
    ws.advanceClock(3 * HOUR);
    expect(ws.tabNames()).toEqual(expect.arrayContaining(["Dasbor", "Skor"]));
    expect(total(aggregates(ws))).toBe(total(before) + 1);
    expect(ws.values("Skor")).toHaveLength(1 + 7);
    settledEqualsRecompute(ws);
  });

  it("a unit added and the reminder hour changed without setup: the next reminder run follows the tabs", () => {
    const ws = twoUnitCampaign(variants, 113);
    // Before the reminder hour, staff add a unit and move the hour to 11, and run nothing.
    ws.typeInto(
      "Unit Kerja",
      [["D", "Dinas D", "Ibu D", "d@example.org", "", 30, 6, "ya"]],
      TWO_UNITS.length + 2,
    );
    const hourRow = ws.values("Pengaturan").findIndex((r) => r[0] === "jam_pengingat") + 1;
    ws.edit("Pengaturan", hourRow, 2, [["11"]]);
    ws.advanceTo(Date.UTC(2026, 2, 2, 3, 50)); // 10:50 WIB
    expect(ws.outbox.filter((m) => m.to.includes("a@example.org"))).toEqual([]);
    ws.advanceTo(Date.UTC(2026, 2, 2, 7, 0)); // 14:00 WIB
    const toA = ws.outbox.filter((m) => m.to.includes("a@example.org"));
    expect(toA).toHaveLength(1);
    expect(new Date(toA[0].time).getUTCHours() + 7).toBeGreaterThanOrEqual(11);
    // The unit the form does not offer yet gets no letter without a link; staff are told why.
    expect(ws.outbox.filter((m) => m.to.includes("d@example.org"))).toEqual([]);
    const summary = ws.outbox.find((m) => m.to.includes("biro.organisasi@example.org"));
    expect(summary?.body).toMatch(/Dinas D.*Perbarui Formulir/s);
    menu(ws, "menuHealth");
    // The health check names it.
    expect(ws.uiLog.at(-1)?.html).toContain(
      "Unit yang belum ada di formulir tidak dikirimi surat (tautannya belum ada): Dinas D. Jalankan Perbarui Formulir.",
    );
    // Once staff run Perbarui Formulir, the next reminder day includes it, with its link.
    menu(ws, "menuUpdateForm");
    ws.advanceTo(Date.UTC(2026, 2, 3, 7, 0));
    const toD = ws.outbox.filter((m) => m.to.includes("d@example.org"));
    expect(toD).toHaveLength(1);
    expect(toD[0].body).toContain("docs.google.com/forms");
  });

  it("Pengaturan or Unit Kerja changed without setup: the dashboard and the counts follow by the next run", () => {
    const { ws } = started(variants, 114);
    const before = aggregates(ws);
    // A unit deactivated and the instansi renamed; staff run nothing.
    const units = ws.values("Unit Kerja");
    const dik = units.findIndex((r) => r[0] === "DIK") + 1;
    ws.edit("Unit Kerja", dik, units[0].indexOf("Aktif") + 1, [["tidak"]]);
    const settingsRows = ws.values("Pengaturan");
    const row = settingsRows.findIndex((r) => r[0] === "nama_instansi") + 1;
    ws.edit("Pengaturan", row, 2, [["Pemerintah Provinsi Baru"]]);
    const after = settledEqualsRecompute(ws);
    expect(unitN(after, "DIK")).toBe(0);
    expect(total(after)).toBe(total(before) - unitN(before, "DIK"));
    expect(JSON.stringify(ws.values("Dasbor"))).toContain("Pemerintah Provinsi Baru");
  });

  it("Pengaturan and Unit Kerja invalid mid-edit: the last valid version keeps the reminders going", () => {
    const ws = twoUnitCampaign(variants, 115);
    ws.advanceClock(HOUR);
    // Staff are half-way through edits at the reminder hour: a word for the hour, a duplicate code.
    const hourRow = ws.values("Pengaturan").findIndex((r) => r[0] === "jam_pengingat") + 1;
    ws.edit("Pengaturan", hourRow, 2, [["sembilan"]]);
    ws.edit("Unit Kerja", 3, 1, [["A"]]);
    ws.advanceTo(Date.UTC(2026, 2, 2, 6, 0)); // 13:00 WIB
    expect(ws.outbox.filter((m) => m.to.includes("a@example.org"))).toHaveLength(1);
    expect(ws.outbox.filter((m) => m.to.includes("b@example.org"))).toHaveLength(1);
    menu(ws, "menuHealth");
    const html = ws.uiLog.at(-1)?.html ?? "";
    expect(html).toContain("versi sah terakhir");
    expect(html).toContain("jam_pengingat");
    // Counting went on too.
    ws.submit(answersFor(rng(116), { unit: "Biro B (B)" }));
    expect(total(aggregates(ws))).toBe(2);
  });

  it("the hidden reminder history deleted: reported, and reminders wait until staff confirm", () => {
    const ws = twoUnitCampaign(variants, 117);
    const letters = () =>
      ws.outbox.filter((m) => m.to.includes("a@example.org") || m.to.includes("b@example.org"));
    ws.advanceTo(Date.UTC(2026, 2, 2, 5, 0)); // Monday 12:00 WIB: the first letters
    expect(letters()).toHaveLength(2);
    ws.deleteTab("Riwayat Pengingat");
    ws.advanceTo(Date.UTC(2026, 2, 4, 5, 0)); // Wednesday, past the 2-day gap: nothing goes out
    expect(letters()).toHaveLength(2);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Riwayat Pengingat");
    // Staff confirm a fresh start: the letters go, and the history is kept again.
    ws.answerUi({ button: "YES" });
    menu(ws, "menuSendReminders");
    expect(letters()).toHaveLength(4);
    expect(ws.tabNames()).toContain("Riwayat Pengingat");
    ws.advanceTo(Date.UTC(2026, 2, 5, 5, 0)); // Thursday: within the gap again
    expect(letters()).toHaveLength(4);
    ws.advanceTo(Date.UTC(2026, 2, 6, 5, 0)); // Friday: the next letters, on schedule
    expect(letters()).toHaveLength(6);
  });

  it("the hidden reminder history deleted on a day letters went out: a fresh start that day sends none twice", () => {
    const ws = twoUnitCampaign(variants, 118);
    const letters = () =>
      ws.outbox.filter((m) => m.to.includes("a@example.org") || m.to.includes("b@example.org"));
    ws.advanceTo(Date.UTC(2026, 2, 2, 5, 0)); // Monday 12:00 WIB: the first letters
    expect(letters()).toHaveLength(2);
    ws.deleteTab("Riwayat Pengingat");
    ws.answerUi({ button: "YES" });
    menu(ws, "menuSendReminders");
    // Log Email said both units had their letter today.
    expect(letters()).toHaveLength(2);
    ws.advanceTo(Date.UTC(2026, 2, 4, 5, 0)); // Wednesday, past the gap: the next letters
    expect(letters()).toHaveLength(4);
  });
});
