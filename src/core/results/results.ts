/**
 * The Hasil tab (PRODUCT.md, RELIABILITY.md "Privacy and access"): a release as one rectangle of
 * values, number formats and notes. Every figure comes from the release's groups, so nothing the
 * release withholds can reach the tab: a hidden group's cells say why ("n < 5", "disembunyikan",
 * the latter with a note).
 */

import { VALUES } from "../counting/instrument";
import { OTHER_GROUP } from "../counting/scoring";
import type { Snapshot } from "../counting/snapshot";
import { dayFirst, longDate } from "../text/dates";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import { predikat } from "./dashboard";
import type { Hide } from "./privacy";
import type { ReleaseGroup } from "./release";

type Cell = string | number;

/** Where things sit: the table's header row, and its columns. */
export const RESULTS = {
  headerRow: 5,
  width: 17,
  /** 1-based: the index column, and the first of the seven value columns. */
  col: { index: 7, value0: 9 },
} as const;

export interface ResultsInput {
  readonly groups: readonly ReleaseGroup[];
  readonly snapshot: Snapshot;
  readonly number: number;
  /** A score release (after the campaign's end); false: participation only, no score at all. */
  readonly scores: boolean;
  /** When it was published and the latest response it counts, as "yyyy-MM-dd HH:mm" in the script's zone. */
  readonly published: string;
  readonly lastResponse: string;
}

export interface ResultsSheet {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly notes: string[][];
  /** Rows of the table (header and groups): figures on one line. */
  readonly tableRows: number;
}

const SCORE = "0.0";

/** The Hasil tab's content for a release. */
export function resultsSheet(input: ResultsInput): ResultsSheet {
  const s = input.snapshot;
  const t = strings(s.lang);
  const min = s.minGroup;
  const W = RESULTS.width;
  const marks: Record<Hide, string> = {
    small: fill(t.hiddenMark, { min }),
    protect: t.hiddenProtect,
    wait: t.hiddenProtect,
  };
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const notes: string[][] = [];
  const push = (
    row: Cell[],
    fmt: (j: number) => string = () => "General",
    note: (j: number) => string = () => "",
  ) => {
    const full = [...row, ...Array<Cell>(Math.max(0, W - row.length)).fill("")];
    values.push(full);
    formats.push(full.map((_, j) => fmt(j)));
    notes.push(full.map((_, j) => note(j)));
  };
  const responses = input.groups.find((g) => g.dim === "all")?.n ?? 0;
  push([fill(t.resultsTitle, { tahun: s.year, instansi: s.instansi })]);
  push([
    fill(input.scores ? t.resultsSubtitle : t.resultsSubtitleParticipation, {
      n: input.number,
      date: dayFirst(input.published),
      responses,
      last: dayFirst(input.lastResponse),
      end: longDate(s.endDate, s.lang) || "\u2013",
    }),
  ]);
  push([fill(t.hiddenLegend, { min })]);
  push([]);
  push(
    [
      t.resultsColTable,
      t.resultsColGroup,
      t.resultsColName,
      t.resultsColN,
      t.resultsColQuota,
      t.resultsColAchievement,
      t.resultsColIndex,
      t.resultsColPredikat,
      ...VALUES.map((v) => v.code),
      t.resultsColEb,
    ].slice(0, W),
  );
  const units = new Map(s.units.map((u) => [u.code, u]));
  const tableName: Record<ReleaseGroup["dim"], string> = {
    all: t.tableAll,
    unit: t.tableUnits,
    employment: t.dimEmployment,
    position: t.dimPosition,
  };
  for (const g of input.groups) {
    const unit = g.dim === "unit" ? units.get(g.id) : undefined;
    const quota =
      g.dim === "all" ? s.units.filter((u) => u.active).reduce((a, u) => a + u.quota, 0) : unit?.quota;
    const mark = !input.scores ? t.resultsScoresLater : g.hide && g.n > 0 ? marks[g.hide] : "";
    const m = g.means;
    // A score withheld for bounded answers (and the index with any of the seven) says so.
    const w = (v: number | null, i: number): Cell => (g.withheld[i] ? t.hiddenProtect : (v ?? ""));
    const scores: Cell[] = m
      ? [
          m.index ?? (g.withheld.some((x) => x) ? t.hiddenProtect : ""),
          predikat(m.index, s.bands, s.lang),
          ...m.values.map(w),
          w(m.eb, VALUES.length),
        ]
      : [mark, "", ...VALUES.map(() => mark), mark];
    const label =
      g.dim === "all" ? s.instansi : g.id === "" ? t.groupBlank : g.id === OTHER_GROUP ? OTHER_GROUP : g.id;
    push(
      [
        tableName[g.dim],
        g.dim === "unit" ? g.id : label,
        unit?.name ?? "",
        g.n,
        quota ?? "",
        quota ? g.n / quota : "",
        ...scores,
      ],
      (j) =>
        j === 5 ? "0%" : j === RESULTS.col.index - 1 || j >= RESULTS.col.value0 - 1 ? SCORE : "General",
      (j) =>
        g.n > 0 && j === RESULTS.col.index - 1 && g.hide !== null && g.hide !== "small"
          ? fill(g.hide === "wait" ? t.hiddenWaitNote : t.hiddenProtectNote, { min })
          : m && j >= RESULTS.col.index - 1 && scores[j - (RESULTS.col.index - 1)] === t.hiddenProtect
            ? fill(t.hiddenBoundedNote, { twice: 2 * min })
            : "",
    );
  }
  const tableRows = values.length - RESULTS.headerRow + 1;
  // Below the table, the instansi's 21 behaviours (when its scores are shown and every counted
  // response carries its behaviour answers): what the report's "behaviours to strengthen" reads.
  const all = input.groups.find((g) => g.dim === "all");
  if (all?.beh) {
    push([]);
    const behaviours = VALUES.flatMap((v) => v.behaviours);
    behaviours.forEach((b, i) => {
      const row: Cell[] = [
        t.tableBehaviours,
        b.code,
        b.text,
        "",
        "",
        "",
        all.behWithheld[i] ? t.hiddenProtect : (all.beh?.[i] ?? ""),
      ];
      push(row, (j) => (j === RESULTS.col.index - 1 ? SCORE : "General"));
    });
  }
  return { values, formats, notes, tableRows };
}

