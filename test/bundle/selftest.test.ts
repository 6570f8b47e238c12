/**
 * "Uji Platform" on the emulation: for each variant a script can observe, the report names it,
 * the outcome is stored, and nothing of the scratch form stays in the product's way.
 */
import type { WorkspaceOptions } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { menu, RESPONSES_TAB, setup, UNITS, workspaceWith } from "./fixtures";

function selfTest(variants: WorkspaceOptions["variants"], opts: WorkspaceOptions = {}) {
  const ws = workspaceWith([], UNITS, { ...opts, variants });
  setup(ws);
  menu(ws, "menuPlatform");
  return ws;
}
const report = (ws: ReturnType<typeof workspaceWith>) => ws.uiLog.at(-1)?.html ?? "";
const stored = (ws: ReturnType<typeof workspaceWith>) =>
  JSON.parse(ws.properties("document")["berakhlak.state"]).platform;

describe("Uji Platform names what this account does", () => {
  it("on the plain reading: tab at once, NIPs intact, quota, one time zone, the form accepting", () => {
    const ws = selfTest({});
    const html = report(ws);
    expect(html).toMatch(/Tab jawaban muncul seketika/);
    expect(html).toMatch(/Google menulis jawaban ke baris kosong berikutnya/);
    expect(html).toMatch(/NIP berkelompok \(19900101 201503 1 009\) tiba utuh/);
    expect(html).toMatch(/Sisa kuota email hari ini: 100/);
    expect(html).toMatch(/Zona waktu spreadsheet dan skrip sama \(Asia\/Jakarta\)/);
    expect(html).toMatch(/Formulir diterbitkan dan menerima jawaban/);
    expect(html).toMatch(/jendela pribadi/);
    expect(stored(ws)).toMatchObject({ tab: "immediate", bareNipIntact: true, groupedNipIntact: true });
  });

  it("a tab visible only after a flush", () => {
    expect(report(selfTest({ responsesTab: "afterFlush" }))).toMatch(/setelah perubahan disimpan \(flush\)/);
  });

  it("a tab visible only in a later run: asks to run it again, then finishes", () => {
    const ws = selfTest({ responsesTab: "nextExecution" });
    expect(report(ws)).toMatch(/Jalankan Uji Platform sekali lagi/);
    menu(ws, "menuHealth");
    expect(report(ws)).toMatch(/Jalankan Uji Platform sekali lagi/);
    menu(ws, "menuPlatform");
    expect(report(ws)).toMatch(/baru terlihat pada jalan berikutnya/);
    expect(report(ws)).toMatch(/sudah dilepas dan ditutup/);
    expect(stored(ws)).toMatchObject({ tab: "later", groupedNipIntact: true });
    expect(ws.forms.filter((f) => f.title.startsWith("HAPUS SAJA"))).toHaveLength(1);
  });

  it("response rows inserted with the formats of the row above", () => {
    const ws = selfTest({ responseRow: "insert" });
    expect(report(ws)).toMatch(/Google menyisipkan baris jawaban/);
    expect(report(ws)).toMatch(/NIP berkelompok \(19900101 201503 1 009\) tiba utuh/);
    expect(stored(ws)).toMatchObject({ bareNipIntact: false, groupedNipIntact: true });
  });

  it("a spreadsheet in another time zone", () => {
    const ws = workspaceWith([], UNITS, { variants: { spreadsheetTimeZone: "Asia/Jayapura" } });
    ws.answerUi({ button: "NO" }); // staff keep the spreadsheet's zone when setup offers to align it
    setup(ws);
    menu(ws, "menuPlatform");
    expect(report(ws)).toMatch(/\(Asia\/Jayapura\) berbeda dengan zona waktu skrip \(Asia\/Jakarta\)/);
  });

  it("the google latency profile: Forms calls of hundreds of milliseconds", () => {
    const ws = selfTest({ latency: "google" });
    const o = stored(ws);
    expect(o.latencyMs.forms).toBeGreaterThanOrEqual(300);
    expect(o.latencyMs.sheets).toBeGreaterThanOrEqual(50);
    expect(report(ws)).toMatch(/Forms \d{3,} ms/);
  });

  it("a form only the owner's domain may answer", () => {
    const ws = selfTest({ audience: "domain" });
    expect(report(ws)).toMatch(/hanya menerima responden yang masuk dengan akun domain/);
    expect(selfTest({ audience: "shared" }).uiLog.at(-1)?.html).not.toMatch(/akun domain/);
  });

  it("a closed survey form, and a mail quota used up", () => {
    const ws = workspaceWith([], UNITS, { mailQuota: 0 });
    setup(ws);
    ws.forms[0].accepting = false;
    menu(ws, "menuPlatform");
    expect(report(ws)).toMatch(/belum diterbitkan atau sudah ditutup|ditutup/);
    expect(report(ws)).toMatch(/Sisa kuota email hari ini: 0/);
  });
});

describe("after Uji Platform", () => {
  it("the scratch form is unlinked, closed and named for deletion; its tab is gone; the survey goes on", () => {
    const ws = selfTest({});
    const scratch = ws.forms.find((f) => f.title.startsWith("HAPUS SAJA"));
    expect(scratch).toMatchObject({ accepting: false, destSheetId: undefined });
    expect(ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"))).toEqual([RESPONSES_TAB]);
    ws.submit(answersFor(rng(9), { unit: "Biro Umum (BU)" }));
    expect(ws.values("Skor")).toHaveLength(2);
    menu(ws, "menuHealth");
    expect(report(ws)).toMatch(/Uji Platform terakhir \(\d\d\/\d\d\/\d{4} \d\d:\d\d\): tidak ada masalah/);
    expect(report(ws)).toMatch(/Formulir tertaut ke spreadsheet ini/);
  });

  it("the health check asks for it until it has been run", () => {
    const ws = workspaceWith();
    setup(ws);
    menu(ws, "menuHealth");
    expect(report(ws)).toMatch(/Uji Platform belum pernah dijalankan/);
  });
});
