/**
 * Upgrades of a live Sheet (RELIABILITY.md): a Sheet made and used by the previous released
 * bundle (test/fixtures/v1, kept byte for byte) gets the new bundle mid-campaign, as a
 * `clasp push` gives it, and keeps working.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { DERIVED_VERSION } from "../../src/core/platform/upgrade";
import { findLeak } from "../attacker";
import { aggregates, menu, RESPONSES_TAB, setup, UNIT_HEADER } from "./fixtures";
import { hasil, published } from "./releases";

const V1 = join(__dirname, "..", "fixtures", "v1");
const NEW_CODE = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const HOUR = 3_600_000;
const toB = (ws: Workspace) => ws.outbox.filter((m) => m.to.includes("b@example.org"));

const SETTINGS = [
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-20"],
  ["jam_pengingat", 9],
  ["jeda_pengingat_hari", 1],
  ["metode_kuota", "manual"],
  ["kumpulkan_nip", "ya"],
];
const UNITS = [
  ["A", "Biro A", "Ibu A", "a@example.org", "", 20, 5, "ya"],
  ["B", "Biro B", "Bapak B", "b@example.org", "", 40, 10, "ya"],
];

/** A campaign run by version 1 until Wednesday 4 March 11:00, its reminders of that day sent. */
function v1Campaign(extra: unknown[][] = []) {
  const ws = new Workspace({
    distDir: V1,
    tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS], Pengaturan: [["kunci", "nilai"], ...SETTINGS, ...extra] },
  });
  ws.open();
  setup(ws);
  const rand = rng(12);
  for (let day = 0; day < 3; day++) {
    for (let i = 0; i < 3; i++) {
      // Version 1's form asks for 18 bare digits.
      ws.submit(
        answersFor(rand, {
          unit: i % 2 ? "Biro A (A)" : "Biro B (B)",
          nip: `19900101201503100${i}`,
          ebLabels: "frequency",
        }),
      );
    }
    if (day < 2) ws.advanceClock(24 * HOUR);
  }
  ws.advanceTo(Date.UTC(2026, 2, 4, 4, 0)); // 11:00 WIB Wednesday
  expect(toB(ws)).toHaveLength(3);
  return { ws, rand };
}

