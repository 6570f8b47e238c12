/**
 * Scoring (INSTRUMENT.md, "Scores"): item, value, BerAKHLAK and EB scores of one response, its
 * validity with a reason, and the response key. Pure: a row of the responses tab in, a scored
 * response out.
 */

import { unitOfAnswer } from "../campaign/units";
import {
  answerNumber,
  EB,
  ITEM_CODES,
  itemCodeOfHeader,
  nipDigits,
  PROFILE,
  type ProfileKey,
  VALUES,
  type ValueCode,
} from "./instrument";

/** item score = (x - 1) / (K - 1) * 100, so 0..100. */
export function itemScore(x: number, points: number): number {
  return ((x - 1) / (points - 1)) * 100;
}

/** Where each thing is in the responses tab, found from its header (never from a fixed position). */
export interface ColumnMap {
  readonly timestamp: number;
  readonly width: number;
  readonly profile: Partial<Record<ProfileKey, number>>;
  /** Column index (0-based) of each item code. */
  readonly items: Readonly<Record<string, number>>;
}

/** Reads the responses tab's header: the first column is the timestamp, whatever its language. */
export function mapColumns(header: readonly unknown[]): ColumnMap {
  const profile: Partial<Record<ProfileKey, number>> = {};
  const items: Record<string, number> = {};
  header.forEach((h, i) => {
    const text = String(h).trim();
    const code = itemCodeOfHeader(text);
    if (code) {
      items[code] = i;
      return;
    }
    for (const key of Object.keys(PROFILE) as ProfileKey[]) {
      if (Object.values(PROFILE[key].title).includes(text) && profile[key] === undefined) profile[key] = i;
    }
  });
  return { timestamp: 0, width: header.length, profile, items };
}

/** The questions a column map cannot place (every scored item, and the unit), by code; [] when complete. */
export function missingColumns(cols: ColumnMap): string[] {
  const out = ITEM_CODES.filter((c) => cols.items[c] === undefined);
  if (cols.profile.unit === undefined) out.unshift(PROFILE.unit.title.id);
  return out;
}

/** Whether two column maps place every question in the same column. */
export function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  const norm = (c: ColumnMap) =>
    JSON.stringify([c.width, Object.entries(c.profile).sort(), Object.entries(c.items).sort()]);
  return norm(a) === norm(b);
}

export type Status = "valid" | "duplikat" | "tidak valid";

export const STATUS = {
  valid: "valid",
  duplicate: "duplikat",
  invalid: "tidak valid",
} as const satisfies Record<string, Status>;

export type Reason =
  | { readonly code: "ok" }
  | { readonly code: "noUnit" }
  | { readonly code: "unknownUnit"; readonly unit: string }
  | { readonly code: "inactiveUnit"; readonly unit: string }
  | { readonly code: "missingAnswer"; readonly item: string }
  | { readonly code: "outOfRange"; readonly item: string; readonly answer: string }
  | { readonly code: "duplicate" };

export interface UnitRef {
  readonly active: boolean;
}

export interface ScoreConfig {
  readonly points: number;
  /** Units by code, active or not (a code not here is unknown). */
  readonly units: Readonly<Record<string, UnitRef>>;
}

export const VALUE_CODES: readonly ValueCode[] = VALUES.map((v) => v.code);

export interface Scored {
  readonly key: string;
  readonly time: number;
  readonly unit: string;
  readonly status: Status;
  readonly reason: Reason;
  /** Σ (x - 1) over each value's 3 items, then over EB's: exact integers, so aggregates add up exactly. */
  readonly raw: readonly (number | null)[];
  /** x - 1 of each of the 21 behaviours, in the instrument's order (null when not answered in range). */
  readonly beh: readonly (number | null)[];
  readonly employment: string;
  readonly position: string;
  /** The NIP as answered when it is 18 digits; "" otherwise (never stored in a derived tab). */
  readonly nip: string;
  /** A NIP that Sheets turned into a number (digits lost): duplicates are not decided on it. */
  readonly nipDamaged: boolean;
}

/** The 8 groups of items: the 7 values, then EB. */
export const GROUPS: readonly (readonly string[])[] = [
  ...VALUES.map((v) => v.behaviours.map((b) => b.code)),
  EB.items.map((i) => i.code),
];

function isDate(v: unknown): v is Date {
  // instanceof first (fast); the tag test covers a Date from another realm.
  return (
    typeof v === "object" &&
    v !== null &&
    (v instanceof Date || Object.prototype.toString.call(v) === "[object Date]")
  );
}

