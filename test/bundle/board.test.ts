/**
 * The campaign kit through the built bundle (PRODUCT.md "Campaign kit"): the public board served
 * by doGet from the script cache, a unit's page with its poster, the Kit Sosialisasi dialog, and
 * every QR code decoded by an independent decoder.
 */
import { Workspace } from "../../local";
import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { syntheticUnits, UNIT_HEADER, unitRows } from "../../local/sample";
import { decodeQrSvgs } from "../qrDecode";
import { campaign, form, menu, setup, UNITS, unitLinks } from "./fixtures";

const MINUTE = 60_000;
const CHOICES = ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"];

function deployed(settings: unknown[][] = []) {
  const ws = campaign([["tanggal_selesai", "2026-03-27"], ["kumpulkan_nip", "ya"], ...settings]);
  const url = ws.deployWebApp();
  const rand = rng(7);
  for (let i = 0; i < 23; i++)
    ws.submit(
      answersFor(rand, { unit: CHOICES[i % 3], nip: nipAsWritten(`19850505201001${String(1000 + i)}`) }),
    );
  return { ws, url };
}

/** A set-up campaign of many synthetic units, two respondents' quota each. */
function manyUnits(list: ReturnType<typeof syntheticUnits>): Workspace {
  const ws = new Workspace({
    tabs: {
      "Unit Kerja": unitRows(list, () => 2),
      Pengaturan: [
        ["kunci", "nilai"],
        ["metode_kuota", "manual"],
      ],
    },
  });
  ws.open();
  setup(ws);
  return ws;
}

const spreadsheetCalls = (r: { callsByService: Record<string, number> }) =>
  r.callsByService.SpreadsheetApp ?? 0;

describe("the public progress board (doGet)", () => {
  it("shows every unit's responses against its quota, ranked, and days left; counts only", () => {
    const { ws } = deployed();
    const page = ws.webGet();
    expect(page.record.error).toBeUndefined();
    expect(page.meta.viewport).toBe("width=device-width, initial-scale=1");
    const text = page.html
      .replace(/<style>.*?<\/style>/s, "")
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ");
    expect(text).toContain("23 /");
    expect(text).toContain("Survei ditutup 27 Maret 2026: 26 hari lagi.");
    // Biro Umum has 8 of its quota: ranked first by achievement.
    const names = [...page.html.matchAll(/\?unit=([A-Z]+)"/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(new Set(["BU", "DIK", "RS"]));
    expect(names[0]).toBe("BU");
    // Never a score, a predikat or anything a respondent wrote (their NIPs).
    expect(text).not.toMatch(/\d+,\d|Sehat|Indeks BerAKHLAK \d/);
    for (let i = 0; i < 23; i++) expect(page.html).not.toContain(`19850505201001${String(1000 + i)}`);
    // Links leave Google's sandbox frame for the top window, to the web app's own address.
    expect(page.html).toContain('<base target="_top">');
  });

  it("is served from the script cache: a warm view reads no spreadsheet and no property; cold ≤ 10 calls", () => {
    const { ws } = deployed();
    const cold = ws.webGet().record;
    expect(cold.calls).toBeLessThanOrEqual(10);
    expect(spreadsheetCalls(cold)).toBe(0);
    const warm = ws.webGet().record;
    expect(spreadsheetCalls(warm)).toBe(0);
    expect(warm.callsByService.PropertiesService ?? 0).toBe(0);
    expect(warm.calls).toBeLessThan(cold.calls);
  });

  it("is at most 15 minutes old", () => {
    const { ws } = deployed();
    const count = () => /<div class="big">(\d+) \//.exec(ws.webGet().html)?.[1];
    expect(count()).toBe("23");
    ws.submit(answersFor(rng(8), { unit: CHOICES[0], nip: nipAsWritten("198505052010012999") }));
    ws.advanceClock(14 * MINUTE);
    expect(count()).toBe("23");
    ws.advanceClock(2 * MINUTE);
    expect(count()).toBe("24");
  });

  it("gives a unit's page with its form link and a QR code that decodes to it, printable as its poster", () => {
    const { ws, url } = deployed([["tanggal_mulai", "2026-03-02"]]);
    const links = unitLinks(ws);
    for (const code of ["BU", "DIK", "RS"]) {
      const page = ws.webGet({ unit: code });
      expect(page.record.error).toBeUndefined();
      expect(decodeQrSvgs(page.html)).toEqual([links[code]]);
      expect(page.html).toContain(`href="${links[code].replace(/&/g, "&#38;")}"`);
      expect(page.html).toContain("\u00b110 menit");
      expect(page.html).toContain("Paling lambat 27 Maret 2026");
      expect(page.html).toContain("@page{size:A4 portrait");
      expect(page.html).toContain(`href="${url}"`);
    }
    const unknown = ws.webGet({ unit: "NOPE" });
    expect(unknown.html).toContain("Unit \u201cNOPE\u201d tidak ada di papan ini.");
  });

  it("before setup says what to do", () => {
    const ws = new Workspace({ tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS] } });
    ws.deployWebApp();
    expect(ws.webGet().html).toContain("Papan belum siap");
  });

  it("fits a thousand units in the cache: a warm view still reads nothing", () => {
    const list = syntheticUnits(1000);
    const ws = manyUnits(list);
    ws.deployWebApp();
    const cold = ws.webGet();
    expect(cold.record.calls).toBeLessThanOrEqual(10);
    expect([...cold.html.matchAll(/\?unit=/g)]).toHaveLength(1000);
    const warm = ws.webGet();
    expect(warm.record.callsByService.PropertiesService ?? 0).toBe(0);
    expect(spreadsheetCalls(warm.record)).toBe(0);
    expect(warm.html).toBe(cold.html);
  });
});

