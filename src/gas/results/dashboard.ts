/**
 * The Dasbor tab, rendered from the pure model: a values update after each processed submission
 * (the headline block and the unit table, two writes) and a full refresh (values, formats,
 * colours, order, charts, protection) from "Perbarui Dasbor" and the catch-up.
 */

import { MIN_GROUP_FLOOR } from "../../core/campaign/settingDefs";
import type { Aggregates } from "../../core/counting/aggregate";
import { VALUES } from "../../core/counting/instrument";
import { localTime, type Snapshot } from "../../core/counting/snapshot";
import { TAB } from "../../core/platform/tabs";
import { BEH_TABLE_ROW, BEH_WIDTH, renderBehaviours } from "../../core/results/behaviourLayout";
import { type DashboardModel, dashboardModel, type HistoryRow } from "../../core/results/dashboard";
import { DASH, headBlock, literal, renderDashboard, unitRow } from "../../core/results/dashboardLayout";
import { parseRiwayat } from "../../core/results/riwayat";
import { strings } from "../../core/text/strings";
import type { Run } from "../platform/run";
import type { Stored } from "../platform/state";
import { behavioursEntry, dashEntry, dashOrderEntry, fullRowsEntry } from "../platform/stateWrites";
import { ensureGrid } from "../sheet/skorTab";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function model(snapshot: Snapshot, aggs: Aggregates, history: readonly HistoryRow[]): DashboardModel {
  const now = localTime(Date.now(), snapshot.tzOffsetMin);
  return dashboardModel({ snapshot, aggs, todayYmd: now.ymd, updated: now.text, history });
}

/**
 * After each processed submission: the headline block and the unit table's values, in the
 * order the last full refresh laid out (its formats and colours stay until the next one).
 */

/** Achievement bars with a gridline at every quarter and the quota itself (100 %) among them. */
const ACHIEVEMENT_AXIS = { format: "percent", minValue: 0, ticks: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5] };

/** Tall enough that every unit's name has its own line (labels are not squeezed or cut). */
function achievementChartHeight(units: number): number {
  return 80 + 22 * units;
}

/** Returns false when there is no Dasbor to update (the caller builds it). */
export function refreshDashboardValues(run: Run, aggs: Aggregates): boolean {
  const sheet = run.ss.getSheetByName(TAB.dashboard);
  if (!sheet) return false;
  const m = model(run.snapshot, aggs, []);
  const lang = run.snapshot.lang;
  // Columns that depend on Riwayat (the changes) are left to the full refresh.
  sheet
    .getRange(DASH.headTop, 1, DASH.headRows, 6)
    .setValues(headBlock(m, lang).map((r) => literal(r.slice(0, 6))));
  const byCode = new Map(m.units.map((u) => [u.code, u]));
  const rows = run.stored.dashOrder.map((code) => byCode.get(code)).filter((u) => u !== undefined);
  if (rows.length > 0 && rows.length === run.stored.dashOrder.length) {
    sheet
      .getRange(DASH.unitsTop, 1, rows.length, DASH.width - 1)
      .setValues(rows.map((u) => literal(unitRow(u, lang).slice(0, DASH.width - 1))));
  }
  return true;
}

/**
 * Earlier years from the optional Riwayat tab (tahun, kode unit, the 7 value scores): its sound
 * rows only (the health check lists the others, with their rows).
 */
function readHistory(ss: Spreadsheet, snapshot: Snapshot): HistoryRow[] {
  const sheet = ss.getSheetByName(TAB.history);
  if (!sheet) return [];
  return parseRiwayat(
    sheet.getDataRange().getValues(),
    new Set(snapshot.units.map((u) => u.code)),
    snapshot.year,
  ).rows;
}

const CHART_ANCHOR_COL = DASH.width + 2;

