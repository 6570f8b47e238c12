/**
 * The campaign's letters through the built bundle, on the emulation's clock (PRODUCT.md
 * "Reminders", "Campaign end"): the opening letter, the gap and the weekly ceiling, "closing
 * soon", escalation below its threshold only, one thank-you, the postponed first under repeated
 * shortage, at most one letter a day under crashes and the time limit, and the campaign's end.
 */
import { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { heavy } from "../helpers";
import { menu, setup, UNIT_HEADER } from "./fixtures";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const SETTINGS = [
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-20"],
  ["hari_libur", "2026-03-05"],
  ["jam_pengingat", 9],
  ["jeda_pengingat_hari", 2],
  ["maks_pengingat_per_minggu", 2],
  ["hari_segera_ditutup", 3],
  ["ambang_eskalasi", 50],
  ["eskalasi_setelah", 2],
  ["eskalasi_sisa_hari", 0],
  ["email_eskalasi", "sekda@example.org"],
  ["nama_eskalasi", "Sekretaris Daerah"],
  ["email_admin", "biro.organisasi@example.org"],
  ["ttd_nama", "Dra. Sri Wahyuni, M.Si."],
  ["ttd_kontak", "0271 123456"],
  ["metode_kuota", "manual"],
];
const UNITS = [
  ["A", "Biro A", "Ibu Ani", "a@example.org", "", 20, 3, "ya"],
  ["B", "Biro B", "Eko Pratama", "b@example.org", "tu.b@example.org", 40, 10, "ya"],
  ["C", "Biro C", "", "", "", 30, 5, "ya"],
];

function campaign(opts: { units?: unknown[][]; settings?: unknown[][]; mailQuota?: number } = {}): Workspace {
  const ws = new Workspace({
    tabs: {
      "Unit Kerja": [UNIT_HEADER, ...(opts.units ?? UNITS)],
      Pengaturan: [["kunci", "nilai"], ...(opts.settings ?? SETTINGS)],
    },
    mailQuota: opts.mailQuota ?? 100,
  });
  ws.open();
  setup(ws);
  return ws;
}

const dayOf = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 10);
const lettersTo = (ws: Workspace, addr: string) => ws.outbox.filter((m) => m.to.includes(addr));
const submit = (ws: Workspace, unit: string, n: number, seed = 1) => {
  const rand = rng(seed);
  for (let i = 0; i < n; i++) ws.submit(answersFor(rand, { unit }));
};
/** Staff change a unit's manual quota in Unit Kerja. */
function setQuota(ws: Workspace, code: string, quota: number) {
  const row = ws.values("Unit Kerja").findIndex((r) => r[0] === code);
  ws.edit("Unit Kerja", row + 1, 7, [[quota]]);
}

/** The settings with some values replaced. */
function withSettings(over: Record<string, unknown>): unknown[][] {
  return [
    ...SETTINGS.map(([k, v]) => [k, k in over ? over[k as string] : v]),
    ...Object.entries(over).filter(([k]) => !SETTINGS.some((s) => s[0] === k)),
  ];
}

