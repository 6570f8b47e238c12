/**
 * The dashboard as a pure model (PRODUCT.md "Dashboard", INSTRUMENT.md minimum group size):
 * from aggregates, the snapshot and the clock. Scores of groups below the minimum size are
 * replaced by "n < {minimum}" here, in the model, so no renderer can leak them.
 */

import { type Aggregates, meansOf } from "./aggregate";
import { dayFirst, longDate } from "./dates";
import { VALUES } from "./instrument";
import type { Snapshot } from "./snapshot";
import { type Lang, strings } from "./strings";
import { fill } from "./template";

/** A score as shown: a number, the hidden mark ("n < 5"), or null (no response at all). */
export type Shown = number | string | null;

export type UnitStatus = "tercapai" | "mendekati" | "kurang" | "belum ada" | "tanpa kuota";

export interface UnitLine {
  readonly code: string;
  readonly name: string;
  readonly headcount: number;
  readonly quota: number;
  readonly responses: number;
  /** Valid responses / quota (null without a quota). */
  readonly achievement: number | null;
  readonly status: UnitStatus;
  /** More valid responses than staff: the headcount in Unit Kerja, or respondents' choice of unit, needs checking. */
  readonly overHeadcount: boolean;
  readonly index: Shown;
  readonly predikat: string;
  readonly values: readonly Shown[];
  /** Change of the unit's index against the latest earlier year in Riwayat. */
  readonly change: Shown;
}

export interface GroupLine {
  readonly dimension: string;
  readonly group: string;
  readonly n: number;
  readonly index: Shown;
  readonly values: readonly Shown[];
}

export interface DashboardModel {
  readonly title: string;
  readonly subtitle: string;
  readonly daysLeft: number | null;
  readonly updated: string;
  readonly headline: {
    readonly responses: number;
    readonly totalQuota: number;
    readonly achievement: number | null;
    readonly unitsAtQuota: number;
    readonly unitsWithQuota: number;
    readonly index: Shown;
    readonly predikat: string;
    readonly eb: Shown;
  };
  readonly values: readonly {
    readonly code: string;
    readonly name: string;
    readonly score: Shown;
    readonly weakest: boolean;
    readonly change: Shown;
  }[];
  readonly units: readonly UnitLine[];
  readonly groups: readonly GroupLine[];
  readonly historyYear: number | null;
}

/** An earlier year's results (Riwayat): per unit code ("" = the whole instansi), the 7 value scores. */
export interface HistoryRow {
  readonly year: number;
  readonly unit: string;
  readonly values: readonly (number | null)[];
}

/** The predikat of an index, decided on its full precision (74.96 is Cukup Sehat). */
export function predikat(score: number | null, bands: Snapshot["bands"], lang: Lang): string {
  const t = strings(lang);
  if (score === null) return "";
  if (score >= bands.A) return t.predikatA;
  if (score >= bands.B) return t.predikatB;
  if (score >= bands.C) return t.predikatC;
  return t.predikatD;
}

export function unitStatus(responses: number, quota: number, near: number): UnitStatus {
  if (quota <= 0) return "tanpa kuota";
  if (responses === 0) return "belum ada";
  const a = responses / quota;
  if (a >= 1) return "tercapai";
  if (a >= near) return "mendekati";
  return "kurang";
}

