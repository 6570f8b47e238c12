/**
 * The Skor tab: one row per response (respondent-level, no names, emails or clear NIPs). One
 * schema for writing and reading it back; header labels from the strings module.
 */

import { truncate } from "../text/escape";
import { type Lang, type Strings, strings } from "../text/strings";
import { fill } from "../text/template";
import { type Aggregates, aggregateAll, sameAggregates } from "./aggregate";
import { VALUES } from "./instrument";
import { type Reason, type Scored, STATUS, type Status, scoresOf } from "./scoring";

export const SKOR_COLUMNS: readonly (keyof Strings | { value: number })[] = [
  "colSkorKey",
  "colSkorTime",
  "colSkorUnit",
  "colSkorStatus",
  "colSkorReason",
  ...VALUES.map((_, i) => ({ value: i })),
  "colSkorIndex",
  "colSkorEb",
  "colSkorEmployment",
  "colSkorPosition",
  "colSkorNipHash",
  "colSkorBehaviours",
];

/** Column positions (0-based). */
export const SK = {
  key: 0,
  time: 1,
  unit: 2,
  status: 3,
  reason: 4,
  value0: 5,
  index: 12,
  eb: 13,
  employment: 14,
  position: 15,
  nipHash: 16,
  /** The 21 behaviour answers (1..K) as digits, in the instrument's order (derived layout 4). */
  behaviours: 17,
} as const;
export const SKOR_WIDTH = SKOR_COLUMNS.length;

export function skorHeader(lang: Lang): string[] {
  const t = strings(lang);
  return SKOR_COLUMNS.map((c) => (typeof c === "string" ? t[c] : VALUES[c.value].code));
}

export function reasonText(r: Reason, lang: Lang): string {
  const t = strings(lang);
  switch (r.code) {
    case "ok":
      return "";
    case "noUnit":
      return t.reasonNoUnit;
    case "unknownUnit":
      return fill(t.reasonUnknownUnit, { unit: r.unit });
    case "inactiveUnit":
      return fill(t.reasonInactiveUnit, { unit: r.unit });
    case "missingAnswer":
      return fill(t.reasonMissingAnswer, { item: r.item });
    case "outOfRange":
      return fill(t.reasonOutOfRange, { item: r.item, answer: r.answer });
    case "duplicate":
      return t.reasonDuplicate;
  }
}

/** The longest text the product writes into a cell (Sheets refuses more than 50,000 characters). */
export const CELL_TEXT_MAX = 2000;

/** What one cell of Google Sheets holds at the most (characters). */
export const SHEETS_CELL_MAX = 50_000;

/**
 * A text cell written so that Sheets keeps it literally (a leading apostrophe is never part of
 * the value), cut to a length any cell can hold.
 */
export function asText(s: string, max = CELL_TEXT_MAX): string {
  return s === "" ? "" : `'${truncate(s, max)}`;
}

/** The Skor row of a scored response (text cells literal, scores full precision, "" where missing). */
export function skorRow(
  s: Scored,
  nipHash: string,
  points: number,
  lang: Lang,
  /** What to write in the time column: the response's own timestamp cell, or a Date made from s.time. */
  time: unknown,
): unknown[] {
  const sc = scoresOf(s, points);
  return [
    asText(s.key),
    time,
    asText(s.unit),
    asText(s.status),
    asText(reasonText(s.reason, lang)),
    ...sc.values.map((v) => (v === null ? "" : v)),
    sc.index ?? "",
    sc.eb ?? "",
    asText(s.employment),
    asText(s.position),
    asText(nipHash),
    // Text (a 21-digit number would lose digits); "" unless every behaviour was answered on the scale.
    asText(s.beh.every((b) => b !== null) ? s.beh.map((b) => String((b as number) + 1)).join("") : ""),
  ];
}

/** The behaviour answers a Skor cell carries (x - 1 each), or nulls when it carries none. */
function behaviourCell(v: unknown, points: number): (number | null)[] {
  const digits = String(v ?? "").trim();
  if (!new RegExp(`^[1-${points}]{${BEHAVIOUR_COUNT}}$`).test(digits))
    return Array.from({ length: BEHAVIOUR_COUNT }, () => null);
  return [...digits].map((d) => Number(d) - 1);
}

const BEHAVIOUR_COUNT = VALUES.length * 3;

