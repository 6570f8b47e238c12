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
    const built = ws.runCode(`var f = FormApp.create("Survei");
      f.addListItem().setTitle("Unit kerja").setChoiceValues(["Biro Umum", "Biro Hukum"]);
      f.setPublished(true);
      f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`);
    expect(built.record.error).toBeUndefined();
    ws.submit({ "Unit kerja": "Biro Umum" });
    ws.advanceClock(24 * 3600_000);
    expect(ws.values("Jawaban Formulir 1")[1][1]).toBe("Biro Umum");
    expect(ws.displayValues("Jawaban Formulir 1")[1][1]).toBe("Biro Umum");
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