/** Days from today to the deadline, counting both (0 after it); null without a deadline. */
export function daysLeft(todayYmd: string, endYmd: string): number | null {
  if (!endYmd) return null;
  const d = (Date.parse(`${endYmd}T00:00:00Z`) - Date.parse(`${todayYmd}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.round(d) + 1);
}

/**
 * Which of a table's groups must hide their scores: those below the minimum, and — when exactly
 * one group with responses is hidden while the total is shown — the next-smallest too, so the
 * hidden one cannot be recovered by subtraction.
 */
export function hiddenGroups(counts: readonly number[], min: number, totalShown: boolean): Set<number> {
  const hidden = new Set<number>();
  counts.forEach((n, i) => {
    if (n > 0 && n < min) hidden.add(i);
  });
  if (hidden.size === 1 && totalShown) {
    let next = -1;
    counts.forEach((n, i) => {
      if (n > 0 && !hidden.has(i) && (next < 0 || n < counts[next])) next = i;
    });
    if (next >= 0) hidden.add(next);
  }
  return hidden;
}

export interface DashboardInput {
  readonly snapshot: Snapshot;
  readonly aggs: Aggregates;
  readonly todayYmd: string;
  readonly updated: string;
  readonly history: readonly HistoryRow[];
}

export function dashboardModel(input: DashboardInput): DashboardModel {
  const { snapshot: s, aggs } = input;
  const lang = s.lang;
  const t = strings(lang);
  const min = s.minGroup;
  const mark = fill(t.hiddenMark, { min });
  const all = meansOf(aggs.all, s.points);
  const totalShown = all.n >= min;
  const show = (v: number | null, hide: boolean): Shown => (v === null ? null : hide ? mark : v);

  const active = s.units.filter((u) => u.active);
  const counts = active.map((u) => aggs.units[u.code]?.n ?? 0);
  const hidden = hiddenGroups(counts, min, totalShown);
  const earlier = input.history.filter((h) => h.year < s.year);
  const historyYear = earlier.length ? Math.max(...earlier.map((h) => h.year)) : null;
  const histOf = (unit: string) => earlier.find((h) => h.year === historyYear && h.unit === unit);
  const meanOf = (xs: readonly (number | null)[]) => {
    const ok = xs.filter((x): x is number => x !== null);
    return ok.length === 7 ? ok.reduce((a, b) => a + b, 0) / 7 : null;
  };

  const units: UnitLine[] = active.map((u, i) => {
    const m = meansOf(aggs.units[u.code], s.points);
    const hide = hidden.has(i) || m.n === 0;
    const index = m.n === 0 ? null : show(m.index, hide);
    const h = histOf(u.code);
    const prevIndex = h ? meanOf(h.values) : null;
    return {
      code: u.code,
      name: u.name,
      headcount: u.headcount,
      quota: u.quota,
      responses: m.n,
      achievement: u.quota > 0 ? m.n / u.quota : null,
      status: unitStatus(m.n, u.quota, s.nearThreshold),
      overHeadcount: u.headcount > 0 && m.n > u.headcount,
      index,
      predikat: hide || m.n === 0 ? "" : predikat(m.index, s.bands, lang),
      values: m.values.map((v) => (m.n === 0 ? null : show(v, hide))),
      change: !hide && m.index !== null && prevIndex !== null ? m.index - prevIndex : null,
    };
  });
  units.sort(
    (a, b) =>
      (a.achievement ?? Number.POSITIVE_INFINITY) - (b.achievement ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name),
  );

  const groups: GroupLine[] = [];
  for (const dim of ["employment", "position"] as const) {
    const keys = Object.keys(aggs.groups)
      .filter((k) => k.startsWith(`${dim}|`) && aggs.groups[k].n > 0)
      .sort();
    const gCounts = keys.map((k) => aggs.groups[k].n);
    const gHidden = hiddenGroups(gCounts, min, totalShown);
    keys.forEach((k, i) => {
      const m = meansOf(aggs.groups[k], s.points);
      groups.push({
        dimension: dim === "employment" ? t.dimEmployment : t.dimPosition,
        group: k.slice(dim.length + 1),
        n: m.n,
        index: show(m.index, gHidden.has(i)),
        values: m.values.map((v) => show(v, gHidden.has(i))),
      });
    });
  }

  const instHist = histOf("");
  const shownValues = all.values.map((v) => show(v, !totalShown));
  const numeric = shownValues.filter((v): v is number => typeof v === "number");
  const lowest = numeric.length ? Math.min(...numeric) : null;
  const totalQuota = active.reduce((a, u) => a + u.quota, 0);
  const withQuota = active.filter((u) => u.quota > 0);
  return {
    title: s.title,
    subtitle: fill(t.dashSubtitle, {
      instansi: s.instansi,
      start: longDate(s.startDate, s.lang) || "\u2013",
      end: longDate(s.endDate, s.lang) || "\u2013",
    }),
    daysLeft: daysLeft(input.todayYmd, s.endDate),
    updated: dayFirst(input.updated),
    headline: {
      responses: all.n,
      totalQuota,
      achievement: totalQuota > 0 ? all.n / totalQuota : null,
      unitsAtQuota: withQuota.filter((u) => (aggs.units[u.code]?.n ?? 0) >= u.quota).length,
      unitsWithQuota: withQuota.length,
      index: show(all.index, !totalShown),
      predikat: totalShown ? predikat(all.index, s.bands, lang) : "",
      eb: show(all.eb, !totalShown),
    },
    values: VALUES.map((v, i) => {
      const prev = instHist?.values[i] ?? null;
      const cur = all.values[i];
      return {
        code: v.code,
        name: v.name[lang],
        score: shownValues[i],
        weakest: lowest !== null && shownValues[i] === lowest,
        change: totalShown && cur !== null && prev !== null ? cur - prev : null,
      };
    }),
    units,
    groups,
    historyYear,
  };
}

/** A heat-map colour for a score 0..100: red through yellow to green. */
export function heatColour(score: Shown): string {
  if (typeof score !== "number") return "#eeeeee";
  const x = Math.max(0, Math.min(100, score)) / 100;
  const lerp = (a: number, b: number, f: number) => Math.round(a + (b - a) * f);
  const [r, g, b] =
    x < 0.5
      ? [lerp(0xf4, 0xff, x * 2), lerp(0xc7, 0xf2, x * 2), lerp(0xc3, 0xcc, x * 2)]
      : [lerp(0xff, 0xb7, (x - 0.5) * 2), lerp(0xf2, 0xe1, (x - 0.5) * 2), lerp(0xcc, 0xcd, (x - 0.5) * 2)];
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export const STATUS_COLOURS: Readonly<Record<UnitStatus, string>> = {
  tercapai: "#b7e1cd",
  mendekati: "#fce8b2",
  kurang: "#f4c7c3",
  "belum ada": "#e0e0e0",
  "tanpa kuota": "#ffffff",
};
