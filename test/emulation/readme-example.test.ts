import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsvText, Workspace } from "../../local";

describe("local/README.md's worked example, through the built bundle", () => {
  it("runs as documented", () => {
    const ws = new Workspace({
      accountLanguage: "id",
      tabs: {
        Pengaturan: [
          ["kunci", "nilai"],
          ["bahasa", "en"],
        ],
      },
    });
    ws.open();
    expect(ws.clickMenu("Help").error).toBeUndefined();
    expect(ws.uiLog[0].title).toBe("BerAKHLAK Index Survey help");
    // The product's manifest does not yet ask for the forms scope, so the snippet runs under a
    // manifest that does — the same call under the product's manifest is refused (tested below).
    const withForms = new Workspace({
      manifest: {
        timeZone: "Asia/Jakarta",
        oauthScopes: [...ws.manifest.oauthScopes, "https://www.googleapis.com/auth/forms"],
      },
    });
    const built = withForms.runCode(`var f = FormApp.create("Survei");
      f.addListItem().setTitle("Unit kerja").setChoiceValues(["Biro Umum", "Biro Hukum"]);
      f.setPublished(true);
      f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`);
    expect(built.record.error).toBeUndefined();
    withForms.submit({ "Unit kerja": "Biro Umum" });
    withForms.advanceClock(24 * 3600_000);
    expect(withForms.values("Jawaban Formulir 1")[1][1]).toBe("Biro Umum");
    expect(ws.runCode(`FormApp.create("x");`).record.error).toMatch(/Required permissions: .*auth\/forms/);
  });
});

describe("fixtures", () => {
  it("reads tabs from Google Sheets CSV exports, quotes and all", () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    const file = join(dir, "units.csv");
    writeFileSync(
      file,
      'kode,nama unit,jumlah pegawai\r\nBU,"Biro Umum, Sekretariat",120\r\nBH,"Biro ""Hukum""",40\r\n',
    );
    const ws = Workspace.fromCsv({ "Unit Kerja": file });
    expect(ws.values("Unit Kerja")).toEqual([
      ["kode", "nama unit", "jumlah pegawai"],
      ["BU", "Biro Umum, Sekretariat", 120],
      ["BH", 'Biro "Hukum"', 40],
    ]);
  });

  it("rejects an unterminated quoted field", () => {
    expect(() => parseCsvText('a,"b\n')).toThrow(/unterminated/);
  });
});
