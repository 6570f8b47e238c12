/**
 * Riwayat, earlier years' results typed by staff, checked like the other tabs (issue "From scores
 * to action", item 4): every problem is listed with its row by the health check, and only sound
 * rows reach the dashboard's change against the latest earlier year.
 */
import { answersFor, rng } from "../../local/respondents";
import { campaign, menu } from "./fixtures";

const HEADER = ["tahun", "kode unit", "BP", "AK", "KO", "HA", "LO", "AD", "KL"];
const scores = (base: number) => [base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6];

function healthLines(ws: ReturnType<typeof campaign>): string[] {
  menu(ws, "menuHealth");
  const html = ws.uiLog.at(-1)?.html ?? "";
  return [...html.matchAll(/<tr><td[^>]*>[^<]*<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) =>
    m[1].replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c))),
  );
}

describe("Riwayat", () => {
  it("lists every row it cannot use, with its row; the dashboard uses the sound rows only", () => {
    const ws = campaign([["tahun", 2026]]);
    ws.typeInto("Riwayat", [
      HEADER,
      [2025, "", ...scores(60)],
      [2025, "BU", ...scores(50)],
      ["dua ribu", "", ...scores(60)],
      [2026, "", ...scores(90)],
      [2025, "XX", ...scores(60)],
      [2025, "DIK", "tujuh puluh", ...scores(61).slice(1)],
      [2025, "BU", ...scores(40)],
      [2024, "RS"],
      [2024, "RS", 101, "", "", "", "", "", ""],
    ]);
    const rand = rng(3);
    for (let i = 0; i < 12; i++) ws.submit(answersFor(rand, { unit: "Biro Umum (BU)" }));
    menu(ws, "menuDashboard");
    const lines = healthLines(ws);
    const riwayat = lines.filter((l) => l.startsWith("Riwayat"));
    expect(riwayat).toEqual([
      "Riwayat: 7 baris tidak dipakai sampai diperbaiki",
      "Riwayat baris 4: tahun \u201cdua ribu\u201d tidak sah; tulis tahunnya, misalnya 2025.",
      "Riwayat baris 5: tahun 2026 bukan tahun sebelumnya (survei ini tahun 2026); Riwayat hanya berisi hasil tahun-tahun lalu.",
      "Riwayat baris 6: kode unit \u201cXX\u201d tidak ada di Unit Kerja; perbaiki kodenya, atau kosongkan untuk seluruh instansi.",
      "Riwayat baris 7: skor BP \u201ctujuh puluh\u201d harus angka 0 sampai 100 (atau kosong).",
      "Riwayat baris 8: tahun 2025 untuk unit BU sudah ada di baris 3; hapus salah satunya.",
      "Riwayat baris 9: tidak ada skor nilai sama sekali.",
      "Riwayat baris 10: skor BP \u201c101\u201d harus angka 0 sampai 100 (atau kosong).",
      "Riwayat baris 10: tahun 2024 untuk unit RS sudah ada di baris 9; hapus salah satunya.",
    ]);
    // The change is against 2025 (the 2026 row is refused), from the sound rows.
    const dash = ws.values("Dasbor");
    expect(dash.flat()).toContain("Perubahan sejak 2025");
    // A Riwayat without problems says so.
    ws.deleteTab("Riwayat");
    ws.typeInto("Riwayat", [HEADER, [2025, "", ...scores(60)]]);
    expect(healthLines(ws)).toContain("Riwayat sah: 1 baris hasil tahun-tahun lalu");
  });
});
