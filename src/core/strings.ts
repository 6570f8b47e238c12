/**
 * Every text a user reads, in Indonesian (default) and English. Nothing user-facing is written
 * as a literal anywhere else: add the key here, in both languages.
 */

export type Lang = "id" | "en";

export const LANGS: readonly Lang[] = ["id", "en"];

const id = {
  menuTitle: "BerAKHLAK",
  menuSetup: "Siapkan Survei",
  menuUpdateForm: "Perbarui Formulir",
  menuRecompute: "Hitung Ulang Skor",
  menuDashboard: "Perbarui Dasbor",
  menuPreviewReminders: "Pratinjau Pengingat",
  menuSendReminders: "Kirim Pengingat Sekarang",
  menuHealth: "Periksa Kesehatan",
  menuHelp: "Bantuan",
  helpTitle: "Bantuan Survei Indeks BerAKHLAK",
  helpBody:
    "Gunakan menu BerAKHLAK: mulai dengan \u201cSiapkan Survei\u201d, isi tab Pengaturan dan Unit Kerja, lalu jalankan lagi. Panduan lengkap ada di README proyek.",
  notReady: "Fitur ini belum tersedia pada versi ini.",
};

export type Strings = { readonly [K in keyof typeof id]: string };

const en: Strings = {
  menuTitle: "BerAKHLAK",
  menuSetup: "Set up survey",
  menuUpdateForm: "Update form",
  menuRecompute: "Recompute scores",
  menuDashboard: "Refresh dashboard",
  menuPreviewReminders: "Preview reminders",
  menuSendReminders: "Send reminders now",
  menuHealth: "Health check",
  menuHelp: "Help",
  helpTitle: "BerAKHLAK Index Survey help",
  helpBody:
    "Use the BerAKHLAK menu: start with \u201cSet up survey\u201d, fill in the Pengaturan (settings) and Unit Kerja (units) tabs, then run it again. The full guide is in the project README.",
  notReady: "This feature is not available in this version yet.",
};

const TABLES: Record<Lang, Strings> = { id, en };

/** The strings for a language; anything that is not a known language falls back to Indonesian. */
export function strings(lang: string | undefined): Strings {
  return lang === "en" ? TABLES.en : TABLES.id;
}

/** Parses a language setting ("id", "en", case and spaces ignored); undefined when it is neither. */
export function parseLang(value: unknown): Lang | undefined {
  const v = String(value ?? "")
    .trim()
    .toLowerCase();
  return v === "id" || v === "en" ? v : undefined;
}