/** What the report reads of a release: its number and date, the total, the units, the behaviours. */
export interface HasilFigures {
  readonly number: number;
  /** Whether the release carries scores (false: a participation release, during the campaign). */
  readonly scores: boolean;
  readonly published: string;
  readonly total: {
    readonly n: number;
    readonly quota: number;
    readonly index: number | string;
    readonly predikat: string;
    readonly values: readonly (number | string)[];
    readonly eb: number | string;
  };
  readonly units: readonly {
    readonly code: string;
    readonly name: string;
    readonly n: number;
    readonly quota: number;
    readonly index: number | string;
  }[];
  /** The instansi's 21 behaviour scores (null when the release has none). */
  readonly behaviours: readonly (number | string)[] | null;
}

/**
 * The release as the Hasil tab holds it (written by `resultsSheet` in `lang`), read back by the
 * same layout; null when the tab does not hold a release (emptied, or written in another language).
 */
export function readHasil(
  values: readonly (readonly unknown[])[],
  lang: Lang,
  number: number,
  published: string,
): HasilFigures | null {
  const t = strings(lang);
  const rows = values.slice(RESULTS.headerRow);
  const cell = (v: unknown): number | string => (typeof v === "number" ? v : String(v ?? ""));
  const num = (v: unknown) => (typeof v === "number" ? v : 0);
  const idx = RESULTS.col.index - 1;
  const total = rows.find((r) => r[0] === t.tableAll);
  if (!total) return null;
  const beh = rows.filter((r) => r[0] === t.tableBehaviours);
  return {
    number,
    scores: total[idx] !== t.resultsScoresLater,
    published,
    total: {
      n: num(total[3]),
      quota: num(total[4]),
      index: cell(total[idx]),
      predikat: String(total[idx + 1] ?? ""),
      values: VALUES.map((_, i) => cell(total[RESULTS.col.value0 - 1 + i])),
      eb: cell(total[RESULTS.col.value0 - 1 + VALUES.length]),
    },
    units: rows
      .filter((r) => r[0] === t.tableUnits)
      .map((r) => ({
        code: String(r[1]),
        name: String(r[2]),
        n: num(r[3]),
        quota: num(r[4]),
        index: cell(r[idx]),
      })),
    behaviours: beh.length === VALUES.length * 3 ? beh.map((r) => cell(r[idx])) : null,
  };
}