describe("a Sheet made by version 1 gets the new bundle mid-campaign", () => {
  it("keeps counting, builds no second form, and sends no reminder twice on the day of the push", () => {
    const { ws, rand } = v1Campaign();
    const formId = ws.forms[0].id;
    const remindersBefore = toB(ws).length;
    const skorBefore = ws.values("Skor").length;
    ws.deploy(NEW_CODE);
    // The same day: the hourly run and version 1's daily trigger both run; nothing is sent again.
    ws.advanceClock(3 * HOUR);
    expect(toB(ws)).toHaveLength(remindersBefore);
    // The form still asks for bare digits until staff run setup.
    ws.submit(answersFor(rand, { unit: "Biro B (B)", nip: "199001012015031009", ebLabels: "frequency" }));
    expect(ws.values("Skor")).toHaveLength(skorBefore + 1);
    // Staff run setup after the push (the README says so): one form, one responses tab.
    ws.open();
    expect(setup(ws)).toMatch(/^Survei siap\./);
    expect(ws.forms.map((f) => f.id)).toEqual([formId]);
    // Unit Kerja gains the header of its optional column (the units' short links for posters).
    expect(ws.values("Unit Kerja")[0][8]).toBe("Tautan Pendek");
    expect(ws.tabNames().filter((n) => n.startsWith("Jawaban Formulir"))).toEqual([RESPONSES_TAB]);
    expect(ws.triggers.map((t) => t.fn).sort()).toEqual([
      "hourlyCatchUpTrigger",
      "onFormSubmitTrigger",
      "onSheetEditTrigger",
    ]);
    // Version 1's total of 5 became 2 a week, and its three reminders this week count against it:
    // nothing more this week; on Monday the hourly run sends the day's reminder, once.
    ws.advanceTo(Date.UTC(2026, 2, 9, 10, 0));
    const on = (day: string) =>
      toB(ws).filter((m) => new Date(m.time + 7 * HOUR).toISOString().startsWith(day));
    expect(on("2026-03-05")).toHaveLength(0);
    expect(on("2026-03-06")).toHaveLength(0);
    expect(on("2026-03-09")).toHaveLength(1);
    // Version 1's history (one property) was read, and each unit's line is now in the hidden tab.
    const props = ws.properties("document");
    expect(props["berakhlak.reminders"]).toBeUndefined();
    expect(JSON.parse(props["berakhlak.reminders.0"]).units).toEqual({});
    expect(ws.values("Riwayat Pengingat").find((r) => r[0] === "B")?.[1]).toBe(4);
    // Counting equals a clean recompute.
    const agg = aggregates(ws);
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(agg);
  });

  it("keeps duplicates by NIP across the change of the NIP question's form", () => {
    const { ws, rand } = v1Campaign();
    ws.deploy(NEW_CODE);
    ws.open();
    setup(ws); // the NIP question now asks for the grouped form
    const nip = ws.forms[0].items.find((i) => i.title === "NIP");
    expect(nip?.validation?.arg).toBe("\\d{8} \\d{6} \\d \\d{3}");
    const before = ws.values("Skor").filter((r) => r[3] === "valid").length;
    // A person who answered under version 1 (bare digits) answers again, grouped.
    ws.submit(answersFor(rand, { unit: "Biro B (B)", nip: "19900101 201503 1 000", ebLabels: "frequency" }));
    expect(ws.values("Skor").filter((r) => r[3] === "valid")).toHaveLength(before);
  });

  it("keeps the form's id and every kept state when the stored state's version is older", () => {
    const { ws } = v1Campaign();
    const state = JSON.parse(ws.properties("document")["berakhlak.state"]);
    expect(state.v).toBe(1);
    ws.deploy(NEW_CODE);
    ws.advanceClock(HOUR);
    const after = JSON.parse(ws.properties("document")["berakhlak.state"]);
    expect(after.v).toBe(2);
    expect(after.formId).toBe(state.formId);
    expect(after.responsesSheetId).toBe(state.responsesSheetId);
    expect(after.triggerOwner).toBe(state.triggerOwner);
    expect(after.items).toEqual(state.items);
    expect(after.dailyHour).toBeUndefined();
    expect(after.upgrade).toMatchObject({ from: 1 });
    // The links and the reminder history (kept state) are untouched.
    const links = Object.keys(ws.properties("document")).filter((k) => k.startsWith("berakhlak.link."));
    expect(links).toHaveLength(2);
    expect(JSON.parse(ws.properties("document")["berakhlak.reminders"]).units.B.count).toBe(3);
    // The health check explains what changed in plain words.
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/Versi baru terpasang \(04\/03\/2026 \d\d:\d\d\)/);
  });

  it("a setting the new version does not know is reported, and never stops counting or reminders", () => {
    const { ws, rand } = v1Campaign();
    ws.deploy(NEW_CODE);
    ws.typeInto("Pengaturan", [["kunci_lama", "x"]], ws.values("Pengaturan").length + 1);
    ws.advanceTo(Date.UTC(2026, 2, 9, 3, 0)); // Monday 9 March 10:00 (this week's ceiling was used up)
    // The form still asks for bare digits until staff run setup.
    ws.submit(answersFor(rand, { unit: "Biro B (B)", nip: "199001012015031009", ebLabels: "frequency" }));
    expect(toB(ws)).toHaveLength(4);
    expect(ws.values("Skor").at(-1)?.[3]).toBe("valid");
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/kunci_lama/);
  });
});