describe("Kit Sosialisasi", () => {
  it("shows an A4 poster per unit and one for the instansi; every QR code decodes to its link", () => {
    const ws = campaign(
      [["tanggal_selesai", "2026-03-27"]],
      [
        ...UNITS.slice(0, 2),
        [
          "RS",
          "RSUD Provinsi",
          "dr. Wati",
          "wati@example.org",
          "",
          500,
          "",
          "ya",
          "https://s.id/rsud-berakhlak",
        ],
      ],
    );
    menu(ws, "menuKit");
    const dialog = ws.uiLog.at(-1);
    expect(dialog?.kind).toBe("dialog");
    const html = dialog?.html ?? "";
    const links = unitLinks(ws);
    const published = `https://docs.google.com/forms/d/e/${form(ws).publishedId}/viewform`;
    expect(decodeQrSvgs(html)).toEqual([published, links.BU, links.DIK, links.RS]);
    // The short link staff made is printed large; without one, the long link in small type.
    expect(html).toContain('<div class="short">s.id/rsud-berakhlak</div>');
    expect(html).toContain(`<div class="long">${links.BU.replace(/&/g, "&#38;")}</div>`);
    expect(html).toContain("Seluruh pegawai Pemerintah Provinsi Contoh");
    expect(html.match(/<section class="poster">/g)).toHaveLength(4);
  });

  it("asks which units when there are more than fit one dialog", () => {
    const list = syntheticUnits(80);
    const ws = manyUnits(list);
    ws.answerUi({ button: "OK", text: `${list[3].code}, ${list[70].code}` });
    menu(ws, "menuKit");
    const html = ws.uiLog.at(-1)?.html ?? "";
    const links = unitLinks(ws);
    expect(decodeQrSvgs(html).slice(1)).toEqual([links[list[3].code], links[list[70].code]]);
  });

  it("refuses a short link that is not a web address, with its row", () => {
    const ws = campaign(
      [],
      [...UNITS.slice(0, 2), ["RS", "RSUD", "dr. Wati", "w@example.org", "", 50, "", "ya", "s.id/x"]],
    );
    expect(ws.uiLog.at(-1)?.message).toContain(
      "Unit Kerja baris 4: Tautan Pendek \u201cs.id/x\u201d bukan alamat web; tulis lengkap dengan https:// atau kosongkan.",
    );
  });
});
