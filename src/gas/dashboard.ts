/** The Dasbor tab. */
import type { Aggregates } from "../core/aggregate";
import { meansOf } from "../core/aggregate";
import { TAB } from "../core/tabs";
import type { Run } from "./pipeline";

/** After each processed submission: the dashboard's values, in one batched write. */
export function refreshDashboardValues(run: Run, aggs: Aggregates): void {
  const sheet = run.ss.getSheetByName(TAB.dashboard) ?? run.ss.insertSheet(TAB.dashboard);
  const m = meansOf(aggs.all, run.snapshot.points);
  sheet.getRange(1, 1, 2, 2).setValues([
    ["n", m.n],
    ["index", m.index ?? ""],
  ]);
}
