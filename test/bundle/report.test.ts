/**
 * Laporan Pimpinan through the built bundle (issue "From scores to action", item 2): a report of
 * the latest release, never of live data, with every section, its numbers those of the release's
 * Hasil tab, the weakest behaviours with their suggestions, and the change against Riwayat.
 */
import { answersFor, rng } from "../../local/respondents";
import { campaign, menu } from "./fixtures";

const CHOICES = ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"];
const text = (html: string) =>
  html
    .replace(/<style>.*?<\/style>/s, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))
    .replace(/\s+/g, " ");
const id1 = (v: unknown) => (typeof v === "number" ? v.toFixed(1).replace(".", ",") : String(v));

function released() {
  const ws = campaign([
    ["tahun", 2026],
    ["tanggal_mulai", "2026-03-02"],
    ["tanggal_selesai", "2026-03-06"],
    // Kept open after the end, so that answers can still arrive after the release.
    ["tutup_formulir_setelah_selesai", "tidak"],
  ]);
  ws.typeInto("Riwayat", [
    ["tahun", "kode unit", "BP", "AK", "KO", "HA", "LO", "AD", "KL"],
    [2025, "", 55, 56, 57, 58, 59, 60, 61],
    [2025, "RS", 50, 50, 50, 50, 50, 50, 50],
  ]);
  const rand = rng(31);
  // Biro Umum 3 (under the minimum: its scores hidden, and one more unit's to protect it), 12, 15.
  const plan = [...Array(3).fill(CHOICES[0]), ...Array(12).fill(CHOICES[1]), ...Array(15).fill(CHOICES[2])];
  for (const unit of plan) ws.submit(answersFor(rand, { unit, means: { AD: 2.2 } }));
  // During the campaign a release carries participation only: the report says scores come later.
  menu(ws, "menuPublish");
  menu(ws, "menuReport");
  const during = ws.uiLog.at(-1)?.html ?? "";
  // After the end date the hourly run makes the score release.
  ws.advanceTo(new Date("2026-03-07T09:30:00+07:00"));
  return { ws, rand, during };
}

describe("Laporan Pimpinan", () => {
  it("reports the latest release: every section, the release's numbers, the weakest behaviours, the change", () => {
    const { ws, rand, during } = released();
    expect(text(during)).toContain("Rilis ini memuat partisipasi saja");
    expect(text(during)).not.toContain("Tujuh nilai BerAKHLAK");
    const hasil = ws.values("Hasil");
    // More answers arrive after the release: the report does not show them.
    for (let i = 0; i < 6; i++) ws.submit(answersFor(rand, { unit: CHOICES[0] }));
    menu(ws, "menuReport");
    const dialog = ws.uiLog.at(-1);
    expect(dialog?.kind).toBe("dialog");
    const html = dialog?.html ?? "";
    const body = text(html);
    for (const heading of [
      "Laporan Pimpinan: Survei Indeks BerAKHLAK 2026",
      "Pemerintah Provinsi Contoh",
      "Periode survei 2 Maret 2026 \u2013 6 Maret 2026",
      "Berdasarkan rilis hasil ke-2",
      "Ringkasan",
      "Partisipasi per unit kerja",
      "Tujuh nilai BerAKHLAK",
      "Perilaku yang perlu diperkuat",
      "Perubahan dibanding tahun sebelumnya",
      "Metode dan aturan anonimitas",
    ])
      expect(body).toContain(heading);
    // The release's numbers: the total (30, not 36) and index, each unit's count and quota.
    const total = hasil.find((r) => r[0] === "Instansi") ?? [];
    expect(body).toContain(`Responden valid / kuota ${total[3]} / ${total[4]}`);
    expect(total[3]).toBe(30);
    expect(body).toContain(`Indeks BerAKHLAK ${id1(total[6])}`);
    for (const r of hasil.filter((x) => x[0] === "Unit kerja"))
      expect(body).toContain(`${r[1]} ${r[2]} ${r[3]} ${r[4]}`);
    // The seven values as released, in the table and the chart.
    for (let i = 0; i < 7; i++) expect(body).toContain(id1(total[8 + i]));
    expect(html).toContain("<svg");
    // The three weakest behaviours of the release's behaviour section, each with its suggestion.
    const beh = hasil.filter((r) => r[0] === "Perilaku (instansi)" && typeof r[6] === "number");
    expect(beh).toHaveLength(21);
    const weakest = [...beh].sort((a, b) => (a[6] as number) - (b[6] as number)).slice(0, 3);
    for (const w of weakest) expect(body).toContain(`${w[1]} ${w[2]}`);
    expect(body.match(/Saran tindakan:/g)).toHaveLength(3);
    // The change against 2025, per value and for a unit with a Riwayat row.
    expect(body).toContain("Dibanding hasil 2025 dari tab Riwayat");
    const rs = hasil.find((r) => r[1] === "RS") ?? [];
    if (typeof rs[6] === "number") expect(body).toContain(`RSUD Provinsi 50,0 ${id1(rs[6])}`);
    expect(body).toContain("kurang dari 5 orang tidak pernah ditampilkan");
    // A unit the release hides stays hidden in the report.
    expect(body).toContain("BU Biro Umum 3 37 8% n < 5");
  });

  it("before any release says to publish first; in English by setting", () => {
    const ws = campaign([["bahasa", "en"]]);
    menu(ws, "menuReport");
    expect(ws.uiLog.at(-1)?.message).toMatch(/^No results release yet/);
  });
});
