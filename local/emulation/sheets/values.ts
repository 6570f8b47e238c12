/** How Sheets turns typed text into values, and values into what a cell displays. */
import { formatJava, fromParts, partsIn } from "../time";

/** A cell's stored value on the emulation's side; '' is an empty cell. Dates are Node-realm Dates. */
export type CellValue = string | number | boolean | Date;

export type Locale = "id_ID" | "en_US" | "en_GB";

export interface Parsed {
  value: CellValue;
  formula?: string;
  /** A number format Sheets sets on its own when it recognises a date or a percentage. */
  format?: string;
}

interface Separators {
  decimal: string;
  group: string;
  /** Day before month in typed dates. */
  dmy: boolean;
}

export function separators(locale: string): Separators {
  if (locale.startsWith("id")) return { decimal: ",", group: ".", dmy: true };
  if (locale === "en_US") return { decimal: ".", group: ",", dmy: false };
  return { decimal: ".", group: ",", dmy: true };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const numberPatterns = new Map<string, RegExp>();

/** The typed-number pattern of a locale's separators (built once per locale). */
function numberPattern(sep: Separators): RegExp {
  const key = sep.decimal + sep.group;
  let re = numberPatterns.get(key);
  if (!re) {
    const d = escapeRe(sep.decimal);
    const g = escapeRe(sep.group);
    re = new RegExp(`^([+-])?((?:\\d{1,3}(?:${g}\\d{3})+)|\\d*)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%)?$`);
    numberPatterns.set(key, re);
  }
  return re;
}

/** Sheets keeps 15 significant digits: an 18-digit NIP typed as a number loses its tail. */
export function toSheetsNumber(n: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(15));
}

/**
 * Parses a string as Sheets parses typed input (the API's USER_ENTERED): formulas, a leading
 * apostrophe, booleans, numbers and percentages with the locale's separators, dates and times.
 */
export function parseTyped(raw: string, locale: string, tz: string): Parsed {
  if (raw === "") return { value: "" };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { value: "", formula: raw };
  const s = raw.trim();
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const sep = separators(locale);
  const m = numberPattern(sep).exec(s);
  if (m && (m[2] !== "" || m[3] !== undefined)) {
    const intPart = (m[2] || "0").split(sep.group).join("");
    let n = Number(`${intPart}.${m[3] ?? "0"}${m[4] ? `e${m[4]}` : ""}`);
    if (m[1] === "-") n = -n;
    if (m[5]) return { value: toSheetsNumber(n / 100), format: m[3] ? "0.00%" : "0%" };
    return { value: toSheetsNumber(n) };
  }
  const date = /^\d/.test(s) ? parseDate(s, sep.dmy, tz) : undefined;
  if (date) return date;
  return { value: raw };
}

