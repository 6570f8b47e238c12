/**
 * The Pengaturan tab: every setting defined once (key as staff see it, type, default), parsed and
 * validated in one pass that returns every problem with the row to fix. Help texts live in the
 * strings module (SETTING_HELP), keyed by the same keys.
 */
import { dict } from "../text/dict";
import { cleanLine, cleanText } from "../text/escape";
import { type Problem, problem } from "../text/problems";
import { parseLang } from "../text/strings";
import { PLACEHOLDERS, unknownPlaceholders } from "../text/template";
import type { QuotaMethod } from "./quota";
import {
  EMAIL_PATTERN,
  LEGACY_MAX_KEY,
  SETTINGS,
  type Settings,
  WEEKLY_MAX_KEY,
  weeklyFromTotal,
} from "./settingDefs";

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ParseContext {
  /** A Date as yyyy-MM-dd in the script's time zone (the shell supplies the platform's date formatter). */
  readonly ymd: (d: Date) => string;
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function toYmd(v: unknown, ctx: ParseContext): string | undefined {
  if (isDateValue(v)) return Number.isNaN(v.getTime()) ? undefined : ctx.ymd(v);
  const s = String(v).trim();
  const m = YMD.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = m[0].includes("/") ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const ymd = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const probe = new Date(`${ymd}T00:00:00Z`);
  return Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== ymd ? undefined : ymd;
}

/** A yes/no as staff type it (ya/tidak, yes/no, a checkbox …); undefined when it is neither. */
export function toBool(
  v: unknown,
  extraYes: readonly string[] = [],
  extraNo: readonly string[] = [],
): boolean | undefined {
  if (typeof v === "boolean") return v;
  const s = String(v).trim().toLowerCase();
  if (["ya", "yes", "true", "1", "y", ...extraYes].includes(s)) return true;
  if (["tidak", "no", "false", "0", "t", "n", ...extraNo].includes(s)) return false;
  return undefined;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const s = String(v).trim().replace(",", ".");
  if (s === "" || !/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

export type RawSettings = Record<string, unknown>;

/**
 * Parses the Pengaturan tab's values (header row first: key, value, help). Returns the settings
 * (defaults where a key is missing or wrong) and every problem, each with its row.
 */
export function parseSettings(
  rows: readonly (readonly unknown[])[],
  ctx: ParseContext,
): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = new Map<string, { value: unknown; row: number }>();
  let legacyMax: { value: unknown; row: number } | undefined;
  rows.forEach((r, i) => {
    if (i === 0) return;
    const key = String(r[0] ?? "").trim();
    if (key === "") return;
    const row = i + 1;
    if (key === LEGACY_MAX_KEY) {
      legacyMax = { value: r[1] ?? "", row: i + 1 };
      return;
    }
    if (!SETTINGS.some((d) => d.key === key)) {
      problems.push(problem("settingUnknownKey", { row, key }));
      return;
    }
    if (raw.has(key)) {
      problems.push(problem("settingDuplicateKey", { row, key }));
      return;
    }
    raw.set(key, { value: r[1] ?? "", row });
  });
  const v: Record<string, unknown> = dict();
  const rowOf: Record<string, number> = dict();
  for (const def of SETTINGS) {
    const got = raw.get(def.key);
    rowOf[def.key] = got?.row ?? 0;
    const value = got === undefined || got.value === "" ? def.default : got.value;
    const bad = (
      code:
        | "settingNotInteger"
        | "settingNotNumber"
        | "settingNotBool"
        | "settingNotDate"
        | "settingBadEmail"
        | "settingBadUrl"
        | "settingBadChoice"
        | "settingOutOfRange",
    ) => {
      problems.push(
        problem(code, {
          row: got?.row ?? 0,
          key: def.key,
          value: String(value),
          min: def.min ?? "",
          max: def.max ?? "",
          choices: Object.keys(def.choices ?? {}).join(", "),
        }),
      );
      v[def.key] = def.default;
    };
    switch (def.type) {
      case "text":
        // One line unless the setting is a text of several (a line break never reaches a sender's name).
        v[def.key] = def.multiline ? cleanText(value) : cleanLine(value);
        break;
      case "template":
        v[def.key] = cleanText(value);
        break;
      case "int":
      case "number": {
        const n = toNumber(value);
        if (n === undefined) bad(def.type === "int" ? "settingNotInteger" : "settingNotNumber");
        else if (def.type === "int" && !Number.isInteger(n)) bad("settingNotInteger");
        else if ((def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max))
          bad("settingOutOfRange");
        else v[def.key] = n;
        break;
      }
      case "bool": {
        const b = toBool(value);
        if (b === undefined) bad("settingNotBool");
        else v[def.key] = b;
        break;
      }
      case "date": {
        if (value === "") v[def.key] = "";
        else {
          const d = toYmd(value, ctx);
          if (d === undefined) bad("settingNotDate");
          else v[def.key] = d;
        }
        break;
      }
      case "dates": {
        const parts = isDateValue(value)
          ? [value]
          : String(value)
              .split(/[,;\n]/)
              .map((s) => s.trim())
              .filter((s) => s !== "");
        const out: string[] = [];
        for (const p of parts) {
          const d = toYmd(p, ctx);
          if (d === undefined) {
            problems.push(problem("settingNotDate", { row: got?.row ?? 0, key: def.key, value: String(p) }));
          } else out.push(d);
        }
        v[def.key] = out;
        break;
      }
      case "email": {
        const s = cleanLine(value);
        if (s !== "" && !EMAIL_PATTERN.test(s)) bad("settingBadEmail");
        else v[def.key] = s;
        break;
      }
      case "url": {
        const s = cleanLine(value);
        if (s !== "" && !/^https:\/\/[^\s<>"]+$/.test(s)) bad("settingBadUrl");
        else v[def.key] = s;
        break;
      }
      case "emails": {
        const list = cleanLine(value)
          .split(/[\s,;]+/)
          .filter((s) => s !== "");
        const wrong = list.filter((s) => !EMAIL_PATTERN.test(s));
        if (wrong.length > 0) {
          problems.push(
            problem("settingBadEmail", { row: got?.row ?? 0, key: def.key, value: wrong.join(", ") }),
          );
          v[def.key] = [];
        } else v[def.key] = [...new Set(list)].slice(0, 50);
        break;
      }
      case "enum": {
        const s = String(value).trim().toLowerCase();
        const mapped = def.choices?.[s];
        if (mapped === undefined) bad("settingBadChoice");
        else v[def.key] = mapped;
        break;
      }
    }
  }
  const margin = v.margin_error as number;
  if (!(margin > 0 && margin < 0.5)) {
    problems.push(
      problem("settingMargin", { row: rowOf.margin_error, key: "margin_error", value: String(margin) }),
    );
  }
  const percent = v.persen_kuota as number;
  if (!(percent > 0 && percent <= 1)) {
    problems.push(
      problem("settingPercent", { row: rowOf.persen_kuota, key: "persen_kuota", value: String(percent) }),
    );
  }
  if (v.metode_kuota === "allocate" && !((v.target_total as number) > 0)) {
    problems.push(problem("settingTargetNeeded", { row: rowOf.target_total, key: "target_total" }));
  }
  const start = v.tanggal_mulai as string;
  const end = v.tanggal_selesai as string;
  if (start !== "" && end !== "" && end < start) {
    problems.push(
      problem("settingEndBeforeStart", { row: rowOf.tanggal_selesai, key: "tanggal_selesai", start, end }),
    );
  }
  const [a, b, c] = [v.batas_sehat, v.batas_cukup_sehat, v.batas_tidak_sehat] as number[];
  if (!(a > b && b > c))
    problems.push(problem("settingBands", { row: rowOf.batas_sehat, key: "batas_sehat" }));
  // An earlier Sheet's campaign total, until its row is migrated: its intent as a weekly ceiling.
  if (legacyMax && !raw.has(WEEKLY_MAX_KEY)) {
    const total = toNumber(legacyMax.value);
    if (total !== undefined && total >= 0) v[WEEKLY_MAX_KEY] = weeklyFromTotal(total, start, end);
  }
  const near = v.ambang_mendekati as number;
  if ((v.ambang_eskalasi as number) >= near)
    problems.push(
      problem("settingEscalationThreshold", {
        row: rowOf.ambang_eskalasi,
        key: "ambang_eskalasi",
        value: String(v.ambang_eskalasi),
        near,
      }),
    );
  for (const key of ["subjek_pengingat", "isi_pengingat", "teks_whatsapp"]) {
    for (const name of unknownPlaceholders(String(v[key]))) {
      problems.push(
        problem("settingUnknownPlaceholder", { row: rowOf[key], key, name, known: PLACEHOLDERS.join(", ") }),
      );
    }
  }
  const settings: Settings = {
    language: parseLang(v.bahasa) ?? "id",
    instansi: v.nama_instansi as string,
    surveyTitle: v.judul_survei as string,
    surveyDescription: v.deskripsi_survei as string,
    year: v.tahun as number,
    startDate: start,
    endDate: end,
    scalePoints: v.skala as number,
    quotaMethod: v.metode_kuota as QuotaMethod,
    margin,
    percent,
    target: v.target_total as number,
    collectNip: v.kumpulkan_nip as boolean,
    askEmployment: v.tanya_jenis_kepegawaian as boolean,
    askPosition: v.tanya_jenis_jabatan as boolean,
    duplicatePolicy: v.kebijakan_duplikat as "latest" | "first",
    minGroupSize: v.ukuran_kelompok_minimum as number,
    nearThreshold: (v.ambang_mendekati as number) / 100,
    bands: { A: a, B: b, C: c },
    reminderHour: v.jam_pengingat as number,
    reminderGapDays: v.jeda_pengingat_hari as number,
    reminderWeeklyMax: v[WEEKLY_MAX_KEY] as number,
    closingDays: v.hari_segera_ditutup as number,
    escalateBelow: (v.ambang_eskalasi as number) / 100,
    escalateAfter: v.eskalasi_setelah as number,
    escalateDaysLeft: v.eskalasi_sisa_hari as number,
    escalationEmail: v.email_eskalasi as string,
    escalationName: v.nama_eskalasi as string,
    adminEmail: v.email_admin as string,
    holidays: v.hari_libur as string[],
    closeFormAtEnd: v.tutup_formulir_setelah_selesai as boolean,
    signature: {
      name: v.ttd_nama as string,
      position: v.ttd_jabatan as string,
      bureau: v.ttd_biro as string,
      contact: v.ttd_kontak as string,
    },
    digestTo: v.email_pimpinan as string[],
    digestWeekday: Number(v.hari_ringkasan_pimpinan),
    digestHour: v.jam_ringkasan_pimpinan as number,
    boardUrl: v.alamat_papan as string,
    subjectTemplate: v.subjek_pengingat as string,
    bodyTemplate: v.isi_pengingat as string,
    whatsappTemplate: v.teks_whatsapp as string,
  };
  // Listed in the order of the tab's rows, so a user fixes them top to bottom.
  problems.sort((x, y) => Number(x.params.row ?? 0) - Number(y.params.row ?? 0));
  return { settings, problems };
}

/** The keys present in the tab (first column below the header). */
export function presentKeys(rows: readonly (readonly unknown[])[]): Set<string> {
  return new Set(rows.slice(1).map((r) => String(r[0] ?? "").trim()));
}
