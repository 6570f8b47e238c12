import { UNIT_HEADER } from "../../local/sample";
import { readCampaign } from "../../src/core/campaign/campaign";
import { SETTINGS, weeklyFromTotal } from "../../src/core/campaign/settingDefs";
import { parseSettings } from "../../src/core/campaign/settings";
import { codeOfChoice, EXAMPLE_UNITS, parseUnits, unitChoice } from "../../src/core/campaign/units";
import { problemText } from "../../src/core/text/problems";
import { SETTING_HELP } from "../../src/core/text/strings";

const ctx = { ymd: (d: Date) => d.toISOString().slice(0, 10) };
const header = ["kunci", "nilai", "keterangan"];
const settingsWith = (...rows: unknown[][]) => [header, ...rows];
const unitHeader = UNIT_HEADER;

describe("settings", () => {
  it("every setting has help in both languages", () => {
    for (const def of SETTINGS) {
      expect(SETTING_HELP.id[def.key]).toBeTruthy();
      expect(SETTING_HELP.en[def.key]).toBeTruthy();
    }
  });

  it("an empty tab gives the defaults and no problem", () => {
    const { settings, problems } = parseSettings([header], ctx);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      language: "id",
      scalePoints: 5,
      quotaMethod: "slovin",
      margin: 0.05,
      duplicatePolicy: "latest",
      minGroupSize: 5,
      nearThreshold: 0.75,
    });
  });

  it("reads typed values: Indonesian words, dates as Dates or text, holidays as a list", () => {
    const { settings, problems } = parseSettings(
      settingsWith(
        ["metode_kuota", "alokasi"],
        ["target_total", 300],
        ["kebijakan_duplikat", "pertama"],
        ["kumpulkan_nip", "ya"],
        ["tanggal_mulai", new Date("2026-03-02T00:00:00Z")],
        ["tanggal_selesai", "2026-03-27"],
        ["hari_libur", "2026-03-19, 2026-03-20"],
        ["margin_error", "0,1"],
      ),
      ctx,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      quotaMethod: "allocate",
      target: 300,
      duplicatePolicy: "first",
      collectNip: true,
      startDate: "2026-03-02",
      endDate: "2026-03-27",
      holidays: ["2026-03-19", "2026-03-20"],
      margin: 0.1,
    });
  });

  it("lists every problem at once, each with the row to fix (RELIABILITY.md)", () => {
    const { problems } = parseSettings(
      settingsWith(
        ["bahas", "id"], // row 2: unknown key
        ["skala", 9], // row 3: outside 4-7
        ["margin_error", 0.5], // row 4: outside (0, 0.5)
        ["tanggal_mulai", "2026-03-10"], // row 5
        ["tanggal_selesai", "2026-03-01"], // row 6: end before start
        ["tahun", "dua ribu"], // row 7: wrong type
        ["isi_pengingat", "Yth {kepala}, unit {unti} masih kurang"], // row 8: unknown placeholder
      ),
      ctx,
    );
    expect(problems.map((p) => [p.code, p.params.row])).toEqual([
      ["settingUnknownKey", 2],
      ["settingOutOfRange", 3],
      ["settingMargin", 4],
      ["settingEndBeforeStart", 6],
      ["settingNotInteger", 7],
      ["settingUnknownPlaceholder", 8],
    ]);
    expect(problemText(problems[5], "id")).toBe(
      "Pengaturan baris 8 (isi_pengingat): penanda {unti} tidak dikenal. Yang tersedia: unit, kepala, jumlah, kuota, kurang, persen, sisa_hari, batas_waktu, tautan, whatsapp, instansi.",
    );
    expect(problemText(problems[1], "en")).toBe("Settings row 3 (skala): \u201c9\u201d is outside 4 to 7.");
  });

  it("accepts a known placeholder in any case or spacing, and refuses an unknown one as written", () => {
    const { problems } = parseSettings(
      settingsWith(
        ["subjek_pengingat", "{Unit}: { kurang } lagi"], // row 2: fine
        ["isi_pengingat", "Yth {Kepala}, {Sisa Hari} hari, { Unti }"], // row 3: one unknown
      ),
      ctx,
    );
    expect(problems.map((p) => [p.code, p.params.row])).toEqual([["settingUnknownPlaceholder", 3]]);
    expect(problemText(problems[0], "id")).toMatch(
      /^Pengaturan baris 3 \(isi_pengingat\): penanda \{ Unti \} tidak dikenal\./,
    );
  });
});

