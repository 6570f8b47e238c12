import { answersFor, rng } from "../../local/respondents";
import { campaign, menu, UNITS } from "./fixtures";

/** Values Sheets would take as a formula or parse, and HTML that must never be markup. */
const NASTY = ["=1+1", "+62 812", "-5", "@SUM(A1)", "\tTAB", "\rCR", '<script>alert("x")</script>'];

describe("formula injection and HTML escaping, per output", () => {
  // Typed with a leading apostrophe, so the units tab holds them as text (as a paste of text does).
  const units = NASTY.map((name, i) => [
    `U${i}`,
    `'${name}`,
    `'${name}`,
    `u${i}@example.org`,
    "",
    50,
    "",
    "ya",
  ]);
  /** Unit names are read with their white space collapsed. */
  const asRead = NASTY.map((n) => n.replace(/\s+/g, " ").trim());

  it("the dashboard shows staff-typed unit names as literal text", () => {
    const ws = campaign([], [...UNITS, ...units]);
    menu(ws, "menuDashboard");
    const sheet = ws.sheet("Dasbor");
    expect(sheet.rows.some((r) => r?.f?.some(Boolean))).toBe(false);
    const names = ws.values("Dasbor").map((r) => r[1]);
    for (const n of asRead) expect(names).toContain(n);
  });

  it("Log Email and the reminder emails keep them literal and escaped", () => {
    const ws = campaign([], [...UNITS, ...units]);
    menu(ws, "menuSendReminders");
    expect(ws.sheet("Log Email").rows.some((r) => r?.f?.some(Boolean))).toBe(false);
    const logged = ws.values("Log Email").map((r) => r[1]);
    for (const n of asRead) expect(logged).toContain(n);
    const html = ws.outbox.map((m) => m.htmlBody ?? "").join("");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;");
  });

  it("Skor keeps text from a response literal", () => {
    const ws = campaign();
    const rand = rng(5);
    for (const n of NASTY)
      ws.submit(answersFor(rand, { unit: `${n} (ZZ)`, employment: n, position: n }), { validate: false });
    const skor = ws.sheet("Skor");
    expect(skor.rows.some((r) => r?.f?.some(Boolean))).toBe(false);
    // The unknown unit is quoted, literally, in the reason; profile text outside the form's
    // choices never reaches Skor (it is grouped as "lainnya").
    const rows = ws.values("Skor").slice(1);
    expect(rows.map((r) => String(r[4]))).toEqual(
      NASTY.map((n) => expect.stringContaining(`${n.trim()} (ZZ)`)),
    );
    expect(new Set(rows.map((r) => r[14]))).toEqual(new Set(["lainnya"]));
  });

  it("the instansi's name written by staff as =… stays literal text in every tab the product writes", () => {
    const ws = campaign([
      ["nama_instansi", '\'=HYPERLINK("http://x","y")'],
      ["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")],
    ]);
    const rand = rng(6);
    for (let i = 0; i < 12; i++)
      ws.submit(answersFor(rand, { unit: ["Biro Umum (BU)", "RSUD Provinsi (RS)"][i % 2] }));
    menu(ws, "menuDashboard");
    menu(ws, "menuPublish");
    ws.advanceTo(new Date("2026-03-07T09:30:00+07:00"));
    for (const tab of ["Dasbor", "Perilaku", "Hasil", "Skor", "Log Email"]) {
      expect({ tab, formulas: ws.sheet(tab).rows.some((r) => r?.f?.some(Boolean)) }).toEqual({
        tab,
        formulas: false,
      });
    }
    expect(
      ws
        .values("Perilaku")
        .flat()
        .some((v) => String(v).startsWith("=HYPERLINK")),
    ).toBe(true);
  });

  it("the dialogs escape what they show", () => {
    // A bad email makes the health check quote the row; a name with markup is listed by the preview.
    const ws = campaign([], [...UNITS, ["X1", "<img src=x onerror=alert(1)>", "", "", "", 5, "", "ya"]]);
    menu(ws, "menuPreviewReminders");
    const preview = ws.uiLog.at(-1)?.html ?? "";
    expect(preview).not.toContain("<img");
    expect(preview).toContain("&#60;img src=x onerror=alert(1)&#62;");
    ws.typeInto("Unit Kerja", [["X1", "<img src=x onerror=alert(1)>", "", "<b>@</b>", "", 5, "", "ya"]], 5);
    menu(ws, "menuHealth");
    const html = ws.uiLog.at(-1)?.html ?? "";
    expect(html).not.toContain("<b>");
    expect(html).toContain("email kepala \u201c&#60;b&#62;@&#60;/b&#62;\u201d tidak sah");
  });

  it("the health check reports a form unlinked by hand, and setup repairs it", () => {
    const ws = campaign();
    const id = ws.linkedForm()?.id;
    ws.runCode(`FormApp.openById("${id}").removeDestination();`);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Formulir tidak lagi tertaut ke spreadsheet ini");
    menu(ws, "menuSetup");
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toContain("Formulir tertaut ke spreadsheet ini");
  });
});
