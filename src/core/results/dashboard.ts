/**
 * The dashboard as a pure model (PRODUCT.md "Dashboard", INSTRUMENT.md minimum group size):
 * from aggregates, the snapshot and the clock. Scores of groups below the minimum size are
 * replaced here, in the model, so no renderer can leak them: "n < {minimum}" for a group below the
 * minimum, "disembunyikan" for one withheld to protect another (privacy.ts).
 */

import { MIN_GROUP_FLOOR } from "../campaign/settingDefs";
import {
  type Agg,
  type Aggregates,
  addAgg,
  BEHAVIOUR_VALUE,
  behaviourMeans,
  emptyAgg,
  meansOf,
} from "../counting/aggregate";
import { VALUES } from "../counting/instrument";
import { GROUPS } from "../counting/scoring";
import type { Snapshot } from "../counting/snapshot";
import { dayFirst, daysLeft, longDate } from "../text/dates";
import { type Lang, strings } from "../text/strings";
import { fill } from "../text/template";
import { behaviourAtEnd, boundedTable, boundedTotal, type Hide } from "./privacy";
import { screenHides } from "./screen";

/** A score as shown: a number, a hidden mark ("n < 5", "disembunyikan"), or null (no response at all). */
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
  /** What the hidden marks mean. */
  readonly legend: string;
  /** The 21 behaviours (issue "From scores to action"), under the same hide decisions as the units. */
  readonly behaviours: BehaviourModel;
}

export interface BehaviourModel {
  /** The instansi's score of each behaviour (or its hidden mark). */
  readonly instansi: readonly Shown[];
  /** Indices of the instansi's three weakest behaviours (none while its scores are hidden). */
  readonly weakest: readonly number[];
  readonly units: readonly {
    readonly code: string;
    readonly name: string;
    readonly n: number;
    readonly scores: readonly Shown[];
    /** Index of the unit's weakest behaviour, when its scores are shown. */
    readonly weakest: number | null;
  }[];
}

