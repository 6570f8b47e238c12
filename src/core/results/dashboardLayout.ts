/**
 * Where everything sits on the Dasbor tab, and the cells, formats and colours of a model, as
 * rectangles the shell writes in a few batched calls. Defined once, used by the full refresh
 * and by the values update after each submission.
 */

import { VALUES } from "../counting/instrument";
import { asText } from "../counting/skor";
import { type Lang, type Strings, strings } from "../text/strings";
import { fill } from "../text/template";
import {
  type DashboardModel,
  heatColour,
  type Shown,
  STATUS_COLOURS,
  type UnitLine,
  type UnitStatus,
} from "./dashboard";

export const DASH = {
  width: 17,
  headTop: 3,
  headRows: 10, // rows 3..12: days left and update time, the headline figures, the seven values
  valuesTop: 6, // the seven values: rows 6..12, name in D, score in E
  unitsTitle: 14,
  unitsHeader: 15,
  unitsTop: 16,
} as const;

const STATUS_LABEL: Record<UnitStatus, keyof Strings> = {
  tercapai: "statusTercapai",
  mendekati: "statusMendekati",
  kurang: "statusKurang",
  "belum ada": "statusBelumAda",
  "tanpa kuota": "statusTanpaKuota",
};

type Cell = string | number;

function cell(v: Shown | undefined): Cell {
  return v === null || v === undefined ? "" : v;
}

/** The headline block (rows 3..12, columns A..G) as values. */
export function headBlock(m: DashboardModel, lang: Lang): Cell[][] {
  const t = strings(lang);
  const h = m.headline;
  const rows: Cell[][] = Array.from({ length: DASH.headRows }, () => Array<Cell>(7).fill(""));
  rows[0] = [t.dashDaysLeft, m.daysLeft ?? "", t.dashUpdated, m.updated, "", "", ""];
  const labels: [string, Cell][] = [
    [t.dashResponses, h.responses],
    [t.dashTotalQuota, h.totalQuota],
    [t.dashAchievement, h.achievement ?? ""],
    [t.dashUnitsAtQuota, `${h.unitsAtQuota} / ${h.unitsWithQuota}`],
    [t.dashIndex, cell(h.index)],
    [t.dashPredikat, h.predikat],
    [t.dashEb, cell(h.eb)],
  ];
  labels.forEach(([l, v], i) => {
    rows[2 + i][0] = l;
    rows[2 + i][1] = v;
  });
  rows[2][3] = t.dashValue;
  rows[2][4] = t.dashScore;
  rows[2][5] = t.dashNote;
  rows[2][6] = m.historyYear === null ? "" : fill(t.dashChange, { year: m.historyYear });
  m.values.forEach((v, i) => {
    const r = DASH.valuesTop - DASH.headTop + i;
    rows[r][3] = v.name;
    rows[r][4] = cell(v.score);
    rows[r][5] = v.weakest ? t.dashWeakest : "";
    rows[r][6] = cell(v.change);
  });
  return rows;
}

export function unitHeader(lang: Lang): string[] {
  const t = strings(lang);
  return [
    t.dashColCode,
    t.dashColUnit,
    t.dashColHeadcount,
    t.dashColQuota,
    t.dashColResponses,
    t.dashColAchievement,
    t.dashColStatus,
    t.dashColIndex,
    t.dashColPredikat,
    ...VALUES.map((v) => v.code),
    t.dashColChange,
  ].slice(0, DASH.width);
}

/** One unit's row of the unit table (17 columns). */
export function unitRow(u: UnitLine, lang: Lang): Cell[] {
  const t = strings(lang);
  return [
    u.code,
    u.name,
    u.headcount,
    u.quota,
    u.responses,
    u.achievement ?? "",
    u.overHeadcount
      ? `${t[STATUS_LABEL[u.status]]} \u2022 ${t.dashOverHeadcount}`
      : t[STATUS_LABEL[u.status]],
    cell(u.index),
    u.predikat,
    ...u.values.map(cell),
    cell(u.change),
  ].slice(0, DASH.width);
}

/**
 * Every text cell written literally: unit names come from staff, and Sheets would otherwise parse
 * a text such as "2026-03-03 10:54" as a date or "=…" as a formula.
 */
export function literal(row: readonly Cell[]): Cell[] {
  return row.map((v) => (typeof v === "string" ? asText(v) : v));
}