/** A short, stable hash of a text (cyrb53), as 14 hex digits. */
export function hash53(s: string): string {
  // Seeds as int32 (| 0): a seed above 2^31 would make V8 run the loop on doubles, many times slower.
  let h1 = 0xdeadbeef | 0;
  let h2 = 0x41c6ce57 | 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

function cellText(v: unknown): string {
  if (isDate(v)) return String(v.getTime());
  return String(v ?? "");
}

/**
 * A response's key, from its content: its timestamp (ms) and a hash of its answers to the
 * survey's questions, taken in the instrument's order wherever their columns stand. Staff may sort
 * the tab, insert a notes column or move one, so a row's position means nothing and neither does
 * a column's; its key does. Two identical rows submitted in the same second share a key and are
 * counted as a multiset. The NIP is left out: a key is not a keyed hash, and a guessed NIP must
 * not be confirmable from Skor (only the HMAC with the secret is computed from it).
 */
export function responseKey(row: readonly unknown[], cols: ColumnMap): string {
  const t = row[cols.timestamp];
  const time = isDate(t) ? t.getTime() : 0;
  let answers = "";
  for (const key of KEY_PROFILE) answers += `${answerText(row, cols.profile[key])}\u001f`;
  for (const code of ITEM_CODES) answers += `${answerText(row, cols.items[code])}\u001f`;
  return `k${time}x${hash53(answers)}`;
}

/** The profile answers a key is made of, in a fixed order (the NIP left out). */
const KEY_PROFILE: readonly ProfileKey[] = (Object.keys(PROFILE) as ProfileKey[]).filter((k) => k !== "nip");

function answerText(row: readonly unknown[], col: number | undefined): string {
  if (col === undefined) return "";
  const v = row[col];
  return typeof v === "string" ? v : cellText(v);
}

/** The timestamp a key carries (the catch-up compares timestamps before reading whole rows). */
export function timeOfKey(key: string): number {
  const m = /^k(\d+)x/.exec(key);
  return m ? Number(m[1]) : 0;
}

/** Whether a row has no answer at all (a blank event's row, or an empty row). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === "" || v === null || v === undefined);
}

/** The profile group of an answer outside the form's choices (a data value, like the statuses). */
export const OTHER_GROUP = "lainnya";

/** Scores one response row; never throws on bad data, which becomes "tidak valid" with its reason. */
export function scoreRow(row: readonly unknown[], cols: ColumnMap, cfg: ScoreConfig): Scored {
  const key = responseKey(row, cols);
  const t = row[cols.timestamp];
  const time = isDate(t) ? t.getTime() : 0;
  const text = (k: ProfileKey) =>
    cols.profile[k] === undefined ? "" : String(row[cols.profile[k] as number] ?? "").trim();
  // A profile answer is one of the form's choices; anything else a respondent sends (an old link,
  // a hand-made request) is "lainnya": stored keys and Skor never carry respondent text.
  const group = (k: "employment" | "position") => {
    const v = text(k);
    return v === "" || (PROFILE[k].choices ?? []).includes(v) ? v : OTHER_GROUP;
  };
  const unitAnswer = text("unit");
  const unit = unitOfAnswer(unitAnswer, cfg.units);
  let reason: Reason = { code: "ok" };
  if (unitAnswer === "") reason = { code: "noUnit" };
  else if (!cfg.units[unit]) reason = { code: "unknownUnit", unit: unitAnswer };
  else if (!cfg.units[unit].active) reason = { code: "inactiveUnit", unit: unitAnswer };
  const raw: (number | null)[] = [];
  const beh: (number | null)[] = [];
  GROUPS.forEach((items, g) => {
    let sum = 0;
    let complete = true;
    for (const code of items) {
      const col = cols.items[code];
      const v = col === undefined ? "" : row[col];
      const x = v === "" || v === undefined ? undefined : answerNumber(v);
      if (v === "" || v === undefined || col === undefined) {
        complete = false;
        if (reason.code === "ok") reason = { code: "missingAnswer", item: code };
      } else if (x === undefined || x < 1 || x > cfg.points) {
        complete = false;
        if (reason.code === "ok") reason = { code: "outOfRange", item: code, answer: String(v) };
      } else sum += x - 1;
      if (g < VALUES.length)
        beh.push(x !== undefined && x >= 1 && x <= cfg.points && col !== undefined ? x - 1 : null);
    }
    raw.push(complete ? sum : null);
  });
  const nipCell = cols.profile.nip === undefined ? "" : row[cols.profile.nip];
  const nipText = typeof nipCell === "string" ? nipCell.trim() : "";
  return {
    key,
    time,
    unit,
    status: reason.code === "ok" ? STATUS.valid : STATUS.invalid,
    reason,
    raw,
    beh,
    employment: group("employment"),
    position: group("position"),
    nip: nipDigits(nipText),
    nipDamaged: typeof nipCell === "number",
  };
}

/** A value (or EB) score of a response from its raw sum: the mean of its 3 item scores. */
export function groupScore(raw: number, items: number, points: number): number {
  return (raw / (items * (points - 1))) * 100;
}

/** The 7 value scores, the BerAKHLAK index (their mean) and the EB index of a scored response. */
export function scoresOf(
  s: Pick<Scored, "raw">,
  points: number,
): { values: (number | null)[]; index: number | null; eb: number | null } {
  const values = s.raw
    .slice(0, 7)
    .map((r, i) => (r === null ? null : groupScore(r, GROUPS[i].length, points)));
  const complete = values.every((v) => v !== null);
  const index = complete ? (values as number[]).reduce((a, b) => a + b, 0) / 7 : null;
  const ebRaw = s.raw[7];
  return {
    values,
    index,
    eb: ebRaw === null || ebRaw === undefined ? null : groupScore(ebRaw, GROUPS[7].length, points),
  };
}
