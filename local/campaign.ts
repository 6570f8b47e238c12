/**
 * The local run's campaign: a synthetic province (clearly labelled synthetic) played through the
 * bundle on the emulation, only through the entry points a user or trigger uses: setup, form
 * submissions day by day, the daily reminders and hourly catch-up as the clock advances, the
 * dashboard. Seeded: every run is identical.
 */
import { type ExecutionRecord, Workspace } from "./index";
import { answersFor, nipAsWritten, rng } from "./respondents";
import { choiceOf, type SampleUnit, syntheticUnits, unitRows } from "./sample";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2 March 2026, 07:00 WIB. */
export const SAMPLE_START = Date.UTC(2026, 2, 2, 0, 0, 0);

export const SAMPLE_SETTINGS: unknown[][] = [
  ["kunci", "nilai", "keterangan"],
  ["nama_instansi", "Pemerintah Provinsi Contoh (data sintetis)"],
  ["judul_survei", "Survei Indeks BerAKHLAK 2026"],
  ["tahun", 2026],
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-27"],
  ["hari_libur", "2026-03-19, 2026-03-20"],
  ["metode_kuota", "slovin"],
  ["margin_error", 0.1],
  ["kumpulkan_nip", "ya"],
  ["jam_pengingat", 8],
  ["jeda_pengingat_hari", 3],
  ["maks_pengingat_per_minggu", 2],
  ["eskalasi_setelah", 2],
  ["email_eskalasi", "sekretaris.daerah@example.org"],
  ["nama_eskalasi", "Sekretaris Daerah"],
  ["email_admin", "biro.organisasi@example.org"],
  ["ttd_nama", "Dra. Sri Wahyuni, M.Si."],
  ["ttd_kontak", "Biro Organisasi, telepon (0271) 123456"],
  ["email_pimpinan", "sekretaris.daerah@example.org"],
];

/** How keen each unit is: most answer steadily, a few lag far behind their quota. */
function keenness(u: SampleUnit, rand: () => number): number {
  if (["DISPORA", "KESBANGPOL", "DPMPTSP", "DISHUB"].includes(u.code)) return 0.15 + rand() * 0.1;
  return 0.55 + rand() * 0.6;
}

/** Value means: the values differ, some clearly weaker (Adaptif, Kolaboratif) than others. */
function meansFor(rand: () => number): Record<string, number> {
  const base = 3.2 + rand() * 0.8;
  return {
    BP: base + 0.35,
    AK: base + 0.45,
    KO: base + 0.1,
    HA: base + 0.3,
    LO: base + 0.6,
    AD: base - 0.45,
    KL: base - 0.3,
    EB: base + 0.2,
  };
}

export interface CampaignResult {
  readonly ws: Workspace;
  readonly submitted: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly failures: ExecutionRecord[];
}

