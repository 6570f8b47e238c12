/**
 * The Hasil tab (PRODUCT.md, RELIABILITY.md "Privacy and access"): a release as one rectangle of
 * values, number formats and notes. Every figure comes from the release's groups, so nothing the
 * release withholds can reach the tab: a hidden group's cells say why ("n < 5", "disembunyikan",
 * the latter with a note).
 */

import { predikat } from "./dashboard";
import { dayFirst } from "./dates";
import { VALUES } from "./instrument";
import type { Hide } from "./privacy";
import type { ReleaseGroup } from "./release";
import { OTHER_GROUP } from "./scoring";
import type { Snapshot } from "./snapshot";
import { strings } from "./strings";
import { fill } from "./template";

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
    fill(t.resultsSubtitle, {
      n: input.number,
      date: dayFirst(input.published),
      responses,
      last: dayFirst(input.lastResponse),
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
    const mark = g.hide && g.n > 0 ? marks[g.hide] : "";
    const m = g.means;
    const scores: Cell[] = m
      ? [m.index ?? "", predikat(m.index, s.bands, s.lang), ...m.values.map((v) => v ?? ""), m.eb ?? ""]
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
          : "",
    );
  }
  return { values, formats, notes, tableRows: values.length - RESULTS.headerRow + 1 };
}
