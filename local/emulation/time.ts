/** Time zone arithmetic and Java-style date patterns, shared by Sheets display and Utilities.formatDate. */

export interface Parts {
  y: number;
  mo: number; // 1..12
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  dow: number; // 0 = Sunday
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function dtf(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    fmtCache.set(tz, f);
  }
  return f;
}

const DOW: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock parts of an instant in a time zone. */
export function partsIn(ms: number, tz: string): Parts {
  const out: Record<string, string> = {};
  for (const p of dtf(tz).formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    y: Number(out.year),
    mo: Number(out.month),
    d: Number(out.day),
    h: Number(out.hour) % 24,
    mi: Number(out.minute),
    s: Number(out.second),
    ms: ((ms % 1000) + 1000) % 1000,
    dow: DOW[out.weekday] ?? 0,
  };
}

/** Offset of a time zone from UTC at an instant, in ms (Asia/Jakarta: +7 h). */
export function offsetMs(ms: number, tz: string): number {
  const p = partsIn(ms, tz);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  return asUtc - ms;
}

/** The instant of a wall-clock time in a time zone. */
export function fromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  tz: string,
): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let t = guess - offsetMs(guess, tz);
  t = guess - offsetMs(t, tz);
  return t;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

function zone(ms: number, tz: string, colon: boolean): string {
  const off = Math.round(offsetMs(ms, tz) / 60000);
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  return sign + pad(Math.floor(a / 60), 2) + (colon ? ":" : "") + pad(a % 60, 2);
}

/** Java SimpleDateFormat patterns, as Utilities.formatDate takes them (English names). */
export function formatJava(ms: number, tz: string, pattern: string): string {
  const p = partsIn(ms, tz);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case "y":
        out += n === 2 ? pad(p.y % 100, 2) : pad(p.y, n);
        break;
      case "M":
        out += n >= 4 ? MONTHS[p.mo - 1] : n === 3 ? MONTHS[p.mo - 1].slice(0, 3) : pad(p.mo, n);
        break;
      case "d":
        out += pad(p.d, n);
        break;
      case "E":
        out += n >= 4 ? DAYS[p.dow] : DAYS[p.dow].slice(0, 3);
        break;
      case "u":
        out += String(p.dow === 0 ? 7 : p.dow);
        break;
      case "H":
        out += pad(p.h, n);
        break;
      case "k":
        out += pad(p.h === 0 ? 24 : p.h, n);
        break;
      case "h":
        out += pad(p.h % 12 === 0 ? 12 : p.h % 12, n);
        break;
      case "m":
        out += pad(p.mi, n);
        break;
      case "s":
        out += pad(p.s, n);
        break;
      case "S":
        out += pad(p.ms, 3).slice(0, Math.max(n, 3));
        break;
      case "a":
        out += p.h < 12 ? "AM" : "PM";
        break;
      case "Z":
        out += zone(ms, tz, false);
        break;
      case "X":
        out += n >= 3 ? zone(ms, tz, true) : zone(ms, tz, false);
        break;
      case "z":
        out += `GMT${zone(ms, tz, true)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}