describe("a minimum group size below 3, accepted by version 1", () => {
  it("is raised to 3 in Pengaturan by the first hourly run, with a note in the health check", () => {
    const { ws } = v1Campaign([["ukuran_kelompok_minimum", 1]]);
    ws.deploy(NEW_CODE);
    ws.advanceClock(HOUR);
    const row = ws.values("Pengaturan").find((r) => r[0] === "ukuran_kelompok_minimum");
    expect(row?.[1]).toBe(3);
    expect(ws.clickMenu("Periksa Kesehatan").error).toBeUndefined();
    expect(ws.uiLog.at(-1)?.html ?? "").toContain("ukuran_kelompok_minimum 1 dinaikkan ke 3 pada 04/03/2026");
    // The settings are valid again, and the dashboard and releases use 3.
    expect(ws.uiLog.at(-1)?.html ?? "").toContain("Pengaturan sah");
    menu(ws, "menuDashboard");
    expect(ws.values("Dasbor").flat()).toContain(
      "n < 3: kurang dari 3 respon, skor tidak ditampilkan. disembunyikan: skor ditahan agar skor kelompok kecil lain tidak dapat dihitung dari selisih.",
    );
    // Counting went on as before.
    const agg = aggregates(ws);
    menu(ws, "menuRecompute");
    expect(aggregates(ws)).toEqual(agg);
  });
});

describe("the EB statements' new wording and agreement scale", () => {
  const ebOf = (ws: Workspace) => {
    const items = ws.forms[0].items;
    const grid = items.find((i) => i.type === "GRID" && i.title.startsWith("Employer"));
    return {
      rows: grid?.rows,
      columns: grid?.columns,
      stem: items.filter((i) => i.type === "PAGE_BREAK").at(-1)?.help,
    };
  };

  it("leave a form already collecting as it is (the freeze rule)", () => {
    const { ws } = v1Campaign();
    const before = ebOf(ws);
    ws.deploy(NEW_CODE);
    ws.open();
    setup(ws);
    expect(ebOf(ws)).toEqual(before);
    expect(before.columns?.[0]).toBe("1 \u2013 Tidak pernah");
  });

  it("apply to a form of version 1 that has no response yet", () => {
    const ws = new Workspace({
      distDir: V1,
      tabs: { "Unit Kerja": [UNIT_HEADER, ...UNITS], Pengaturan: [["kunci", "nilai"], ...SETTINGS] },
    });
    ws.open();
    setup(ws);
    ws.deploy(NEW_CODE);
    ws.open();
    setup(ws);
    expect(ebOf(ws)).toEqual({
      rows: [
        "EB1. Saya bangga bekerja melayani masyarakat di instansi ini",
        "EB2. Saya akan merekomendasikan instansi ini sebagai tempat bekerja",
        "EB3. Pimpinan dan rekan kerja menunjukkan semangat Bangga Melayani Bangsa",
      ],
      columns: [
        "1 \u2013 Sangat tidak setuju",
        "2 \u2013 Tidak setuju",
        "3 \u2013 Netral",
        "4 \u2013 Setuju",
        "5 \u2013 Sangat setuju",
      ],
      stem: "Seberapa setuju Anda dengan pernyataan berikut?",
    });
  });
});