/** The full refresh: everything on the tab, in a number of calls that does not grow with the units. */
export function fullRefresh(
  ss: Spreadsheet,
  stored: Stored,
  snapshot: Snapshot,
  skorRows: number,
  props: GoogleAppsScript.Properties.Properties,
  /** Write the Perilaku tab even when it was written today (the menu: staff asked for it now). */
  behavioursNow = false,
): void {
  const lang = snapshot.lang;
  const t = strings(lang);
  const existing = ss.getSheetByName(TAB.dashboard);
  const sheet: Sheet = existing ?? ss.insertSheet(TAB.dashboard);
  const m = model(snapshot, stored.aggs, readHistory(ss, snapshot));
  const r = renderDashboard(m, lang);
  sheet.clear();
  // A new tab has 1,000 rows: about 985 units and more need a taller grid (one call otherwise).
  ensureGrid(sheet, r.values.length);
  sheet
    .getRange(1, 1, r.values.length, DASH.width)
    .setValues(r.values)
    .setNumberFormats(r.formats)
    .setBackgrounds(r.backgrounds)
    .setFontWeights(r.weights)
    // Figures and marks stay on one line ("n < 5", "disembunyikan"); the title, subtitle and the
    // legend below the tables may run on into empty cells.
    .setWrapStrategies(r.wraps.map((row) => row.map((w) => SpreadsheetApp.WrapStrategy[w])));
  if (!existing) {
    // Set once, when the tab is made: staff may resize columns afterwards.
    sheet.getRange(1, 1).setFontSize(16);
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 190);
    sheet.setColumnWidth(2, 280);
    sheet.setColumnWidths(3, DASH.width - 2, 96);
    sheet.protect().setDescription(TAB.dashboard).setWarningOnly(true);
  }

  const n = Math.max(1, r.unitRows);
  const charts = sheet.getCharts();
  if (charts.length === 0) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(DASH.valuesTop, 4, VALUES.length, 2))
        .setPosition(1, CHART_ANCHOR_COL, 0, 0)
        .setOption("title", t.dashChartValues)
        .setOption("legend", { position: "none" })
        .setOption("hAxis", { minValue: 0, maxValue: 100 })
        .build(),
    );
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(DASH.unitsTop, 2, n, 1))
        .addRange(sheet.getRange(DASH.unitsTop, 6, n, 1))
        .setPosition(22, CHART_ANCHOR_COL, 0, 0)
        .setOption("title", t.dashChartAchievement)
        .setOption("legend", { position: "none" })
        .setOption("hAxis", ACHIEVEMENT_AXIS)
        .setOption("chartArea", { left: 240 })
        .setOption("height", achievementChartHeight(n))
        .build(),
    );
  } else if (charts.length > 1 && stored.dashOrder.length !== r.unitRows) {
    // The unit count changed: the achievement chart follows the table's new length.
    sheet.updateChart(
      charts[1]
        .modify()
        .clearRanges()
        .addRange(sheet.getRange(DASH.unitsTop, 2, n, 1))
        .addRange(sheet.getRange(DASH.unitsTop, 6, n, 1))
        .setOption("height", achievementChartHeight(n))
        .build(),
    );
  }
  // The Perilaku tab is an analysis, not a counter: written once a day by the runs that refresh
  // Dasbor (and at once from the menu), so that a recompute or a catch-up keeps its call budget.
  const today = localTime(Date.now(), snapshot.tzOffsetMin).ymd;
  const behaviours =
    behavioursNow || stored.behaviours.day !== today
      ? behavioursEntry(today, writeBehaviours(ss, m, snapshot, stored.behaviours.rows))
      : {};
  props.setProperties({
    ...dashOrderEntry(r.order, stored.keys),
    ...dashEntry(skorRows),
    ...fullRowsEntry(skorRows),
    ...behaviours,
  });
}

/**
 * The Perilaku tab in one chained write, the rows its last write took beyond this one blanked in
 * the same write (no clear); returns how many rows it took.
 */
function writeBehaviours(ss: Spreadsheet, m: DashboardModel, snapshot: Snapshot, before: number): number {
  const lang = snapshot.lang;
  const existing = ss.getSheetByName(TAB.behaviours);
  const sheet: Sheet = existing ?? ss.insertSheet(TAB.behaviours);
  const r = renderBehaviours(m.behaviours, lang, {
    instansi: snapshot.instansi,
    updated: m.updated,
    min: Math.max(MIN_GROUP_FLOOR, snapshot.minGroup),
  });
  const rows = r.values.length;
  const blank = (fill: string) => Array.from({ length: BEH_WIDTH }, () => fill);
  for (let i = rows; i < before; i++) {
    r.values.push(blank(""));
    r.formats.push(blank("General"));
    r.backgrounds.push(blank("#ffffff"));
    r.weights.push(blank("normal") as ("normal" | "bold")[]);
  }
  const write = () =>
    sheet
      .getRange(1, 1, r.values.length, BEH_WIDTH)
      // Every text literally (the instansi's name in the subtitle, units' codes and names).
      .setValues(r.values.map(literal))
      .setNumberFormats(r.formats)
      .setBackgrounds(r.backgrounds)
      .setFontWeights(r.weights);
  // The grid is asked for its size only when the write does not fit (more units, rows deleted).
  try {
    write();
  } catch (_e) {
    ensureGrid(sheet, r.values.length);
    write();
  }
  if (!existing) {
    sheet.setFrozenRows(BEH_TABLE_ROW);
    sheet.setColumnWidth(2, 220);
    sheet.setColumnWidth(3, 320);
    sheet.setColumnWidth(BEH_WIDTH, 420);
    sheet.protect().setDescription(TAB.behaviours).setWarningOnly(true);
  }
  return rows;
}