/** The indices of the `k` lowest numbers among `xs` (ties: the earlier first). */
function lowestOf(xs: readonly Shown[], k: number): number[] {
  return xs
    .map((v, i) => ({ v, i }))
    .filter((e): e is { v: number; i: number } => typeof e.v === "number")
    .sort((a, b) => a.v - b.v || a.i - b.i)
    .slice(0, k)
    .map((e) => e.i);
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
  const min = Math.max(MIN_GROUP_FLOOR, s.minGroup);
  const marks: Record<Hide, string> = {
    small: fill(t.hiddenMark, { min }),
    protect: t.hiddenProtect,
    wait: t.hiddenProtect,
  };
  const active = s.units.filter((u) => u.active);
  // The totals are the active units' sums: a unit deactivated or unknown counts nowhere, so the
  // total minus the units shown gives nothing away.
  const totalAgg = emptyAgg();
  for (const u of active) addAgg(totalAgg, aggs.units[u.code]);
  const all = meansOf(totalAgg, s.points);
  const totalShown = all.n >= min;
  const show = (v: number | null, hide: Hide | null): Shown => (v === null ? null : hide ? marks[hide] : v);
  const screen = screenHides(s, aggs, totalAgg, min, t.groupBlank);
  const hidden = screen.units;
  // Bounded answers (privacy.ts): a score at the scale's end in a group below twice the minimum.
  const totalEnds = GROUPS.map((_, i) => totalShown && boundedTotal(totalAgg, i, min, s.points));
  const unitEnds = boundedTable(
    totalAgg,
    active.map((u, i) => ({ sums: aggs.units[u.code], shown: hidden[i] === null })),
    min,
    s.points,
  );
  const showAll = (m: ReturnType<typeof meansOf>, hide: Hide | null, ends: readonly boolean[]) => {
    const values = m.values.map((v, i) => (ends[i] && v !== null && !hide ? t.hiddenProtect : show(v, hide)));
    const anyEnd = ends.slice(0, VALUES.length).some((x) => x);
    return {
      values,
      index: anyEnd && m.index !== null && !hide ? t.hiddenProtect : show(m.index, hide),
      anyEnd,
    };
  };
  const earlier = input.history.filter((h) => h.year < s.year);
  const historyYear = earlier.length ? Math.max(...earlier.map((h) => h.year)) : null;
  const histOf = (unit: string) => earlier.find((h) => h.year === historyYear && h.unit === unit);
  const meanOf = (xs: readonly (number | null)[]) => {
    const ok = xs.filter((x): x is number => x !== null);
    return ok.length === 7 ? ok.reduce((a, b) => a + b, 0) / 7 : null;
  };

  const units: UnitLine[] = active.map((u, i) => {
    const m = meansOf(aggs.units[u.code], s.points);
    const hide = m.n === 0 ? null : hidden[i];
    const shownScores = showAll(m, hide, unitEnds[i]);
    const index = m.n === 0 ? null : shownScores.index;
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
      predikat: hide !== null || m.n === 0 || shownScores.anyEnd ? "" : predikat(m.index, s.bands, lang),
      values: m.n === 0 ? m.values.map(() => null) : shownScores.values,
      change:
        hide === null && !shownScores.anyEnd && m.index !== null && prevIndex !== null
          ? m.index - prevIndex
          : null,
    };
  });
  units.sort(
    (a, b) =>
      (a.achievement ?? Number.POSITIVE_INFINITY) - (b.achievement ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name),
  );

  // Each profile breakdown, as the screen's check decided (screen.ts).
  const groups: GroupLine[] = [];
  for (const table of screen.profiles) {
    const ends = boundedTable(
      totalAgg,
      table.list.map((g, k) => ({ sums: g.agg, shown: table.hidden[k] === null })),
      min,
      s.points,
    );
    table.list.forEach((g, k) => {
      const m = meansOf(g.agg, s.points);
      const shownScores = showAll(m, table.hidden[k], ends[k]);
      groups.push({
        dimension: table.dim === "employment" ? t.dimEmployment : t.dimPosition,
        group: g.label,
        n: m.n,
        index: shownScores.index,
        values: shownScores.values,
      });
    });
  }

  // Behaviour sums exist from derived layout 4 on: until the automatic recompute has rebuilt every
  // unit's, the behaviour scores are left empty rather than computed from part of the responses.
  const behComplete = active.every((u) => (aggs.units[u.code]?.n ?? 0) === 0 || aggs.units[u.code].beh);
  const behOf = (a: Agg | undefined) =>
    behComplete ? behaviourMeans(a, s.points) : behaviourMeans(undefined, s.points);
  const behShown = (a: Agg | undefined, ends: readonly boolean[]) => (v: Shown, j: number) =>
    typeof v === "number" &&
    a &&
    (ends[BEHAVIOUR_VALUE[j]] || behaviourAtEnd(a.n, a.beh?.[j] ?? -1, min, s.points))
      ? t.hiddenProtect
      : v;
  const instansiBeh = behOf(totalAgg)
    .map((v) => show(v, totalShown ? null : "small"))
    .map(behShown(totalAgg, totalEnds));
  const behaviours: BehaviourModel = {
    instansi: instansiBeh,
    weakest: lowestOf(instansiBeh, 3),
    units: active
      .map((u, i) => {
        const a = aggs.units[u.code];
        const n = a?.n ?? 0;
        const hide = n === 0 ? null : hidden[i];
        const scores = behOf(a)
          .map((v) => (n === 0 ? null : show(v, hide)))
          .map(behShown(a, unitEnds[i]));
        return {
          code: u.code,
          name: u.name,
          n,
          scores,
          weakest: hide ? null : (lowestOf(scores, 1)[0] ?? null),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };

  const instHist = histOf("");
  const totalHide: Hide | null = totalShown ? null : "small";
  const shownValues = all.values.map((v, i) =>
    totalEnds[i] && v !== null ? t.hiddenProtect : show(v, totalHide),
  );
  const totalAnyEnd = totalEnds.slice(0, VALUES.length).some((x) => x);
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
      index: totalAnyEnd ? t.hiddenProtect : show(all.index, totalHide),
      predikat: totalShown && !totalAnyEnd ? predikat(all.index, s.bands, lang) : "",
      eb: totalEnds[VALUES.length] ? t.hiddenProtect : show(all.eb, totalHide),
    },
    values: VALUES.map((v, i) => {
      const prev = instHist?.values[i] ?? null;
      const cur = all.values[i];
      return {
        code: v.code,
        name: v.name[lang],
        score: shownValues[i],
        weakest: lowest !== null && shownValues[i] === lowest,
        change: totalShown && !totalEnds[i] && cur !== null && prev !== null ? cur - prev : null,
      };
    }),
    units,
    groups,
    behaviours,
    historyYear,
    legend: fill(t.hiddenLegend, { min }),
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