describe("the upgrade mechanisms", () => {
  it("derived state of an older layout is rebuilt by an automatic recompute at the next hourly run", () => {
    const { ws } = v1Campaign();
    ws.deploy(NEW_CODE);
    const props = ws.store("document");
    const state = JSON.parse(props.get("berakhlak.state") ?? "{}");
    props.set("berakhlak.state", JSON.stringify({ ...state, v: 2, derived: 0 }));
    // A Skor cell as an older layout would have it: the rebuild puts the right value back.
    const skor = ws.values("Skor");
    const right = skor[1][5];
    ws.sheet("Skor").write(2, 6, 999);
    ws.advanceClock(61 * 60_000);
    expect(ws.values("Skor")[1][5]).toBe(right);
    expect(JSON.parse(props.get("berakhlak.state") ?? "{}").derived).toBe(DERIVED_VERSION);
  });

  it("a scope the triggers' owner has not approved is announced: health check and one email to the owner", () => {
    const { ws } = v1Campaign();
    ws.deploy(NEW_CODE);
    const props = ws.store("document");
    const state = JSON.parse(props.get("berakhlak.state") ?? "{}");
    const fewer = ["https://www.googleapis.com/auth/spreadsheets.currentonly"];
    props.set("berakhlak.state", JSON.stringify({ ...state, v: 2, scopes: fewer }));
    ws.user = "rekan@example.org";
    ws.open();
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).toMatch(/izin baru: .*auth\/forms/);
    setup(ws);
    setup(ws);
    const mails = ws.outbox.filter(
      (m) => m.to.includes("admin@example.org") && /persetujuan/.test(m.subject),
    );
    expect(mails).toHaveLength(1);
    // Once the owner's hourly run runs (it can only run once they approved), the warning ends.
    ws.advanceClock(61 * 60_000);
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).not.toMatch(/izin baru/);
  });
});

describe("Skor keys of version 1 hashed the clear NIP", () => {
  it("are rebuilt without it by the first hourly run after the upgrade, the counts unchanged", () => {
    const { ws } = v1Campaign();
    const before = ws
      .values("Skor")
      .slice(1)
      .map((r) => String(r[0]));
    const agg = aggregates(ws);
    ws.deploy(NEW_CODE);
    ws.advanceClock(61 * 60_000);
    const after = ws
      .values("Skor")
      .slice(1)
      .map((r) => String(r[0]));
    expect(after).toHaveLength(before.length);
    expect(after.filter((k) => before.includes(k))).toEqual([]);
    // The counts and value sums unchanged; the rebuild adds the behaviours' sums (derived layout 4)
    // and each unit's respondents per pair of profile answers (layout 5), which add up to its count.
    type Stored = { n: number; raw: number[]; beh?: number[]; cells?: Record<string, number> };
    const now = aggregates(ws) as Record<string, Stored>;
    expect(Object.fromEntries(Object.entries(now).map(([k, { beh, cells, ...rest }]) => [k, rest]))).toEqual(
      agg,
    );
    for (const a of Object.values(now)) if (a.n) expect(a.beh).toHaveLength(21);
    for (const [k, a] of Object.entries(now))
      if (k.startsWith("berakhlak.agg.u."))
        expect(Object.values(a.cells ?? {}).reduce((x, y) => x + y, 0)).toBe(a.n);
    expect(JSON.parse(ws.properties("document")["berakhlak.state"]).derived).toBe(DERIVED_VERSION);
  });
});