export interface Rendered {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly backgrounds: string[][];
  readonly weights: ("bold" | "normal")[][];
  /** Figures and marks on one line (CLIP); the title, subtitle and legend may run on (OVERFLOW). */
  readonly wraps: ("CLIP" | "OVERFLOW")[][];
  readonly unitRows: number;
  readonly groupTop: number;
  readonly order: string[];
}

const SCORE = "0.0";

/** The whole tab: values, number formats, colours and weights of one rectangle from A1. */
export function renderDashboard(m: DashboardModel, lang: Lang): Rendered {
  const t = strings(lang);
  const W = DASH.width;
  const blank = () => Array<Cell>(W).fill("");
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const backgrounds: string[][] = [];
  const weights: ("bold" | "normal")[][] = [];
  const push = (row: Cell[], fmt?: (j: number) => string, bg?: (j: number) => string, bold = false) => {
    values.push(row);
    formats.push(row.map((_, j) => fmt?.(j) ?? "General"));
    backgrounds.push(row.map((_, j) => bg?.(j) ?? "#ffffff"));
    weights.push(row.map((): "bold" | "normal" => (bold ? "bold" : "normal")));
  };
  const pad = (r: Cell[]) => [...r, ...Array<Cell>(Math.max(0, W - r.length)).fill("")];
  push(pad([m.title]), undefined, undefined, true);
  push(pad([m.subtitle]));
  const head = headBlock(m, lang);
  head.forEach((r, i) => {
    const row = DASH.headTop + i;
    push(
      pad(r),
      (j) => {
        if (row >= DASH.valuesTop && (j === 4 || j === 6)) return SCORE;
        if (row === DASH.headTop + 4 && j === 1) return "0%";
        if ((row === DASH.headTop + 6 || row === DASH.headTop + 8) && j === 1) return SCORE;
        return "General";
      },
      (j) => {
        if (row >= DASH.valuesTop && j === 4)
          return heatColour(m.values[row - DASH.valuesTop]?.score ?? null);
        return "#ffffff";
      },
      row === DASH.headTop + 2,
    );
  });
  // Headline figures in bold.
  for (let r = DASH.headTop + 2; r <= DASH.headTop + 8; r++) weights[r - 1][1] = "bold";
  values.push(blank());
  formats.push(Array(W).fill("General"));
  backgrounds.push(Array(W).fill("#ffffff"));
  weights.push(Array<"normal">(W).fill("normal"));
  push(pad([t.dashUnitsTitle]), undefined, undefined, true);
  push(unitHeader(lang), undefined, () => "#f1f3f4", true);
  for (const u of m.units) {
    push(
      unitRow(u, lang),
      (j) => (j === 5 ? "0%" : j >= 7 && j !== 8 ? SCORE : "General"),
      (j) =>
        j === 6 || j === 5
          ? STATUS_COLOURS[u.status]
          : j >= 9 && j < 16
            ? heatColour(u.values[j - 9])
            : "#ffffff",
    );
  }
  const groupTop = DASH.unitsTop + m.units.length + 1;
  values.push(blank());
  formats.push(Array(W).fill("General"));
  backgrounds.push(Array(W).fill("#ffffff"));
  weights.push(Array<"normal">(W).fill("normal"));
  push(pad([t.dashGroupsTitle]), undefined, undefined, true);
  push(
    pad([t.dashColDimension, t.dashColGroup, t.dashColN, t.dashColIndex, ...VALUES.map((v) => v.code)]),
    undefined,
    () => "#f1f3f4",
    true,
  );
  for (const g of m.groups) {
    push(
      pad([g.dimension, g.group, g.n, cell(g.index), ...g.values.map(cell)]),
      (j) => (j >= 3 && j < 11 ? SCORE : "General"),
      (j) => (j >= 4 && j < 11 ? heatColour(g.values[j - 4]) : "#ffffff"),
    );
  }
  values.push(blank());
  formats.push(Array(W).fill("General"));
  backgrounds.push(Array(W).fill("#ffffff"));
  weights.push(Array<"normal">(W).fill("normal"));
  push(pad([m.legend]));
  const last = values.length - 1;
  return {
    values: values.map(literal),
    formats,
    backgrounds,
    weights,
    wraps: values.map((row, i) => row.map(() => (i < DASH.headTop - 1 || i === last ? "OVERFLOW" : "CLIP"))),
    unitRows: m.units.length,
    groupTop,
    order: m.units.map((u) => u.code),
  };
}