function parseDate(s: string, dmy: boolean, tz: string): Parsed | undefined {
  const time = "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
  let m = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(s);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${time}$`).exec(s);
    if (!m) {
      const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
      if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return undefined;
      const ms = fromParts(1899, 12, 30, Number(t[1]), Number(t[2]), Number(t[3] ?? 0), tz);
      return { value: new Date(ms), format: t[3] ? "H:mm:ss" : "H:mm" };
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    y = Number(m[3]);
    mo = dmy ? b : a;
    d = dmy ? a : b;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const h = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const sec = Number(m[6] ?? 0);
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  const ms = fromParts(y, mo, d, h, mi, sec, tz);
  const check = partsIn(ms, tz);
  if (check.d !== d) return undefined; // 31 February is text, as in Sheets
  const datePart = dmy ? "dd/MM/yyyy" : "M/d/yyyy";
  return { value: new Date(ms), format: m[4] !== undefined ? `${datePart} H:mm:ss` : datePart };
}

/** The default display of a Date with no number format of its own. */
export function defaultDateFormat(locale: string): string {
  return separators(locale).dmy ? "dd/MM/yyyy H:mm:ss" : "M/d/yyyy H:mm:ss";
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Number display for the usual patterns: 0, 0.0, #,##0.00, 0%, 0.0%, quoted literals; '@' and general. */
export function formatNumber(n: number, pattern: string | undefined, locale: string): string {
  const sep = separators(locale);
  if (!pattern || pattern === "General" || pattern === "@") return generalNumber(n, sep.decimal);
  const section = pattern.split(";")[n < 0 && pattern.includes(";") ? 1 : 0];
  let prefix = "";
  let suffix = "";
  const core = section.replace(/"([^"]*)"/g, (_m, lit: string, offset: number) => {
    if (offset === 0) prefix += lit;
    else suffix += lit;
    return "";
  });
  const m = /^([^#0.,%]*)([#0,]*)(?:\.([0#]+))?(%?)(.*)$/.exec(core);
  if (!m) return generalNumber(n, sep.decimal);
  const percent = m[4] === "%";
  const decimals = (m[3] ?? "").length;
  const grouped = m[2].includes(",");
  let v = percent ? n * 100 : n;
  if (n < 0 && pattern.includes(";")) v = Math.abs(v);
  const fixed = Math.abs(v).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  let body = grouped ? groupDigits(int, sep.group) : int;
  if (frac) body += sep.decimal + frac;
  const sign = v < 0 && Number(fixed) !== 0 ? "-" : "";
  return prefix + m[1] + sign + body + (percent ? "%" : "") + m[5] + suffix;
}

function generalNumber(n: number, decimal: string): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15) {
    const [mant, exp] = n.toExponential(5).split("e");
    const trimmed = mant.replace(/\.?0+$/, "");
    return `${trimmed.replace(".", decimal)}E+${exp.replace("+", "")}`;
  }
  const s = String(Number(n.toPrecision(11)));
  return s.replace(".", decimal);
}

/** Sheets date patterns (dd/mm/yyyy hh:mm:ss, with mm as minutes after an hour or before seconds). */
export function formatSheetsDate(ms: number, pattern: string, tz: string): string {
  // An upper-case M means a Java-style pattern (dd/MM/yyyy HH:mm); otherwise Sheets' own (dd/mm/yyyy).
  if (/M/.test(pattern)) return formatJava(ms, tz, pattern);
  const p = partsIn(ms, tz);
  const tokens =
    pattern.match(/(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|[^a-z]+|[a-z]+)/gi) ?? [];
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((x) => /[a-z]/i.test(x))
        ?.toLowerCase() ?? "";
    const next =
      tokens
        .slice(i + 1)
        .find((x) => /[a-z]/i.test(x))
        ?.toLowerCase() ?? "";
    switch (lower) {
      case "yyyy":
        out += String(p.y);
        break;
      case "yy":
        out += String(p.y % 100).padStart(2, "0");
        break;
      case "mm":
      case "m": {
        const minute = prev.startsWith("h") || next.startsWith("s");
        const v = minute ? p.mi : p.mo;
        out += lower === "mm" ? String(v).padStart(2, "0") : String(v);
        break;
      }
      case "mmm":
        out += formatJava(ms, tz, "MMM");
        break;
      case "mmmm":
        out += formatJava(ms, tz, "MMMM");
        break;
      case "dd":
        out += String(p.d).padStart(2, "0");
        break;
      case "d":
        out += String(p.d);
        break;
      case "ddd":
        out += formatJava(ms, tz, "EEE");
        break;
      case "dddd":
        out += formatJava(ms, tz, "EEEE");
        break;
      case "hh":
        out += String(p.h).padStart(2, "0");
        break;
      case "h":
        out += String(p.h);
        break;
      case "ss":
        out += String(p.s).padStart(2, "0");
        break;
      case "s":
        out += String(p.s);
        break;
      default:
        out += t;
    }
  }
  return out;
}

/** What a cell displays (getDisplayValues): its value under its number format and the locale. */
export function displayOf(value: CellValue, format: string | undefined, locale: string, tz: string): string {
  if (value === "") return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const f = format && format !== "General" && format !== "@" ? format : defaultDateFormat(locale);
    return formatSheetsDate(value.getTime(), f, tz);
  }
  return formatNumber(value, format, locale);
}
