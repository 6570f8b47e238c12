import { Workspace } from "../../local";

describe("opening the spreadsheet (the built bundle on the emulation)", () => {
  it("builds the BerAKHLAK menu in Indonesian by default", () => {
    const ws = new Workspace();
    const menus = ws.open();
    expect(ws.lastExecution()?.error).toBeUndefined();
    expect(menus.map((m) => m.title)).toEqual(["BerAKHLAK"]);
    expect(menus[0].items.map((i) => i.label)).toEqual([
      "Siapkan Survei",
      "Perbarui Formulir",
      "Hitung Ulang Skor",
      "Perbarui Dasbor",
      "Terbitkan Hasil",
      "Laporan Pimpinan",
      "Pratinjau Pengingat",
      "Kirim Pengingat Sekarang",
      "Kit Sosialisasi",
      "Periksa Kesehatan",
      "Uji Platform",
      "Bantuan",
    ]);
  });

  it("builds it in English when the settings say bahasa = en", () => {
    const ws = new Workspace({
      tabs: {
        Pengaturan: [
          ["kunci", "nilai"],
          ["bahasa", "en"],
        ],
      },
    });
    const menus = ws.open();
    expect(menus[0].items.map((i) => i.label)).toContain("Help");
  });

  it("every menu item calls an entry point that exists, and Bantuan shows the help", () => {
    const ws = new Workspace();
    for (const item of ws.open()[0].items) {
      const before = ws.uiLog.length;
      const record = ws.clickMenu(item.label);
      expect(record.error).toBeUndefined();
      expect(ws.uiLog.length).toBeGreaterThan(before);
    }
    expect(ws.uiLog.at(-1)).toMatchObject({ kind: "alert", title: "Bantuan Survei Indeks BerAKHLAK" });
  });

  it("onOpen stays small: a handful of calls and no write", () => {
    const ws = new Workspace();
    ws.open();
    const record = ws.lastExecution();
    expect(record?.calls).toBeLessThanOrEqual(6);
    expect(record?.cells).toBe(0);
  });
});
