/**
 * Every setting of Pengaturan defined once: its key as staff see it, its type and default, and the
 * parsed settings' shape. Help texts live in the strings module (SETTING_HELP), keyed by the same
 * keys; parsing and checking are in settings.ts.
 */
import type { Lang } from "../text/strings";
import type { QuotaMethod } from "./quota";

/**
 * The smallest minimum group size a Sheet may use (INSTRUMENT.md): below it hiding small groups
 * protects no one. A lower value in an existing Sheet is raised to it, with a note.
 */
export const MIN_GROUP_FLOOR = 3;

/** The setting of the minimum group size. */
export const MIN_GROUP_KEY = "ukuran_kelompok_minimum";

/** The weekly ceiling of reminders per unit (version 2's `maks_pengingat` was a campaign total). */
export const WEEKLY_MAX_KEY = "maks_pengingat_per_minggu";

/** Version 2's campaign total of reminders per unit, migrated to the weekly ceiling. */
export const LEGACY_MAX_KEY = "maks_pengingat";

/**
 * The weekly ceiling that keeps an earlier Sheet's campaign total's intent: the total spread over
 * the period's weeks, rounded up (5 over four weeks is 2 a week), at least 1 unless it was 0.
 */
export function weeklyFromTotal(total: number, startDate: string, endDate: string): number {
  if (!(total > 0)) return 0;
  const days =
    startDate && endDate
      ? (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000 + 1
      : 28;
  const weeks = Math.max(1, Math.ceil(days / 7));
  return Math.min(5, Math.max(1, Math.ceil(total / weeks)));
}

/** Working days as staff write them, to their ISO number (Monday 1). */
const WEEKDAYS: Readonly<Record<string, string>> = {
  senin: "1",
  monday: "1",
  selasa: "2",
  tuesday: "2",
  rabu: "3",
  wednesday: "3",
  kamis: "4",
  thursday: "4",
  jumat: "5",
  "jum'at": "5",
  friday: "5",
};

export type SettingType =
  | "emails"
  | "url"
  | "text"
  | "int"
  | "number"
  | "bool"
  | "date"
  | "dates"
  | "email"
  | "enum"
  | "template";

export interface SettingDef {
  readonly key: string;
  readonly type: SettingType;
  /** The default as written into the tab; "" for none. Templates default to the language's text. */
  readonly default: string | number | boolean;
  readonly min?: number;
  readonly max?: number;
  /** For enums: the accepted words (Indonesian first) and what each means. */
  readonly choices?: Readonly<Record<string, string>>;
  /** For texts: lines are kept (otherwise a text is one line, its line breaks read as spaces). */
  readonly multiline?: true;
}

export const SETTINGS: readonly SettingDef[] = [
  { key: "bahasa", type: "enum", default: "id", choices: { id: "id", en: "en" } },
  { key: "nama_instansi", type: "text", default: "Pemerintah Provinsi Contoh" },
  { key: "judul_survei", type: "text", default: "Survei Indeks BerAKHLAK" },
  { key: "deskripsi_survei", type: "text", default: "", multiline: true },
  { key: "tahun", type: "int", default: 2026, min: 2000, max: 2100 },
  { key: "tanggal_mulai", type: "date", default: "" },
  { key: "tanggal_selesai", type: "date", default: "" },
  { key: "skala", type: "int", default: 5, min: 4, max: 7 },
  {
    key: "metode_kuota",
    type: "enum",
    default: "slovin",
    choices: {
      manual: "manual",
      slovin: "slovin",
      persen: "percent",
      percent: "percent",
      alokasi: "allocate",
      allocate: "allocate",
    },
  },
  { key: "margin_error", type: "number", default: 0.05 },
  { key: "persen_kuota", type: "number", default: 0.3 },
  { key: "target_total", type: "int", default: 0, min: 0 },
  { key: "kumpulkan_nip", type: "bool", default: false },
  { key: "tanya_jenis_kepegawaian", type: "bool", default: true },
  { key: "tanya_jenis_jabatan", type: "bool", default: true },
  {
    key: "kebijakan_duplikat",
    type: "enum",
    default: "terbaru",
    choices: { terbaru: "latest", latest: "latest", pertama: "first", first: "first" },
  },
  { key: MIN_GROUP_KEY, type: "int", default: 5, min: MIN_GROUP_FLOOR, max: 100 },
  { key: "ambang_mendekati", type: "int", default: 75, min: 1, max: 99 },
  { key: "batas_sehat", type: "number", default: 75, min: 0, max: 100 },
  { key: "batas_cukup_sehat", type: "number", default: 50, min: 0, max: 100 },
  { key: "batas_tidak_sehat", type: "number", default: 25, min: 0, max: 100 },
  { key: "jam_pengingat", type: "int", default: 8, min: 0, max: 23 },
  { key: "jeda_pengingat_hari", type: "int", default: 2, min: 0, max: 60 },
  { key: WEEKLY_MAX_KEY, type: "int", default: 2, min: 0, max: 5 },
  { key: "hari_segera_ditutup", type: "int", default: 5, min: 0, max: 30 },
  { key: "ambang_eskalasi", type: "int", default: 50, min: 0, max: 99 },
  { key: "eskalasi_setelah", type: "int", default: 3, min: 0, max: 100 },
  { key: "eskalasi_sisa_hari", type: "int", default: 5, min: 0, max: 60 },
  { key: "email_eskalasi", type: "email", default: "" },
  { key: "nama_eskalasi", type: "text", default: "Sekretaris Daerah" },
  { key: "email_admin", type: "email", default: "" },
  { key: "hari_libur", type: "dates", default: "" },
  { key: "tutup_formulir_setelah_selesai", type: "bool", default: true },
  { key: "ttd_nama", type: "text", default: "" },
  { key: "ttd_jabatan", type: "text", default: "Kepala Biro Organisasi" },
  { key: "ttd_biro", type: "text", default: "Sekretariat Daerah" },
  { key: "ttd_kontak", type: "text", default: "" },
  { key: "email_pimpinan", type: "emails", default: "" },
  { key: "alamat_papan", type: "url", default: "" },
  { key: "hari_ringkasan_pimpinan", type: "enum", default: "senin", choices: WEEKDAYS },
  { key: "jam_ringkasan_pimpinan", type: "int", default: 9, min: 0, max: 23 },
  { key: "subjek_pengingat", type: "template", default: "" },
  { key: "isi_pengingat", type: "template", default: "" },
  { key: "teks_whatsapp", type: "template", default: "" },
];

export type SettingKey = (typeof SETTINGS)[number]["key"];

export interface Settings {
  readonly language: Lang;
  readonly instansi: string;
  readonly surveyTitle: string;
  readonly surveyDescription: string;
  readonly year: number;
  /** Calendar dates as yyyy-MM-dd in the script's time zone; "" when not set. */
  readonly startDate: string;
  readonly endDate: string;
  readonly scalePoints: number;
  readonly quotaMethod: QuotaMethod;
  readonly margin: number;
  readonly percent: number;
  readonly target: number;
  readonly collectNip: boolean;
  readonly askEmployment: boolean;
  readonly askPosition: boolean;
  readonly duplicatePolicy: "latest" | "first";
  readonly minGroupSize: number;
  /** Achievement (0..1) from which a unit is "mendekati". */
  readonly nearThreshold: number;
  /** Lower bounds of the predikat bands A, B, C (D is below C). */
  readonly bands: { readonly A: number; readonly B: number; readonly C: number };
  readonly reminderHour: number;
  readonly reminderGapDays: number;
  /** Reminders (escalations included) per unit per calendar week, Monday to Sunday. */
  readonly reminderWeeklyMax: number;
  /** Days left from which a reminder has the "closing soon" wording. */
  readonly closingDays: number;
  /** Achievement (0..1) below which a unit's letter copies the escalation address; 0 = never. */
  readonly escalateBelow: number;
  readonly escalateAfter: number;
  readonly escalateDaysLeft: number;
  readonly escalationEmail: string;
  /** Who the escalation address is, as the letter names them. */
  readonly escalationName: string;
  readonly adminEmail: string;
  readonly holidays: readonly string[];
  /** Close the form at the campaign's end. */
  readonly closeFormAtEnd: boolean;
  /** The letters' signature block: name, position, bureau, contact ("" lines left out). */
  readonly signature: {
    readonly name: string;
    readonly position: string;
    readonly bureau: string;
    readonly contact: string;
  };
  /** The weekly leadership digest: recipients (none = no digest), ISO weekday (1 = Monday), hour. */
  readonly digestTo: readonly string[];
  readonly digestWeekday: number;
  readonly digestHour: number;
  /** The public progress board's address once it is deployed ("" until then). */
  readonly boardUrl: string;
  /** "" means the language's default text. */
  readonly subjectTemplate: string;
  readonly bodyTemplate: string;
  readonly whatsappTemplate: string;
}

export const EMAIL_PATTERN = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
