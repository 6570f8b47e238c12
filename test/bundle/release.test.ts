import type { Workspace, WorkspaceOptions } from "../../local";
import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { RESULTS } from "../../src/core/results/results";
import { boundedLeaks, findLeak, type Published } from "../attacker";
import { campaign, menu, skorRows } from "./fixtures";
import { hasil, published } from "./releases";

/**
 * Releases through the built bundle (RELIABILITY.md "Privacy and access", version 3): during the
 * campaign "Terbitkan Hasil" publishes participation only; the release at the campaign's end, and
 * any later correction, carry scores. What they publish is read back from the Hasil tab as anyone
 * holding it would, and attacked (test/attacker.ts) over every score release together, with who
 * Skor counted at each moment.
 */

const CHOICE = { BU: "Biro Umum (BU)", DIK: "Dinas Pendidikan (DIK)", RS: "RSUD Provinsi (RS)" } as const;
type Code = keyof typeof CHOICE;

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

/** A campaign that ends on 6 March 2026; `open`: the form stays open after it (late answers, corrections). */
function ending(open = false, opts: WorkspaceOptions = {}): Workspace {
  return campaign(
    [
      ["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")],
      ...(open ? [["tutup_formulir_setelah_selesai", "tidak"]] : []),
    ],
    undefined,
    opts,
  );
}

/** Past the end date: the hourly run makes the campaign's score release. */
function end(ws: Workspace): void {
  ws.advanceTo(new Date("2026-03-07T09:30:00+07:00"));
}

/** Every score cell of the Hasil tab that holds a number. */
function numericScores(ws: Workspace): unknown[] {
  return hasil(ws).flatMap((r) => [r.index, ...r.values].filter((v) => typeof v === "number"));
}