export interface SkorEntry {
  readonly key: string;
  readonly time: number;
  readonly unit: string;
  readonly status: Status;
  /** Raw sums recovered from the stored scores (exact: they are integers). */
  readonly raw: readonly (number | null)[];
  /** The behaviours' x - 1 from the behaviour cell (nulls in a row of an earlier layout). */
  readonly beh: readonly (number | null)[];
  readonly employment: string;
  readonly position: string;
  readonly nipHash: string;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Reads a Skor row back (as getValues returns it). */
/**
 * Whether a Skor row is one the product wrote: a response key, a timestamp, a known status, and
 * for a valid row scores the product could have written: each value score a whole number of
 * answer points on the scale, the index their mean, the EB score on the scale too. A totals line,
 * a note or a hand-edited score is not.
 */
export function isProductRow(row: readonly unknown[], points: number): boolean {
  const status = String(row[SK.status]);
  if (!/^k\d+x[0-9a-f]+$/.test(String(row[SK.key])) || !isDate(row[SK.time])) return false;
  if (status !== STATUS.valid) return status === STATUS.duplicate || status === STATUS.invalid;
  const cells = [...VALUES.map((_, i) => row[SK.value0 + i]), row[SK.eb]];
  if (!cells.every((v) => typeof v === "number")) return false;
  const entry = readSkorRow(row, points);
  if (entry.raw.some((r) => r === null || r < 0 || r > 3 * (points - 1))) return false;
  // The behaviour answers, when there (a row of an earlier layout has none), add up to the values.
  if (String(row[SK.behaviours] ?? "") !== "") {
    if (entry.beh.some((b) => b === null)) return false;
    const sums = VALUES.map((_, i) =>
      entry.beh.slice(3 * i, 3 * i + 3).reduce<number>((a, b) => a + (b ?? 0), 0),
    );
    if (sums.some((sum, i) => sum !== entry.raw[i])) return false;
  }
  const again = scoresOf(entry, points);
  const near = (a: unknown, b: number | null) =>
    typeof a === "number" && b !== null && Math.abs(a - b) < 1e-6;
  return (
    again.values.every((v, i) => near(cells[i], v)) &&
    near(row[SK.index], again.index) &&
    near(row[SK.eb], again.eb)
  );
}

export function readSkorRow(row: readonly unknown[], points: number): SkorEntry {
  const rawOf = (v: unknown, items: number) =>
    typeof v === "number" ? Math.round((v * items * (points - 1)) / 100) : null;
  const t = row[SK.time];
  return {
    key: String(row[SK.key]),
    time: isDate(t) ? t.getTime() : 0,
    unit: String(row[SK.unit]),
    status: String(row[SK.status]) as Status,
    raw: [...VALUES.map((_, i) => rawOf(row[SK.value0 + i], 3)), rawOf(row[SK.eb], 3)],
    beh: behaviourCell(row[SK.behaviours], points),
    employment: String(row[SK.employment] ?? ""),
    position: String(row[SK.position] ?? ""),
    nipHash: String(row[SK.nipHash] ?? ""),
  };
}

/**
 * Whether Skor, as read, is what the product counted: every row one the product wrote, and the
 * aggregates its rows make the same as those kept. A cleared status, a score typed over or a
 * status changed by hand makes it false (RELIABILITY.md: releases come from what was verified).
 */
export function skorAgrees(
  values: readonly (readonly unknown[])[],
  kept: Aggregates,
  points: number,
): boolean {
  if (!values.every((r) => isProductRow(r, points))) return false;
  return sameAggregates(aggregateAll(values.map((r) => readSkorRow(r, points))), kept);
}

/**
 * Whether one Skor row, on its own, is one the product could have written for today's units: a
 * product row (isProductRow), an invalid status only where the response could not count (no
 * active unit, or an answer missing), a duplicate only with a NIP hash. The hourly audit's check
 * of a slice of Skor; the whole check is skorAgrees.
 */
export function skorRowSound(row: readonly unknown[], points: number, active: ReadonlySet<string>): boolean {
  if (!isProductRow(row, points)) return false;
  const e = readSkorRow(row, points);
  if (e.status === STATUS.duplicate) return e.nipHash !== "";
  if (e.status === STATUS.invalid) return !active.has(e.unit) || e.raw.some((r) => r === null);
  return true;
}