/** Plays the four-week synthetic campaign. */
export function runSampleCampaign(seed = 2026): CampaignResult {
  const rand = rng(seed);
  const units = syntheticUnits();
  const ws = new Workspace({
    start: new Date(SAMPLE_START),
    spreadsheetName: "Survei Indeks BerAKHLAK 2026 (contoh sintetis)",
    tabs: { Pengaturan: SAMPLE_SETTINGS, "Unit Kerja": unitRows(units) },
    seed,
  });
  ws.open();
  // The bureau deploys the board first (README), so that the opening letters carry each unit's poster.
  const board = ws.deployWebApp();
  ws.typeInto("Pengaturan", [["alamat_papan", board]], SAMPLE_SETTINGS.length + 1);
  // Last year's results, typed into Riwayat by the bureau (the change shows on Dasbor and in the report).
  ws.typeInto("Riwayat", [
    ["tahun", "kode unit", "BP", "AK", "KO", "HA", "LO", "AD", "KL"],
    [2025, "", 71.2, 74.0, 66.5, 70.8, 78.1, 51.3, 56.0],
    [2025, "DISDIK", 69.0, 72.5, 64.0, 70.1, 77.0, 50.2, 55.1],
    [2025, "RSUD", 72.4, 75.3, 68.8, 71.9, 79.6, 52.0, 57.5],
  ]);
  const setup = ws.clickMenu("Siapkan Survei");
  if (setup.error) throw new Error(`setup failed: ${setup.error}`);
  const quotaOf = (u: SampleUnit) => Math.ceil(u.headcount / (1 + u.headcount * 0.01));
  const keen = new Map(units.map((u) => [u.code, keenness(u, rand)]));
  const means = new Map(units.map((u) => [u.code, meansFor(rand)]));
  // Nobody answers twice as a new person: at most the share of a unit's staff who are willing
  // (between half and nine tenths) ever answer; repeats aside, no unit exceeds its headcount.
  const ceiling = new Map(units.map((u) => [u.code, Math.floor(u.headcount * (0.5 + rand() * 0.4))]));
  const answered = new Map<string, number>();
  const remindedAt = new Map<string, number>();
  let submitted = 0;
  let invalid = 0;
  let duplicates = 0;
  let nip = 0;
  const nips: string[] = [];
  for (let day = 0; day < 26; day++) {
    const dayStart = SAMPLE_START + day * DAY;
    const dow = new Date(dayStart + 7 * HOUR).getUTCDay();
    if (day === 14) {
      // Mid-campaign, staff publish the results for a leadership meeting; the campaign's end makes
      // the final release, compared with this one.
      if (ws.now() < dayStart + 2 * HOUR) ws.advanceTo(dayStart + 2 * HOUR);
      const published = ws.clickMenu("Terbitkan Hasil");
      if (published.error) throw new Error(`release failed: ${published.error}`);
    }
    // Who was reminded lately answers in a burst over the next days.
    for (const m of ws.outbox) {
      const unit = units.find((u) => m.to.includes(u.email));
      if (unit && !remindedAt.has(`${unit.code}@${m.time}`)) remindedAt.set(`${unit.code}@${m.time}`, m.time);
    }
    const arrivals: { at: number; unit: SampleUnit }[] = [];
    for (const u of units) {
      const quota = quotaOf(u);
      const recent = [...remindedAt.entries()].some(
        ([k, t]) => k.startsWith(`${u.code}@`) && dayStart - t < 3 * DAY && dayStart >= t,
      );
      const weekend = dow === 0 || dow === 6;
      const rate =
        ((quota * 1.02) / 18) *
        (keen.get(u.code) ?? 1) *
        (recent ? 2.2 : 1) *
        (weekend ? 0.15 : 1) *
        (day > 20 ? 0.6 : 1);
      const room = (ceiling.get(u.code) ?? 0) - (answered.get(u.code) ?? 0);
      const n = Math.max(0, Math.min(room, Math.floor(rate + rand())));
      answered.set(u.code, (answered.get(u.code) ?? 0) + n);
      for (let i = 0; i < n; i++)
        arrivals.push({ at: dayStart + 1 * HOUR + Math.floor(rand() * 13 * HOUR), unit: u });
    }
    arrivals.sort((a, b) => a.at - b.at);
    for (const a of arrivals) {
      if (a.at > ws.now()) ws.advanceTo(a.at);
      const repeat = nips.length > 0 && rand() < 0.012;
      const thisNip = repeat
        ? nips[Math.floor(rand() * nips.length)]
        : `1988${String(100000000000000 + nip++).slice(1)}`;
      if (!repeat) nips.push(thisNip);
      else duplicates++;
      const answers = answersFor(rand, {
        unit: choiceOf(a.unit),
        means: means.get(a.unit.code),
        nip: nipAsWritten(thisNip),
      });
      if (rand() < 0.006) {
        // A respondent who skipped a row of a grid (possible only through an old pre-filled link).
        const grid = Object.keys(answers).find((k) => typeof answers[k] === "object") as string;
        const rows = answers[grid] as Record<string, string>;
        delete rows[Object.keys(rows)[0]];
        ws.submit(answers, { validate: false });
        invalid++;
      } else ws.submit(answers);
      submitted++;
    }
  }
  ws.advanceTo(SAMPLE_START + 26 * DAY + 2 * HOUR);
  const refresh = ws.clickMenu("Perbarui Dasbor");
  if (refresh.error) throw new Error(`dashboard failed: ${refresh.error}`);
  ws.clickMenu("Periksa Kesehatan");
  return { ws, submitted, invalid, duplicates, failures: ws.executions.filter((e) => e.error) };
}