describe("units", () => {
  it("refuses an escalation threshold at or above mendekati, and bad digest addresses, each with its row", () => {
    const { settings, problems } = parseSettings(
      settingsWith(
        ["ambang_mendekati", 60],
        ["ambang_eskalasi", 60],
        ["email_pimpinan", "a@x.org, bukan-email"],
      ),
      ctx,
    );
    expect(problems.map((p) => problemText(p, "id"))).toEqual([
      "Pengaturan baris 3 (ambang_eskalasi): 60 harus lebih kecil dari ambang_mendekati (60); unit yang mendekati kuota tidak dieskalasi.",
      "Pengaturan baris 4 (email_pimpinan): \u201cbukan-email\u201d bukan alamat email yang sah.",
    ]);
    expect(settings.digestTo).toEqual([]);
    const ok = parseSettings(
      settingsWith(["email_pimpinan", "a@x.org; b@x.org\nc@x.org"], ["hari_ringkasan_pimpinan", "Jumat"]),
      ctx,
    ).settings;
    expect(ok.digestTo).toEqual(["a@x.org", "b@x.org", "c@x.org"]);
    expect(ok.digestWeekday).toBe(5);
  });

  it("reads an earlier version's campaign total of reminders as the weekly ceiling it meant, until it is migrated", () => {
    expect(weeklyFromTotal(5, "2026-03-02", "2026-03-27")).toBe(2);
    expect(weeklyFromTotal(4, "2026-03-02", "2026-03-27")).toBe(1);
    expect(weeklyFromTotal(0, "2026-03-02", "2026-03-27")).toBe(0);
    expect(weeklyFromTotal(40, "2026-03-02", "2026-03-06")).toBe(5);
    const { settings, problems } = parseSettings(
      settingsWith(["tanggal_mulai", "2026-03-02"], ["tanggal_selesai", "2026-03-27"], ["maks_pengingat", 5]),
      ctx,
    );
    expect(problems).toEqual([]);
    expect(settings.reminderWeeklyMax).toBe(2);
  });

  it("reads the example rows setup writes", () => {
    const { units, problems } = parseUnits([unitHeader, ...EXAMPLE_UNITS]);
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.code, u.headcount, u.active])).toEqual([
      ["BIRO-ORG", 45, true],
      ["DISDIK", 320, true],
    ]);
  });

  it("lists duplicate codes and names, empty names, bad emails, bad headcounts with their rows", () => {
    const { problems } = parseUnits([
      unitHeader,
      ["A", "Biro A", "", "a@example.org", "", 10, "", true],
      ["A", "Biro B", "", "not-an-email", "x@example.org, y@", 5, "", true], // row 3
      ["C", "", "", "", "", -1, "", true], // row 4
      ["D", "biro a", "", "", "", "lima", "", "mungkin"], // row 5
    ]);
    expect(problems.map((p) => [p.code, p.params.row])).toEqual([
      ["unitDuplicateCode", 3],
      ["unitBadEmail", 3],
      ["unitBadCc", 3],
      ["unitEmptyName", 4],
      ["unitBadHeadcount", 4],
      ["unitDuplicateName", 5],
      ["unitBadHeadcount", 5],
      ["unitBadActive", 5],
    ]);
  });

  it("puts the code into the dropdown choice and reads it back, even after a rename", () => {
    expect(unitChoice({ code: "BU", name: "Biro Umum (Lama)" })).toBe("Biro Umum (Lama) (BU)");
    expect(codeOfChoice("Biro Umum (Lama) (BU)")).toBe("BU");
    expect(codeOfChoice("Biro Umum")).toBeUndefined();
  });

  it("a manual quota above the headcount is a problem of the campaign, on the unit's row", () => {
    const c = readCampaign([header], [unitHeader, ["A", "Biro A", "", "", "", 3, 4, true]], ctx);
    expect(c.problems.map((p) => [p.code, p.params.row])).toEqual([["quotaManualAboveHeadcount", 2]]);
    expect(problemText(c.problems[0], "id")).toBe(
      "Unit Kerja baris 2 (A): kuota manual 4 melebihi jumlah pegawai 3.",
    );
  });
});