describe("a Sheet of version 2 (the letters before the campaign's own letters) gets this bundle mid-campaign", () => {
  const V2 = join(__dirname, "..", "fixtures", "v2");
  it("migrates maks_pengingat to a weekly ceiling with a note, keeps the history, and reminds until the end", () => {
    const ws = new Workspace({
      distDir: V2,
      tabs: {
        "Unit Kerja": [UNIT_HEADER, ...UNITS],
        Pengaturan: [
          ["kunci", "nilai"],
          ...SETTINGS.filter((s) => s[0] !== "kumpulkan_nip"),
          ["maks_pengingat", 3],
        ],
      },
    });
    ws.open();
    setup(ws);
    ws.advanceTo(Date.UTC(2026, 2, 4, 4, 0)); // Wednesday 4 March 11:00 WIB: Monday, Tuesday, Wednesday sent
    expect(toB(ws)).toHaveLength(3);
    ws.deploy(NEW_CODE);
    ws.advanceClock(HOUR); // the first hourly run of the new bundle
    const row = ws.values("Pengaturan").find((r) => r[0] === "maks_pengingat_per_minggu");
    // 3 in all over a period of three weeks: 1 a week.
    expect(row?.[1]).toBe(1);
    expect(ws.values("Pengaturan").some((r) => r[0] === "maks_pengingat")).toBe(false);
    expect(ws.clickMenu("Periksa Kesehatan").error).toBeUndefined();
    const health = ws.uiLog.at(-1)?.html ?? "";
    expect(health).toContain(
      "maks_pengingat 3 (jumlah seluruh kampanye) diganti maks_pengingat_per_minggu 1",
    );
    expect(health).toContain("Pengaturan sah");
    // Nothing twice on the day of the push; version 2's reminded units get no opening letter.
    expect(toB(ws)).toHaveLength(3);
    // Hours with nothing new are as cheap as on a Sheet set up by this version (issue 26).
    const hours = ws
      .advanceClock(24 * HOUR)
      .filter((r) => r.fn === "hourlyCatchUpTrigger")
      .map((r) => r.calls);
    expect(hours.filter((c) => c <= 15).length).toBeGreaterThanOrEqual(15);
    ws.advanceTo(Date.UTC(2026, 2, 21, 4, 0)); // past the end
    const days = toB(ws).map((m) => new Date(m.time + 7 * HOUR).toISOString().slice(0, 10));
    // Version 2 stopped at 3; now one a week until the end, the last in the closing days.
    expect(days).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-09", "2026-03-16"]);
    expect(toB(ws).some((m) => m.subject.includes("telah dibuka"))).toBe(false);
    expect(toB(ws).at(-1)?.subject).toContain("ditutup 5 hari lagi");
  });
});

describe("a Sheet of version 2 that already published scores mid-campaign gets this bundle", () => {
  const V2 = join(__dirname, "..", "fixtures", "v2");
  it("keeps that release in the history: Terbitkan Hasil is participation only, and the end's release is checked against it", () => {
    const ws = new Workspace({
      distDir: V2,
      tabs: {
        "Unit Kerja": [UNIT_HEADER, ...UNITS, ["C", "Biro C", "Ibu C", "c@example.org", "", 30, 10, "ya"]],
        Pengaturan: [["kunci", "nilai"], ...SETTINGS.filter((s) => s[0] !== "kumpulkan_nip")],
      },
    });
    ws.open();
    setup(ws);
    const rand = rng(25);
    const one = { employment: "PNS", position: "Pelaksana" };
    const send = (unit: string, n: number) => {
      for (let i = 0; i < n; i++) {
        ws.submit(answersFor(rand, { unit, ...one }));
        ws.advanceClock(60_000);
      }
    };
    send("Biro A (A)", 5);
    send("Biro B (B)", 6);
    send("Biro C (C)", 8);
    // Version 2 published scores during the campaign.
    expect(menu(ws, "menuPublish")).toMatch(/^Rilis ke-1 diterbitkan/);
    const v2Release = published(ws);
    expect(v2Release.shown).toContain("unit:A");
    ws.deploy(NEW_CODE);
    send("Biro A (A)", 1);
    send("Biro B (B)", 4);
    // Mid-campaign, this bundle publishes participation only and keeps version 2's record.
    expect(menu(ws, "menuPublish")).toMatch(/^Rilis ke-2 \(partisipasi\)/);
    expect(hasil(ws).every((r) => typeof r.index !== "number")).toBe(true);
    ws.advanceTo(Date.UTC(2026, 2, 21, 4, 0)); // past the end: the score release
    expect(String(ws.values("Hasil")[1][0])).toMatch(/^Rilis ke-3, diterbitkan/);
    const final = published(ws);
    // A at 6 against version 2's A at 5 would be the one who joined: A is withheld.
    expect(final.shown).not.toContain("unit:A");
    expect(findLeak([v2Release, { ...final, shown: [...final.shown, "unit:A"] }], 5)).toHaveLength(1);
    expect(findLeak([v2Release, final], 5)).toBeNull();
  });
});