describe("a unit's letters over a campaign", () => {
  it("open, remind within the gap and the weekly ceiling, escalate below the threshold only, say closing soon, thank once", () => {
    const ws = campaign();
    ws.advanceClock(DAY); // Tuesday 3 March, 08:00
    submit(ws, "Biro A (A)", 3); // A reaches its quota of 3
    ws.advanceClock(2 * DAY); // Thursday 5 (a holiday)
    setQuota(ws, "A", 5); // staff raise A's quota: A is under quota again
    ws.advanceClock(4 * DAY + 2 * HOUR); // Monday 9, 10:00
    submit(ws, "Biro B (B)", 6, 2); // B at 60 %: above the escalation threshold
    ws.advanceClock(DAY);
    submit(ws, "Biro A (A)", 2, 3); // A at its new quota of 5
    ws.advanceClock(12 * DAY); // past the end (Friday 20) into the next week

    const b = lettersTo(ws, "b@example.org");
    expect(b.map((m) => `${dayOf(m.time)} ${m.subject}`)).toEqual([
      "2026-03-02 Survei Indeks BerAKHLAK telah dibuka: tautan untuk Biro B",
      "2026-03-04 Pengingat Survei BerAKHLAK: Biro B baru 0 dari 10 responden",
      // Thursday 5 is a holiday; Friday 6 is two days after Wednesday, the week's second reminder.
      "2026-03-06 Pengingat Survei BerAKHLAK: Biro B baru 0 dari 10 responden",
      // Two reminders and still below 50 %: escalated, in its own words.
      "2026-03-09 Tembusan Sekretaris Daerah: capaian Survei BerAKHLAK Biro B baru 0%",
      // At 60 % no more escalation; Friday 13 is over the weekly ceiling of 2.
      "2026-03-11 Pengingat Survei BerAKHLAK: Biro B baru 6 dari 10 responden",
      "2026-03-16 Pengingat Survei BerAKHLAK: Biro B baru 6 dari 10 responden",
      // Three days left: "closing soon"; Friday 20 is over the week's ceiling again.
      "2026-03-18 Survei BerAKHLAK ditutup 3 hari lagi: Biro B baru 6 dari 10 responden",
    ]);
    // The unit's cc on every letter; the escalation address only on the escalation.
    expect(b.map((m) => m.cc.join(","))).toEqual([
      "tu.b@example.org",
      "tu.b@example.org",
      "tu.b@example.org",
      "tu.b@example.org,sekda@example.org",
      "tu.b@example.org",
      "tu.b@example.org",
      "tu.b@example.org",
    ]);
    const escalation = b[3];
    expect(escalation.body).toContain("ditembuskan kepada Sekretaris Daerah (sekda@example.org)");
    expect(escalation.body).toContain("masih di bawah 50% setelah beberapa kali pengingat");
    // The opening letter reproaches nobody: no "0 dari 10".
    expect(b[0].body).not.toMatch(/0 dari 10/);
    expect(b[0].htmlBody).not.toContain("0 dari 10 responden");

    const a = lettersTo(ws, "a@example.org");
    expect(a.map((m) => `${dayOf(m.time)} ${m.subject}`)).toEqual([
      "2026-03-02 Survei Indeks BerAKHLAK telah dibuka: tautan untuk Biro A",
      // Its quota reached before Tuesday's letters: thanked, once.
      "2026-03-03 Terima kasih: Biro A telah mencapai kuota Survei BerAKHLAK",
      // Under quota again after staff raised it: reminders resume ...
      "2026-03-06 Pengingat Survei BerAKHLAK: Biro A baru 3 dari 5 responden",
      "2026-03-09 Pengingat Survei BerAKHLAK: Biro A baru 3 dari 5 responden",
      // ... and at quota again on Tuesday 10, no second thank-you.
    ]);
    // Nothing on a weekend or the holiday, nothing after the end.
    for (const m of ws.outbox.filter((x) =>
      x.to.some((t) => t.endsWith("@example.org") && t !== "biro.organisasi@example.org"),
    )) {
      expect([0, 6]).not.toContain(new Date(m.time + 7 * HOUR).getUTCDay());
      expect(dayOf(m.time)).not.toBe("2026-03-05");
      expect(dayOf(m.time) <= "2026-03-20").toBe(true);
    }
  });

  it("open with the unit's poster page once the board is deployed; the digest links the board", () => {
    const board = "https://script.google.com/macros/s/AKfycbBOARD/exec";
    const ws = campaign({
      settings: withSettings({
        alamat_papan: board,
        email_pimpinan: "pimpinan@example.org",
        hari_ringkasan_pimpinan: "senin",
        jam_ringkasan_pimpinan: 10,
      }),
    });
    ws.advanceClock(3 * HOUR);
    const [opening] = lettersTo(ws, "b@example.org");
    // The first digest waits for the campaign's first full week: Monday 9 March.
    expect(ws.outbox.some((m) => m.to.includes("pimpinan@example.org"))).toBe(false);
    ws.advanceTo(Date.UTC(2026, 2, 9, 4, 0));
    expect(opening.body).toContain(
      `Poster A4 unit untuk dicetak dan dipasang, dengan kode QR formulir:\n${board}?unit=B`,
    );
    expect(opening.htmlBody).toContain(`href="${board}?unit=B"`);
    const digest = ws.outbox.find((m) => m.to.includes("pimpinan@example.org"));
    expect(digest?.body).toContain(`Papan kemajuan (diperbarui setiap 15 menit): ${board}`);
    // Without a board, no poster line.
    const plain = campaign();
    plain.advanceClock(2 * HOUR);
    expect(lettersTo(plain, "b@example.org")[0].body).not.toContain("Poster A4");
  });

  it("write a formal letter: Yth. Bapak/Ibu, Indonesian dates, the link as a button, the signature", () => {
    const ws = campaign();
    ws.advanceClock(2 * HOUR);
    const [b] = lettersTo(ws, "b@example.org");
    expect(b.body.startsWith("Yth. Bapak/Ibu Eko Pratama,\n\nDengan hormat,")).toBe(true);
    const [a] = lettersTo(ws, "a@example.org");
    expect(a.body.startsWith("Yth. Ibu Ani,")).toBe(true);
    expect(b.body).toContain("sampai 20 Maret 2026");
    expect(b.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(b.body).not.toMatch(/\bAnda\b/);
    expect(b.body).toMatch(
      /Hormat kami,\nDra\. Sri Wahyuni, M\.Si\.\nKepala Biro Organisasi\nSekretariat Daerah\nPemerintah Provinsi Contoh\n0271 123456$/,
    );
    // The form link is a button; its address is shown once (in the WhatsApp text to forward).
    const html = b.htmlBody ?? "";
    const link = /href="([^"]*viewform[^"]*)"/.exec(html)?.[1] ?? "";
    expect(link).toContain("viewform");
    const shown = html.replace(/<[^>]*>/g, " ");
    expect(shown.split(link).length - 1).toBe(1);
    // English by setting.
    const en = campaign({ settings: withSettings({ bahasa: "en" }) });
    en.advanceClock(2 * HOUR);
    const [e] = lettersTo(en, "b@example.org");
    expect(e.body.startsWith("Dear Eko Pratama,")).toBe(true);
    expect(e.body).toContain("until 20 March 2026");
  });
});

describe("Log Email", () => {
  it("keeps the decisions that matter: one line for a day without letters, none per unit for the rules", () => {
    const ws = campaign();
    ws.advanceClock(20 * DAY);
    const log = ws.values("Log Email").slice(1);
    const perUnitSkips = log.filter((r) => r[1] !== "" && r[6] === "dilewati");
    // Only Biro C, which has no address staff must add, once per working day.
    expect(new Set(perUnitSkips.map((r) => r[1]))).toEqual(new Set(["Biro C"]));
    const calendar = log.filter((r) => r[1] === "" && r[6] === "dilewati");
    // Saturday 7, Sunday 8, Saturday 14, Sunday 15, and the holiday on Thursday 5: one line each.
    expect(calendar.map((r) => r[7])).toEqual([
      "5 Maret 2026 bukan hari kerja: tidak ada surat",
      "7 Maret 2026 bukan hari kerja: tidak ada surat",
      "8 Maret 2026 bukan hari kerja: tidak ada surat",
      "14 Maret 2026 bukan hari kerja: tidak ada surat",
      "15 Maret 2026 bukan hari kerja: tidak ada surat",
    ]);
    // The campaign's end: one line, not one a day.
    expect(log.filter((r) => r[3] === "selesai")).toHaveLength(1);
  });
});

describe("the campaign's end", () => {
  it("closes the form, stops the letters, tells the admin once, and setup does not reopen it", () => {
    const ws = campaign();
    ws.advanceClock(19 * DAY); // Saturday 21 March
    const form = ws.linkedForm();
    expect(form?.accepting).toBe(false);
    const toAdmin = ws.outbox.filter((m) => m.to.includes("biro.organisasi@example.org"));
    const ended = toAdmin.filter(
      (m) => m.subject === "Survei BerAKHLAK Pemerintah Provinsi Contoh telah berakhir",
    );
    expect(ended).toHaveLength(1);
    expect(ended[0].body).toContain("Formulir sudah ditutup");
    const sent = ws.outbox.length;
    ws.advanceClock(10 * DAY);
    expect(ws.outbox.length).toBe(sent);
    setup(ws);
    expect(ws.linkedForm()?.accepting).toBe(false);
    // Staff extend the campaign: the next setup reopens it, and its new end is handled again.
    const r = ws.values("Pengaturan").findIndex((x) => x[0] === "tanggal_selesai");
    ws.edit("Pengaturan", r + 1, 2, [["10/04/2026"]]);
    setup(ws);
    expect(ws.linkedForm()?.accepting).toBe(true);
  });

  it("reopens the form it closed when staff move the end date later without setup: letters, board and form agree", () => {
    const ws = campaign();
    ws.deployWebApp();
    ws.advanceClock(19 * DAY); // Saturday 21 March: closed
    expect(ws.linkedForm()?.accepting).toBe(false);
    const r = ws.values("Pengaturan").findIndex((x) => x[0] === "tanggal_selesai");
    ws.edit("Pengaturan", r + 1, 2, [["10/04/2026"]]);
    ws.advanceClock(2 * HOUR);
    expect(ws.linkedForm()?.accepting).toBe(true);
    ws.advanceTo(Date.UTC(2026, 2, 23, 5, 0)); // Monday 23 March 12:00: letters again, to an open form
    const monday = ws.outbox.filter((m) => dayOf(m.time) === "2026-03-23" && m.to.includes("b@example.org"));
    expect(monday.length).toBeGreaterThan(0);
    expect(monday[0].body).not.toContain("sudah ditutup");
    expect(ws.webGet().html).toContain("Survei ditutup 10 April 2026: 19 hari lagi");
    expect(ws.values("Log Email").some((x) => String(x[7]).includes("dibuka kembali"))).toBe(true);
  });

  it("a unit deactivated, then reactivated without Perbarui Formulir, gets its letters and board page again", () => {
    const ws = campaign();
    ws.deployWebApp();
    const row = ws.values("Unit Kerja").findIndex((x) => x[0] === "B") + 1;
    ws.edit("Unit Kerja", row, 8, [["tidak"]]);
    ws.advanceClock(HOUR);
    ws.edit("Unit Kerja", row, 8, [["ya"]]);
    ws.advanceClock(3 * HOUR); // Monday 11:00: the opening letters
    expect(lettersTo(ws, "b@example.org")).toHaveLength(1);
    expect(ws.values("Log Email").some((x) => String(x[7]).includes("belum ada di formulir"))).toBe(false);
    expect(ws.webGet({ unit: "B" }).html).toContain("Biro B");
    menu(ws, "menuHealth");
    expect(ws.uiLog.at(-1)?.html).not.toContain("Unit yang belum ada di formulir");
  });

  it("keeps the form open when tutup_formulir_setelah_selesai is tidak, and says so", () => {
    const ws = campaign({ settings: withSettings({ tutup_formulir_setelah_selesai: "tidak" }) });
    ws.advanceClock(19 * DAY);
    expect(ws.linkedForm()?.accepting).toBe(true);
    const ended = ws.outbox.find((m) => m.subject.endsWith("telah berakhir"));
    expect(ended?.body).toContain("Formulir tetap dibuka");
  });
});

describe("postponed letters", () => {
  it("go first next run, even when that run's quota runs short again", () => {
    const units = ["A", "B", "C", "D", "E"].map((c) => [
      c,
      `Biro ${c}`,
      `Ibu ${c}`,
      `${c.toLowerCase()}@example.org`,
      "",
      40,
      10,
      "ya",
    ]);
    // A quota of 2 recipients a day, used up by the letters: the admin's summary waits each day.
    const ws = campaign({
      units,
      settings: withSettings({ jeda_pengingat_hari: 0, maks_pengingat_per_minggu: 5 }),
      mailQuota: 2,
    });
    ws.advanceClock(2 * HOUR); // Monday: A and B; C, D, E wait
    ws.advanceClock(DAY); // Tuesday: C and D (waiting since Monday); E, still waiting, and A, B wait
    ws.advanceClock(DAY); // Wednesday: E first (waiting since Monday), then A
    const byDay = (d: string) =>
      ws.outbox
        .filter((m) => dayOf(m.time) === d && m.to[0] !== "biro.organisasi@example.org")
        .map((m) => m.to[0][0].toUpperCase());
    expect(byDay("2026-03-02")).toEqual(["A", "B"]);
    expect(byDay("2026-03-03")).toEqual(["C", "D"]);
    expect(byDay("2026-03-04")).toEqual(["E", "A"]);
  });

  it("of every kind go first at the default spacing: an opening letter and a thank-you wait one working day, no more", () => {
    const units = ["A", "B", "C", "D"].map((c) => [
      c,
      `Biro ${c}`,
      `Ibu ${c}`,
      `${c.toLowerCase()}@example.org`,
      "",
      40,
      2,
      "ya",
    ]);
    const ws = campaign({ units, settings: withSettings({ maks_pengingat_per_minggu: 5 }), mailQuota: 2 });
    ws.advanceClock(2 * HOUR); // Monday: two opening letters; two wait
    const first = ws.outbox.filter((m) => m.to[0] !== "biro.organisasi@example.org").map((m) => m.to[0][0]);
    expect(first).toHaveLength(2);
    // One of those reaches its quota on Monday: its thank-you is due on Tuesday too.
    submit(ws, `Biro ${first[0].toUpperCase()} (${first[0].toUpperCase()})`, 2);
    ws.advanceClock(DAY); // Tuesday: the two opening letters that waited
    ws.advanceClock(DAY); // Wednesday: the thank-you, postponed on Tuesday, first
    const letters = (d: string) =>
      ws.outbox
        .filter((m) => dayOf(m.time) === d && m.to[0] !== "biro.organisasi@example.org")
        .map(
          (m) =>
            `${m.to[0][0].toUpperCase()}:${m.subject.includes("Terima kasih") ? "terima kasih" : m.subject.includes("dibuka") ? "pembukaan" : "lain"}`,
        );
    const waited = ["A", "B", "C", "D"].filter((c) => !first.includes(c.toLowerCase()));
    expect(letters("2026-03-03")).toEqual(waited.map((c) => `${c}:pembukaan`));
    expect(letters("2026-03-04")[0]).toBe(`${first[0].toUpperCase()}:terima kasih`);
  });
});

/** Letters per unit per day, from the outbox. */
function perUnitDay(ws: Workspace): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of ws.outbox) {
    if (m.to.includes("biro.organisasi@example.org")) continue;
    const k = `${m.to[0]}|${dayOf(m.time)}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe("at most one letter a day", () => {
  const units = Array.from({ length: 6 }, (_, i) => [
    `U${i}`,
    `Unit ${i}`,
    `Ibu ${i}`,
    `u${i}@example.org`,
    "",
    40,
    10,
    "ya",
  ]);

  /** The calls of Monday's 09:00 hourly run on a clean campaign. */
  function cleanRunCalls(): number {
    const ws = campaign({ units });
    ws.advanceClock(HOUR - 60_000); // 08:59
    ws.advanceClock(HOUR); // the 09:00 run sends the opening letters
    const run = ws.executions.filter((e) => e.fn === "hourlyCatchUpTrigger").at(-1);
    expect(ws.outbox.filter((m) => !m.to.includes("biro.organisasi@example.org"))).toHaveLength(6);
    return run?.calls ?? 0;
  }

  heavy.each(["crash", "send then stop"] as const)(
    "holds when the run dies at any call (%s), then Kirim Pengingat Sekarang and the next runs",
    (fault) => {
      const calls = cleanRunCalls();
      expect(calls).toBeGreaterThan(20);
      for (let k = 1; k <= calls; k++) {
        const ws = campaign({ units });
        ws.advanceClock(HOUR - 60_000);
        (fault === "crash" ? ws.faults.crashAtCall : ws.faults.stopAfterCall).push(k);
        ws.advanceClock(HOUR);
        ws.faults.crashAtCall.length = 0;
        ws.faults.stopAfterCall.length = 0;
        menu(ws, "menuSendReminders");
        ws.advanceClock(6 * HOUR);
        const counts = perUnitDay(ws);
        for (const [key, n] of counts)
          if (n > 1) throw new Error(`${fault} at call ${k}: ${key} got ${n} letters`);
        // Every unit got its letter, or is logged as "tidak pasti" (the crash fell between mark and send).
        const log = ws.values("Log Email").slice(1);
        for (const u of units) {
          const got = counts.get(`${u[3]}|2026-03-02`) ?? 0;
          const rows = log.filter((r) => r[1] === u[1]);
          const sentRows = rows.filter((r) => r[6] === "terkirim").length;
          const unsure = rows.filter((r) => r[6] === "tidak pasti").length;
          if (got === 1 && sentRows + unsure < 1)
            throw new Error(`${fault} at call ${k}: ${u[1]}'s letter not logged`);
          if (got === 0 && unsure !== 1)
            throw new Error(`${fault} at call ${k}: ${u[1]} neither sent nor logged tidak pasti`);
        }
      }
    },
  );

  it("holds under the 6-minute limit at the google latency profile: a cut run continues in the next", () => {
    const many = Array.from({ length: 900 }, (_, i) => [
      `K${i}`,
      `Kantor ${i}`,
      `Ibu ${i}`,
      `k${i}@example.org`,
      "",
      40,
      10,
      "ya",
    ]);
    const ws = campaign({ units: many, mailQuota: 1500 });
    ws.variants.latency = "google";
    ws.advanceClock(HOUR - 60_000);
    ws.advanceClock(HOUR); // 09:00: the run stops short of the limit
    // The run stopped itself before Google's limit would have (no execution was killed).
    expect(ws.executions.filter((e) => e.timedOut)).toEqual([]);
    const first = ws.outbox.length;
    expect(first).toBeGreaterThan(100);
    expect(first).toBeLessThan(900);
    ws.advanceClock(3 * HOUR); // 10:00 and 11:00 continue
    const counts = perUnitDay(ws);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(900);
    const log = ws.values("Log Email").slice(1);
    expect(log.filter((r) => r[3] === "pembukaan" && r[6] === "terkirim")).toHaveLength(900);
  });
});