describe("Terbitkan Hasil (the built bundle)", () => {
  it("during the campaign publishes participation only: counts against quota, no score anywhere, and says when scores come", () => {
    const ws = ending();
    const rand = rng(1);
    submit(ws, rand, "BU", 4);
    submit(ws, rand, "DIK", 7);
    submit(ws, rand, "RS", 14);
    const message = publish(ws);
    expect(message).toMatch(
      /^Rilis ke-1 \(partisipasi\) diterbitkan di tab Hasil: 25 respon valid dari 3 unit/,
    );
    expect(message).toContain("setelah survei ditutup (6 Maret 2026)");
    expect(message).toContain("jangan Spreadsheet ini");
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect([rows["all:"].n, rows["unit:BU"].n, rows["unit:DIK"].n, rows["unit:RS"].n]).toEqual([
      25, 4, 7, 14,
    ]);
    expect(rows["unit:RS"]).toMatchObject({ index: "setelah survei ditutup" });
    expect(numericScores(ws)).toEqual([]);
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1 \(partisipasi\)/);
    // Nothing about who was counted is kept: participation releases are not score releases.
    expect(ws.tabNames()).not.toContain("Rilis Terakhir");
    menu(ws, "menuReport");
    const report = ws.uiLog.at(-1)?.html ?? "";
    expect(report).toContain("Rilis ini memuat partisipasi saja");
    expect(report).not.toContain("Tujuh nilai BerAKHLAK");
    expect(health(ws)).toContainEqual(
      expect.stringMatching(/^baik: Rilis hasil terakhir: ke-1, \d\d\/03\/2026 \d\d:\d\d, 25 respon$/),
    );
  });

  it("the campaign's end publishes scores: small groups hidden, one more to protect them, nothing derivable", () => {
    const ws = ending();
    const rand = rng(1);
    submit(ws, rand, "BU", 4);
    submit(ws, rand, "DIK", 7);
    submit(ws, rand, "RS", 14);
    expect(publish(ws)).toMatch(/\(partisipasi\)/);
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-2, diterbitkan 07\/03\/2026/);
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
    expect(findLeak([published(ws)], 5)).toBeNull();
  });

  it("units of 1, 1 and 20: neither small unit's scores come out of the total", () => {
    const ws = ending();
    const rand = rng(2);
    submit(ws, rand, "BU", 1);
    submit(ws, rand, "DIK", 1);
    submit(ws, rand, "RS", 20);
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(typeof rows["all:"].index).toBe("number");
    expect([rows["unit:BU"].index, rows["unit:DIK"].index, rows["unit:RS"].index]).toEqual([
      "n < 5",
      "n < 5",
      "disembunyikan",
    ]);
    expect(findLeak([published(ws)], 5)).toBeNull();
  });

  it("a unit deactivated with only Perbarui Formulir run counts nowhere: not in Dasbor's totals, not in the release", () => {
    const ws = ending();
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
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["all:"].n).toBe(21);
    expect(rows["unit:BU"]).toBeUndefined();
    expect(typeof rows["unit:DIK"].index).toBe("number");
    expect(findLeak([published(ws)], 5)).toBeNull();
  });

  it("corrections after the end are checked with every score release together; one the total alone would give away is refused", () => {
    const ws = ending(true);
    const rand = rng(4);
    // Everyone PNS and Pelaksana: the profile tables repeat the total, so units alone are in play.
    const one = { employment: "PNS", position: "Pelaksana" };
    submit(ws, rand, "BU", 6, one);
    submit(ws, rand, "DIK", 6, one);
    submit(ws, rand, "RS", 8, one);
    end(ws);
    const first = published(ws);
    expect(first.shown).toEqual([
      "all:",
      "unit:BU",
      "unit:DIK",
      "unit:RS",
      "employment:PNS",
      "position:Pelaksana",
    ]);
    // Late answers: one for DIK, five for BU.
    submit(ws, rand, "DIK", 1, one);
    submit(ws, rand, "BU", 5, one);
    const second = publish(ws);
    expect(second).toMatch(/^Rilis ke-2 diterbitkan/);
    expect(second).toContain(
      "Ditahan (bersama angka lain di rilis ini atau di rilis skor sebelumnya, menampilkannya akan memperlihatkan skor kurang dari 5 orang):\n\u2022 Unit kerja Dinas Pendidikan: skor 1 responden dapat dihitung dari selisih angka",
    );
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["unit:DIK"]).toMatchObject({ n: 7, index: "disembunyikan" });
    expect(rows["unit:DIK"].note).toMatch(/^Ditahan: bersama angka lain/);
    // Published regardless of the check, the two releases would give DIK's new respondent away.
    const naive: Published = { ...published(ws), shown: [...published(ws).shown, "unit:DIK"] };
    expect(findLeak([first, naive], 5)).toHaveLength(1);
    const second2 = published(ws);
    expect(findLeak([first, second2], 5)).toBeNull();
    // Two more answers in all: the instansi's own total would give them away. Refused, truthfully.
    const hasilBefore = JSON.stringify(ws.values("Hasil"));
    submit(ws, rand, "RS", 2, one);
    const refused = publish(ws);
    expect(refused).toMatch(
      /^Rilis skor ini tidak dapat diterbitkan\. Bersama rilis skor sebelumnya \(terakhir rilis ke-2,/,
    );
    expect(refused).toContain(
      "\u2022 Pemerintah Provinsi Contoh: skor 2 responden dapat dihitung dari selisih angka",
    );
    expect(refused).toContain("melibatkan paling sedikit 5 responden");
    expect(JSON.stringify(ws.values("Hasil"))).toBe(hasilBefore);
    // Ten more in all since release 2: it goes out, and all three releases together give nothing away.
    submit(ws, rand, "RS", 3, one);
    submit(ws, rand, "DIK", 5, one);
    expect(publish(ws)).toMatch(/^Rilis ke-3 diterbitkan/);
    expect(findLeak([first, second2, published(ws)], 5)).toBeNull();
  });

  it("releases that are not next to each other: A withheld in release 2 stays withheld in release 3 with nothing new in it", () => {
    const ws = ending(true);
    const rand = rng(9);
    submit(ws, rand, "BU", 5);
    submit(ws, rand, "DIK", 6);
    submit(ws, rand, "RS", 8);
    end(ws);
    const r1 = published(ws);
    expect(r1.shown).toContain("unit:BU");
    submit(ws, rand, "BU", 1);
    submit(ws, rand, "DIK", 4);
    publish(ws);
    const r2 = published(ws);
    expect(r2.shown).not.toContain("unit:BU");
    submit(ws, rand, "RS", 5);
    publish(ws);
    const r3 = published(ws);
    // Release 3 minus release 1 in BU would be the one who joined: BU stays withheld.
    expect(r3.shown).not.toContain("unit:BU");
    expect(findLeak([r1, { ...r3, shown: [...r3.shown, "unit:BU"] }], 5)).toHaveLength(1);
    expect(findLeak([r1, r2, r3], 5)).toBeNull();
  });

  it("one out and one in (an answer sent under a colleague's NIP replaces theirs): refused, every count the same", () => {
    const ws = campaign([
      ["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")],
      ["tutup_formulir_setelah_selesai", "tidak"],
      ["kumpulkan_nip", "ya"],
    ]);
    const rand = rng(10);
    const nip = (i: number) => nipAsWritten(`19850505201001${1000 + i}`);
    for (let i = 0; i < 12; i++)
      ws.submit(answersFor(rand, { unit: i < 6 ? CHOICE.BU : CHOICE.DIK, nip: nip(i) }));
    end(ws);
    const r1 = published(ws);
    const before = JSON.stringify(ws.values("Hasil"));
    // The victim's answer becomes a duplicate of the newer one (keep-latest, the default).
    ws.submit(answersFor(rand, { unit: CHOICE.BU, nip: nip(0) }));
    const refused = publish(ws);
    expect(refused).toMatch(/^Rilis skor ini tidak dapat diterbitkan/);
    expect(refused).toContain("skor 2 responden");
    expect(JSON.stringify(ws.values("Hasil"))).toBe(before);
    expect(findLeak([r1], 5)).toBeNull();
  });

  it("after the end: a duplicate rule changed, a unit corrected, a recompute — every release checked with all before it", () => {
    const ws = campaign([
      ["tanggal_selesai", new Date("2026-03-06T00:00:00+07:00")],
      ["tutup_formulir_setelah_selesai", "tidak"],
      ["kumpulkan_nip", "ya"],
    ]);
    const rand = rng(14);
    const nip = (i: number) => nipAsWritten(`19850505201001${1000 + i}`);
    const codes: Code[] = ["BU", "DIK", "RS"];
    // 30 respondents, 6 of whom answered twice (the later answer counts under "terbaru").
    for (let i = 0; i < 30; i++) ws.submit(answersFor(rand, { unit: CHOICE[codes[i % 3]], nip: nip(i) }));
    for (let i = 0; i < 6; i++) ws.submit(answersFor(rand, { unit: CHOICE[codes[i % 3]], nip: nip(i) }));
    end(ws);
    const releases: Published[] = [published(ws)];
    const tryRelease = () => {
      const message = publish(ws);
      if (/^Rilis ke-\d+ diterbitkan/.test(message)) releases.push(published(ws));
      else expect(message).toMatch(/^Rilis skor ini tidak dapat diterbitkan/);
    };
    // The duplicate rule turned round: six answers out, six in.
    const settings = ws.values("Pengaturan");
    ws.edit("Pengaturan", settings.findIndex((r) => r[0] === "kebijakan_duplikat") + 1, 2, [["pertama"]]);
    menu(ws, "menuRecompute");
    tryRelease();
    // A unit corrected by staff in the raw responses, then a recompute.
    const raw = ws.values("Jawaban Formulir 1");
    const unitCol = raw[0].findIndex((h) => String(h).startsWith("Unit kerja"));
    ws.edit("Jawaban Formulir 1", 3, unitCol + 1, [[CHOICE.RS]]);
    menu(ws, "menuRecompute");
    tryRelease();
    // Six late answers, then the release again.
    for (let i = 40; i < 46; i++) ws.submit(answersFor(rand, { unit: CHOICE[codes[i % 3]], nip: nip(i) }));
    tryRelease();
    expect(releases.length).toBeGreaterThan(1);
    expect(findLeak(releases, 5, rng(14))).toBeNull();
  });

  it("bounded answers: a unit of 5 who all answered Selalu shows those values as disembunyikan", () => {
    const ws = ending();
    const rand = rng(11);
    for (let i = 0; i < 5; i++) ws.submit(answersFor(rand, { unit: CHOICE.BU, means: { BP: 9, AK: 9 } }));
    submit(ws, rand, "DIK", 8);
    submit(ws, rand, "RS", 12);
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(typeof rows["unit:BU"].values[2]).toBe("number");
    expect(rows["unit:BU"].values.slice(0, 2)).toEqual(["disembunyikan", "disembunyikan"]);
    expect(rows["unit:BU"].index).toBe("disembunyikan");
    expect(boundedLeaks(hasil(ws), 5)).toEqual([]);
  });

  it("a profile group lying inside one unit is withheld where unit minus group would isolate someone", () => {
    const ws = ending();
    const rand = rng(5);
    // BU: 5 Struktural and 1 Pelaksana; nobody else is Struktural. BU − Struktural is one person.
    submit(ws, rand, "BU", 5, { employment: "PNS", position: "Struktural" });
    submit(ws, rand, "BU", 1, { employment: "PNS", position: "Pelaksana" });
    submit(ws, rand, "DIK", 10, { employment: "PNS", position: "Fungsional" });
    submit(ws, rand, "RS", 12, { employment: "PNS", position: "Pelaksana" });
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect(rows["position:Struktural"].n).toBe(5);
    const shown = published(ws).shown;
    expect(shown.includes("unit:BU") && shown.includes("position:Struktural")).toBe(false);
    expect(findLeak([published(ws)], 5)).toBeNull();
  });

  it("seeded campaigns with late answers after the end: every set of score releases passes the attacker", () => {
    let made = 0;
    for (const seed of [11, 12, 13]) {
      const ws = ending(true);
      const rand = rng(seed);
      const codes: Code[] = ["BU", "DIK", "RS"];
      for (let i = 0; i < 14; i++) submit(ws, rand, codes[Math.floor(rand() * rand() * 3)], 1);
      end(ws);
      const releases: Published[] = [published(ws)];
      for (let step = 0; step < 5; step++) {
        const arrivals = Math.floor(rand() * 8);
        for (let i = 0; i < arrivals; i++) submit(ws, rand, codes[Math.floor(rand() * rand() * 3)], 1);
        if (publish(ws).startsWith("Rilis ke-")) releases.push(published(ws));
      }
      made += releases.length;
      expect(findLeak(releases, 5, rng(seed))).toBeNull();
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
    // The form the product closed on purpose is no alarm; the health check says what comes next.
    const lines = health(ws);
    expect(lines.filter((l) => l.startsWith("masalah:"))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^baik: Formulir ditutup pada akhir kampanye/));
    expect(lines).toContainEqual(expect.stringMatching(/^baik: Kampanye berakhir .*Langkah berikutnya/));
  });

  it("when the record of the last release is deleted, asks before starting a new series", () => {
    const ws = ending(true);
    const rand = rng(7);
    submit(ws, rand, "DIK", 8);
    submit(ws, rand, "RS", 9);
    end(ws);
    ws.deleteTab("Rilis Terakhir");
    submit(ws, rand, "RS", 5);
    ws.answerUi({ button: "NO" });
    publish(ws);
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-1,/);
    ws.answerUi({ button: "YES" });
    expect(publish(ws)).toMatch(/^Rilis ke-2 diterbitkan/);
  });

  it("a release counts what the product verified, not a hand-edited Skor; the hourly audit repairs Skor", () => {
    const ws = ending();
    const rand = rng(9);
    submit(ws, rand, "BU", 10);
    submit(ws, rand, "DIK", 10);
    submit(ws, rand, "RS", 10);
    const counted = skorRows(ws);
    /** Staff clear 10 status cells, type over one score and mark one response invalid. */
    const tamper = () => {
      ws.edit(
        "Skor",
        2,
        4,
        Array.from({ length: 10 }, () => [""]),
      );
      ws.edit("Skor", 12, 6, [[100]]);
      ws.edit("Skor", 13, 4, [["tidak valid"]]);
    };
    tamper();
    const message = publish(ws);
    expect(message).toContain("Tab Skor tidak sama dengan jawaban yang dihitung");
    expect(message).toMatch(
      /Rilis ke-1 \(partisipasi\) diterbitkan di tab Hasil: 30 respon valid dari 3 unit/,
    );
    expect(hasil(ws).find((r) => r.group === "all:")?.n).toBe(30);
    expect(skorRows(ws)).toEqual(counted);
    // Edited again, and nobody publishes: the hourly run puts Skor back within the hour.
    tamper();
    ws.advanceClock(61 * 60_000);
    expect(skorRows(ws)).toEqual(counted);
    tamper();
    end(ws);
    const rows = Object.fromEntries(hasil(ws).map((r) => [r.group, r]));
    expect([rows["all:"].n, rows["unit:BU"].n, rows["unit:DIK"].n, rows["unit:RS"].n]).toEqual([
      30, 10, 10, 10,
    ]);
    expect(skorRows(ws)).toEqual(counted);
  });

  it.each(["fired", "missed"] as const)(
    "edit events %s: one valid response marked tidak valid in Skor by hand is put back within the hour",
    (editEvents) => {
      const ws = ending(false, { variants: { editEvents } });
      const rand = rng(10);
      submit(ws, rand, "DIK", 12);
      const counted = skorRows(ws);
      ws.edit("Skor", 5, 4, [["tidak valid"]]);
      expect(skorRows(ws)).not.toEqual(counted);
      ws.advanceClock(61 * 60_000);
      expect(skorRows(ws)).toEqual(counted);
    },
  );

  it("a Skor row deleted and another marked tidak valid, no edit event, between full checks: the next hour puts Skor back", () => {
    const ws = ending(false, { variants: { editEvents: "missed" } });
    const rand = rng(11);
    submit(ws, rand, "RS", 12);
    ws.advanceClock(61 * 60_000); // the hour's full check
    const counted = skorRows(ws);
    ws.sheet("Skor").deleteRows(3, 1);
    ws.edit("Skor", 6, 4, [["tidak valid"]]);
    ws.advanceClock(60 * 60_000); // the next hour: no full check due, Skor's rows no longer the ones counted
    expect(skorRows(ws)).toEqual(counted);
  });
});
