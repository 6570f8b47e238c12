import type { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { RESULTS } from "../../src/core/results";
import { STATUS, timeOfKey } from "../../src/core/scoring";
import { readSkorRow } from "../../src/core/skor";
import { checkReleases, type Person, type Published } from "../privacyChecker";
import { campaign, menu } from "./fixtures";

/**
 * Releases through the built bundle (RELIABILITY.md "Privacy and access"): what "Terbitkan Hasil"
 * and the campaign's end publish, read back from the Hasil tab as anyone holding it would, checked
 * with the linear-algebra checker against who Skor counted at that moment.
 */

const CHOICE = { BU: "Biro Umum (BU)", DIK: "Dinas Pendidikan (DIK)", RS: "RSUD Provinsi (RS)" } as const;
type Code = keyof typeof CHOICE;

const DIMS: Record<string, string> = {
  Instansi: "all",
  "Unit kerja": "unit",
  "Jenis kepegawaian": "employment",
  "Jenis jabatan": "position",
};

interface HasilRow {
  readonly group: string;
  readonly n: number;
  readonly index: unknown;
  readonly values: unknown[];
  readonly note: string;
}

/** The Hasil tab's table: one row per group, its id as the checker names groups. */
function hasil(ws: Workspace): HasilRow[] {
  const values = ws.values("Hasil");
  const formats = ws.formats("Hasil");
  const header = values.findIndex((r) => r[0] === "Tabel");
  return values.slice(header + 1).flatMap((r, i) => {
    const dim = DIMS[String(r[0])];
    if (!dim) return [];
    const id = dim === "all" ? "" : String(r[1]) === "Tidak diisi" ? "" : String(r[1]);
    return [
      {
        group: `${dim}:${id}`,
        n: Number(r[3]),
        index: r[RESULTS.col.index - 1],
        values: r.slice(RESULTS.col.value0 - 1, RESULTS.col.value0 + 6),
        note: formats[header + 1 + i]?.[RESULTS.col.index - 1]?.note ?? "",
      },
    ];
  });
}

/** What a release published, as the checker reads it: Skor's counted respondents now, and the groups Hasil shows. */
function published(ws: Workspace): Published {
  const active = new Set(ws.values("Unit Kerja").flatMap((r) => (r[7] === "ya" ? [String(r[0])] : [])));
  const members = new Map<string, Person>();
  for (const row of ws.values("Skor").slice(1)) {
    const e = readSkorRow(row, 5);
    if (e.status !== STATUS.valid || !active.has(e.unit)) continue;
    let id = `${timeOfKey(e.key)}r${e.raw.join(".")}`;
    while (members.has(id)) id += "+";
    members.set(id, { unit: e.unit, employment: e.employment, position: e.position });
  }
  const shown = hasil(ws)
    .filter((g) => typeof g.index === "number")
    .map((g) => g.group);
  return { members, shown };
}

function submit(
  ws: Workspace,
  rand: () => number,
  code: Code,
  n: number,
  extra: { employment?: string; position?: string } = {},
): void {
  for (let i = 0; i < n; i++) {
    ws.submit(answersFor(rand, { unit: CHOICE[code], ...extra }));
    ws.advanceClock(60_000);
  }
}

/** The health check's lines ("baik: …"). */
function health(ws: Workspace): string[] {
  expect(ws.clickMenu("Periksa Kesehatan").error).toBeUndefined();
  const html = ws.uiLog.at(-1)?.html ?? "";
  return [...html.matchAll(/<tr><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );
}

function publish(ws: Workspace): string {
  return menu(ws, "menuPublish");
}

describe("Terbitkan Hasil (the built bundle)", () => {
  it("makes a release in the Hasil tab: counts always, scores only where no small group can be worked out", () => {
    const ws = campaign();
    const rand = rng(1);
    submit(ws, rand, "BU", 4);
    submit(ws, rand, "DIK", 7);
    submit(ws, rand, "RS", 14);
    const message = publish(ws);
    expect(message).toMatch(/^Rilis ke-1 diterbitkan di tab Hasil: 25 respon valid/);
    expect(message).toContain("jangan Spreadsheet ini");
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["all:"].n).toBe(25);
    expect(typeof rows["all:"].index).toBe("number");
    expect(rows["unit:BU"]).toMatchObject({ n: 4, index: "n < 5" });
    expect(rows["unit:BU"].values.every((v) => v === "n < 5")).toBe(true);
    // DIK (7) is withheld to protect BU, and says so, with a note.
    expect(rows["unit:DIK"]).toMatchObject({ n: 7, index: "disembunyikan" });
    expect(rows["unit:DIK"].note).toMatch(/^Disembunyikan untuk melindungi kelompok lain/);
    expect(typeof rows["unit:RS"].index).toBe("number");
    // The marks never wrap; the record of who was counted is hidden and protected.
    const header = ws.values("Hasil").findIndex((r) => r[0] === "Tabel");
    expect(ws.formats("Hasil")[header + 2]?.[RESULTS.col.index - 1]?.wrap).toBe("CLIP");
    expect(ws.sheet("Rilis Terakhir").hidden).toBe(true);
    expect(checkReleases([published(ws)], 5)).toEqual([]);
    expect(health(ws)).toContainEqual(
      expect.stringMatching(/^baik: Rilis hasil terakhir: ke-1, \d\d\/03\/2026 \d\d:\d\d, 25 respon$/),
    );
  });

  it("units of 1, 1 and 20: neither small unit's scores come out of the total", () => {
    const ws = campaign();
    const rand = rng(2);
    submit(ws, rand, "BU", 1);
    submit(ws, rand, "DIK", 1);
    submit(ws, rand, "RS", 20);
    publish(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(typeof rows["all:"].index).toBe("number");
    expect([rows["unit:BU"].index, rows["unit:DIK"].index, rows["unit:RS"].index]).toEqual([
      "n < 5",
      "n < 5",
      "disembunyikan",
    ]);
    expect(checkReleases([published(ws)], 5)).toEqual([]);
  });

  it("a unit deactivated with only Perbarui Formulir run counts nowhere: not in Dasbor's totals, not in the release", () => {
    const ws = campaign();
    const rand = rng(3);
    submit(ws, rand, "BU", 1);
    submit(ws, rand, "DIK", 9);
    submit(ws, rand, "RS", 12);
    const units = ws.values("Unit Kerja");
    ws.edit("Unit Kerja", units.findIndex((r) => r[0] === "BU") + 1, 8, [["tidak"]]);
    menu(ws, "menuUpdateForm");
    ws.advanceClock(3_600_000);
    const dash = ws.values("Dasbor");
    expect(dash[4][1]).toBe(21);
    expect(dash.some((r) => r[0] === "BU")).toBe(false);
    publish(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["all:"].n).toBe(21);
    expect(rows["unit:BU"]).toBeUndefined();
    expect(typeof rows["unit:DIK"].index).toBe("number");
    expect(checkReleases([published(ws)], 5)).toEqual([]);
  });

  it("B gains one, then A five: B waits, withheld and named; a release whose total changed by too few is refused", () => {
    const ws = campaign();
    const rand = rng(4);
    submit(ws, rand, "BU", 6);
    submit(ws, rand, "DIK", 6);
    submit(ws, rand, "RS", 8);
    publish(ws);
    const first = published(ws);
    submit(ws, rand, "DIK", 1);
    submit(ws, rand, "BU", 5);
    const second = publish(ws);
    expect(second).toMatch(/^Rilis ke-2 diterbitkan/);
    expect(second).toContain(
      "Menunggu rilis berikutnya (disembunyikan: sejak rilis sebelumnya berubah kurang dari 5 respon):\n\u2022 Unit kerja Dinas Pendidikan: 1 respon bergabung atau keluar",
    );
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["unit:DIK"]).toMatchObject({ n: 7, index: "disembunyikan" });
    expect(rows["unit:DIK"].note).toMatch(/^Disembunyikan sampai rilis berikutnya/);
    // BU is withheld with it: else the instansi minus RS minus BU would be DIK, and so its change.
    expect(rows["unit:BU"]).toMatchObject({ n: 11, index: "disembunyikan" });
    expect(typeof rows["unit:RS"].index).toBe("number");
    // Published regardless of the rule, the two releases would give DIK's new respondent away.
    const naive: Published = { ...published(ws), shown: [...published(ws).shown, "unit:DIK"] };
    expect(checkReleases([first, naive], 5)).toEqual([expect.stringMatching(/^releases 1 and 2 reveal 1: /)]);
    const second2 = published(ws);
    expect(checkReleases([first, second2], 5)).toEqual([]);
    // Two more responses in all: the instansi's own total would give them away. Refused.
    const hasilBefore = JSON.stringify(ws.values("Hasil"));
    submit(ws, rand, "RS", 2);
    const refused = publish(ws);
    expect(refused).toMatch(
      /^Rilis belum dapat diterbitkan\. Dibandingkan dengan rilis ke-2 \(\d\d\/03\/2026/,
    );
    expect(refused).toContain("\u2022 Pemerintah Provinsi Contoh: 2 respon bergabung atau keluar");
    expect(JSON.stringify(ws.values("Hasil"))).toBe(hasilBefore);
    // Five more for DIK since release 2 (and the total): DIK's scores can be shown again.
    submit(ws, rand, "RS", 3);
    submit(ws, rand, "DIK", 5);
    expect(publish(ws)).toMatch(/^Rilis ke-3 diterbitkan/);
    expect(checkReleases([first, second2, published(ws)], 5)).toEqual([]);
    expect(typeof Object.fromEntries(hasil(ws).map((r) => [r.group, r]))["unit:DIK"].index).toBe("number");
  });

  it("a profile group lying inside one unit is withheld where unit minus group would isolate someone", () => {
    const ws = campaign();
    const rand = rng(5);
    // BU: 5 Struktural and 1 Pelaksana; nobody else is Struktural. BU − Struktural is one person.
    submit(ws, rand, "BU", 5, { employment: "PNS", position: "Struktural" });
    submit(ws, rand, "BU", 1, { employment: "PNS", position: "Pelaksana" });
    submit(ws, rand, "DIK", 10, { employment: "PNS", position: "Fungsional" });
    submit(ws, rand, "RS", 12, { employment: "PNS", position: "Pelaksana" });
    publish(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(typeof rows["unit:BU"].index).toBe("number");
    expect(rows["position:Struktural"].n).toBe(5);
    const withheld = ["position:Struktural", "position:Pelaksana"].filter(
      (g) => rows[g].index === "disembunyikan",
    );
    expect(withheld.length).toBeGreaterThan(0);
    expect(checkReleases([published(ws)], 5)).toEqual([]);
  });

  it("seeded campaigns: every release and every consecutive pair passes the checker", () => {
    let made = 0;
    for (const seed of [11, 12, 13]) {
      const ws = campaign();
      const rand = rng(seed);
      const releases: Published[] = [];
      const codes: Code[] = ["BU", "DIK", "RS"];
      for (let step = 0; step < 8; step++) {
        const arrivals = Math.floor(rand() * 12);
        for (let i = 0; i < arrivals; i++) submit(ws, rand, codes[Math.floor(rand() * rand() * 3)], 1);
        if (publish(ws).startsWith("Rilis ke-")) releases.push(published(ws));
      }
      made += releases.length;
      expect(checkReleases(releases, 5)).toEqual([]);
    }
    expect(made).toBeGreaterThan(6);
  });

  it("the campaign's end makes the final release once, and the health check says so", () => {
    const ws = campaign([["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")]]);
    const rand = rng(6);
    submit(ws, rand, "DIK", 8);
    submit(ws, rand, "RS", 9);
    expect(ws.tabNames()).not.toContain("Hasil");
    ws.advanceTo(new Date("2026-03-07T09:30:00+07:00"));
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["all:"].n).toBe(17);
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1, diterbitkan 07\/03\/2026 0\d:\d\d/);
    ws.advanceClock(5 * 3_600_000);
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1,/);
    expect(health(ws)).toContainEqual(
      expect.stringMatching(/^baik: Rilis akhir kampanye dibuat 07\/03\/2026/),
    );
  });

  it("when the record of the last release is deleted, asks before starting a new series", () => {
    const ws = campaign();
    const rand = rng(7);
    submit(ws, rand, "DIK", 8);
    submit(ws, rand, "RS", 9);
    publish(ws);
    ws.deleteTab("Rilis Terakhir");
    submit(ws, rand, "RS", 5);
    ws.answerUi({ button: "NO" });
    publish(ws);
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1,/);
    ws.answerUi({ button: "YES" });
    expect(publish(ws)).toMatch(/^Rilis ke-2 diterbitkan/);
  });
});