describe("the weekly leadership digest", () => {
  it("goes on the set weekday and hour to its recipients: progress, ranking, the furthest behind with their heads, the week's change", () => {
    const ws = campaign({
      settings: withSettings({
        email_pimpinan: "pimpinan@example.org, sekda@example.org",
        hari_ringkasan_pimpinan: "rabu",
        jam_ringkasan_pimpinan: 10,
      }),
    });
    ws.advanceClock(DAY); // Tuesday
    submit(ws, "Biro A (A)", 2);
    ws.advanceClock(DAY + 3 * HOUR); // Wednesday 4 March 11:00: day 3, no digest yet
    expect(ws.outbox.some((m) => m.to.includes("pimpinan@example.org"))).toBe(false);
    ws.advanceClock(7 * DAY); // Wednesday 11 March 11:00: the first, after a full week
    submit(ws, "Biro B (B)", 4, 5);
    ws.advanceClock(7 * DAY); // Wednesday 18 March 11:00: the second
    const digests = ws.outbox.filter((m) => m.to.includes("pimpinan@example.org"));
    expect(digests.map((m) => dayOf(m.time))).toEqual(["2026-03-11", "2026-03-18"]);
    expect(digests[0].to).toEqual(["pimpinan@example.org", "sekda@example.org"]);
    expect(Number(new Date(digests[0].time + 7 * HOUR).getUTCHours())).toBeGreaterThanOrEqual(10);
    const [first, second] = digests;
    expect(first.subject).toBe(
      "Ringkasan mingguan Survei BerAKHLAK Pemerintah Provinsi Contoh: 2 dari 18 responden (11%)",
    );
    expect(first.body).toContain("Ini ringkasan mingguan pertama.");
    // The furthest behind, with their heads; the ranking with each unit's count.
    expect(first.body).toContain("Biro B: 0/10 (0%) \u2013 Eko Pratama");
    expect(first.body).toMatch(/1\. Biro A: 2\/3 \(66%\)\n2\. Biro B: 0\/10 \(0%\)\n3\. Biro C: 0\/5 \(0%\)/);
    expect(second.body).toContain("Bertambah 4 responden sejak ringkasan 11 Maret 2026.");
    expect(second.body).toContain("Biro B: 4/10 (40%), +4");
    expect(ws.values("Log Email").filter((r) => r[3] === "ringkasan pimpinan")).toHaveLength(2);
  });

  it("held back by a short mail quota, goes out once with the next run that can send it, said once in Log Email", () => {
    const ws = campaign({
      settings: withSettings({
        email_pimpinan: "pimpinan@example.org, sekda@example.org",
        hari_ringkasan_pimpinan: "rabu",
        jam_ringkasan_pimpinan: 10,
      }),
    });
    ws.advanceTo(Date.UTC(2026, 2, 10, 17, 0)); // Wednesday 11 March 00:00
    ws.mailQuota = 1;
    ws.advanceTo(Date.UTC(2026, 2, 11, 17, 30)); // the whole Wednesday, every hourly run, to Thursday 00:30
    const digests = () => ws.outbox.filter((m) => m.to.includes("pimpinan@example.org"));
    expect(digests()).toHaveLength(0);
    ws.mailQuota = 100;
    ws.advanceTo(Date.UTC(2026, 2, 12, 4, 0)); // Thursday 11:00
    expect(digests().map((m) => dayOf(m.time))).toEqual(["2026-03-12"]);
    const log = ws.values("Log Email").filter((r) => r[3] === "ringkasan pimpinan");
    expect(log.map((r) => r[6])).toEqual(["ditunda", "terkirim"]);
    ws.advanceTo(Date.UTC(2026, 2, 13, 4, 0));
    expect(digests()).toHaveLength(1);
  });
});
