/**
 * The aggregates rebuilt from Skor when a run died between writing Skor and saving them; Skor itself checked first.
 */
import { type Aggregates, aggregateAll } from "../../core/counting/aggregate";
import { duplicateIndexes } from "../../core/counting/duplicates";
import { STATUS } from "../../core/counting/scoring";
import { asText, readSkorRow, reasonText, SK, SKOR_WIDTH, skorRowSound } from "../../core/counting/skor";
import { activeUnitCodes } from "../../core/counting/snapshot";
import type { Run } from "../platform/run";
import { dashEntry, writeAllAggregates } from "../platform/stateWrites";
import { refreshDashboardValues } from "../results/api";
import { requestRebuild } from "./rebuild";

/**
 * Rebuilds the aggregates (and settles duplicates) from Skor itself, when the stored aggregates do
 * not reflect it: a run died between writing Skor and saving them. Every row is checked first: when
 * one is not the product's (a totals line, a note, a hand-edited score), Skor is not trusted and
 * everything is rebuilt from the raw responses instead; then null is returned (that recompute
 * counts whatever the caller was about to add).
 */
export function repair(run: Run, skorRows: number): Aggregates | null {
  const snap = run.snapshot;
  const values = skorRows > 0 ? run.skor.getRange(2, 1, skorRows, SKOR_WIDTH).getValues() : [];
  // Each row must be one the product could have written for today's units (a status typed over
  // is not trusted): otherwise everything is rebuilt from the raw responses.
  const active = activeUnitCodes(snap);
  if (!values.every((r) => skorRowSound(r, snap.points, active))) {
    requestRebuild(run);
    return null;
  }
  const entries = values.map((r) => readSkorRow(r, snap.points));
  const dups = duplicateIndexes(
    entries.map((e) => ({
      hash: e.nipHash,
      eligible: e.status !== STATUS.invalid,
      key: e.key,
      time: e.time,
    })),
    snap.policy,
  );
  const final = entries.map((e, i) => {
    if (e.status === STATUS.invalid) return e;
    return { ...e, status: dups.has(i) ? STATUS.duplicate : STATUS.valid };
  });
  if (final.some((e, i) => e.status !== entries[i].status)) {
    const reason = reasonText({ code: "duplicate" }, snap.lang);
    const block = final.map((e, i) =>
      e.status === entries[i].status
        ? [asText(String(values[i][SK.status])), asText(String(values[i][SK.reason]))]
        : [asText(e.status), asText(e.status === STATUS.duplicate ? reason : "")],
    );
    run.skor.getRange(2, SK.status + 1, skorRows, 2).setValues(block);
  }
  const aggs = aggregateAll(final);
  refreshDashboardValues(run, aggs);
  writeAllAggregates(run.props, aggs, run.stored.keys, skorRows);
  run.props.setProperties(dashEntry(skorRows));
  return aggs;
}

/** The stored aggregates if they reflect Skor as it is, else rebuilt from Skor. */
export function consistentAggregates(run: Run, skorRows: number): Aggregates | null {
  return run.stored.aggRows === skorRows ? run.stored.aggs : repair(run, skorRows);
}
