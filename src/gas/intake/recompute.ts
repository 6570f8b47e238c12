/**
 * Hitung Ulang Skor's work: Skor cleared and rebuilt from the raw responses of every tab, in chunks, resumed by a one-off trigger when a run's time runs out.
 */
import { aggregateAll } from "../../core/counting/aggregate";
import { duplicateIndexes } from "../../core/counting/duplicates";
import { isBlankRow, type Scored, STATUS, scoreRow } from "../../core/counting/scoring";
import {
  asText,
  readSkorRow,
  reasonText,
  SK,
  SKOR_WIDTH,
  type SkorEntry,
  skorRow,
} from "../../core/counting/skor";
import { scoreConfig } from "../../core/counting/snapshot";
import { countingMasks } from "../../core/counting/sources";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { recordError } from "../platform/errors";
import { openRun, type Run } from "../platform/run";
import { EDITED_KEY, type State, writeState } from "../platform/state";
import { liveEntry, writeAllAggregates } from "../platform/stateWrites";
import { refreshAll } from "../results/api";
import { TIME_BUDGET_MS } from "../sheet/clock";
import { ensureGrid } from "../sheet/skorTab";
import { hasher } from "./hashing";
import { provideRebuild } from "./rebuild";
import { reconcile } from "./reconcile";
import { dateOf, readTimes, sourcesOf } from "./sources";
import { underTriggerLock } from "./triggerRun";

const RECOMPUTE_CHUNK = 25_000;

const CONTINUE_HANDLER = "recomputeContinueTrigger";

export interface RecomputeResult {
  readonly done: boolean;
  readonly processed: number;
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly duplicates: number;
}

/** Starts a recompute: Skor is cleared and rebuilt from the raw responses of every source, resumably. */
export function startRecompute(run: Run): RecomputeResult {
  const sources = sourcesOf(run);
  const total = sources.reduce((a, src) => a + src.rows, 0);
  const state: State = {
    ...run.stored.state,
    recompute: { next: 2, total, lastRun: Date.now(), src: sources[0].id, written: 0, attempts: 1 },
  };
  writeState(run.props, state);
  const last = run.skor.getLastRow();
  if (last > 1) run.skor.getRange(2, 1, last - 1, SKOR_WIDTH).clearContent();
  return recomputeStep({ ...run, stored: { ...run.stored, state } }, true);
}

/** Runs of a recompute in a row that may fail without progress before it is given up. */
const RECOMPUTE_ATTEMPTS = 3;

/**
 * One run of a recompute: scores the rows that count (core/sources) from the mark, source after
 * source, in chunks, while time allows; appends them to Skor; then settles duplicates and the
 * aggregates. If time runs out, the mark is saved and a one-off trigger continues (and removes
 * itself when done). A source that vanished between runs (staff deleted an earlier tab) makes the
 * recompute start again.
 */
export function recomputeStep(run: Run, counted = false): RecomputeResult {
  const state0 = run.stored.state;
  const rc0 = state0.recompute;
  if (!rc0) return { done: true, processed: 0, total: 0, valid: 0, invalid: 0, duplicates: 0 };
  // A recompute that keeps failing must not hold processing for ever: each run counts an attempt
  // (progress resets the count); past the limit it is given up, the health check says so, and the
  // hourly reconcile scores whatever Skor lacks, incrementally, as after any crash.
  const rc = counted ? rc0 : { ...rc0, attempts: (rc0.attempts ?? 0) + 1 };
  if ((rc.attempts ?? 0) > RECOMPUTE_ATTEMPTS) {
    writeState(run.props, { ...state0, recompute: undefined });
    removeContinuation();
    recordError(
      new Error(fill(strings(run.snapshot.lang).recomputeAbandoned, { count: RECOMPUTE_ATTEMPTS })),
    );
    return { done: false, processed: 0, total: rc.total, valid: 0, invalid: 0, duplicates: 0 };
  }
  const state: State = { ...state0, recompute: rc };
  if (!counted) writeState(run.props, state);
  const snap = run.snapshot;
  const cfg = scoreConfig(snap);
  const hashOf = hasher(run);
  const deadline = run.started + TIME_BUDGET_MS;
  const sources = sourcesOf(run);
  // Version 2 scored its single source in place: its mark is the live tab's row, as many written.
  let s = rc.src === undefined ? sources.length - 1 : sources.findIndex((x) => x.id === rc.src);
  if (s < 0)
    return startRecompute({ ...run, stored: { ...run.stored, state: { ...state, recompute: undefined } } });
  // One tab: every row counts (blank ones aside), so its timestamps need not be read.
  const masks =
    sources.length === 1
      ? [Array<boolean>(sources[0].rows).fill(true)]
      : countingMasks(sources.map(readTimes));
  // When this run scores every row, its results stay in memory for the settling below.
  const inMemory: { entry: Scored; nipHash: string; reason: string }[] = [];
  const fromStart = rc.next === 2 && s === 0 && !rc.written;
  let written = rc.written ?? rc.next - 2;
  ensureGrid(run.skor, written + 1 + sources.slice(s).reduce((a, x) => a + x.rows, 0));
  let next = rc.next;
  let done = 0;
  for (let i = 0; i < s; i++) done += sources[i].rows;
  let lastChunkMs = 0;
  let outOfTime = false;
  for (; s < sources.length; s++, next = 2) {
    const src = sources[s];
    while (next <= src.rows + 1) {
      if (Date.now() + lastChunkMs * 1.5 > deadline) {
        outOfTime = true;
        break;
      }
      const t0 = Date.now();
      const n = Math.min(RECOMPUTE_CHUNK, src.rows + 2 - next);
      const rows = src.sheet.getRange(next, 1, n, src.cols.width).getValues();
      const out: unknown[][] = [];
      rows.forEach((row, i) => {
        if (!masks[s][next - 2 + i] || isBlankRow(row)) return;
        const sc = scoreRow(row, src.cols, cfg);
        const nipHash = hashOf(sc);
        if (fromStart) inMemory.push({ entry: sc, nipHash, reason: reasonText(sc.reason, snap.lang) });
        // The response's own timestamp cell goes to Skor as it is (no new Date per row).
        out.push(
          skorRow(
            sc,
            nipHash,
            snap.points,
            snap.lang,
            sc.time > 0 ? row[src.cols.timestamp] : dateOf(sc.time),
          ),
        );
      });
      if (out.length > 0) run.skor.getRange(written + 2, 1, out.length, SKOR_WIDTH).setValues(out);
      written += out.length;
      next += n;
      lastChunkMs = Date.now() - t0;
      const more = next <= src.rows + 1 || s < sources.length - 1;
      if (more) {
        const mark = next <= src.rows + 1 ? { src: src.id, next } : { src: sources[s + 1].id, next: 2 };
        writeState(run.props, {
          ...state,
          recompute: { ...rc, ...mark, written, lastRun: Date.now(), attempts: 0 },
        });
      }
    }
    if (outOfTime) break;
    done += src.rows;
  }
  if (outOfTime) {
    scheduleContinuation();
    return { done: false, processed: done + next - 2, total: rc.total, valid: 0, invalid: 0, duplicates: 0 };
  }
  const total = written;
  // Settle duplicates and aggregates over the whole of Skor (in memory when this run wrote all of it).
  let entries: SkorEntry[];
  let reasons: string[];
  if (fromStart) {
    entries = inMemory.map((m) => ({ ...m.entry, nipHash: m.nipHash }));
    reasons = inMemory.map((m) => m.reason);
  } else {
    const values = total > 0 ? run.skor.getRange(2, 1, total, SKOR_WIDTH).getValues() : [];
    entries = values.map((r) => readSkorRow(r, snap.points));
    reasons = values.map((r) => String(r[SK.reason]));
  }
  const dups = duplicateIndexes(
    entries.map((e) => ({ hash: e.nipHash, eligible: e.status === STATUS.valid, key: e.key, time: e.time })),
    snap.policy,
  );
  if (dups.size > 0) {
    const reason = reasonText({ code: "duplicate" }, snap.lang);
    const block = entries.map((e, i) =>
      dups.has(i) ? [asText(STATUS.duplicate), asText(reason)] : [asText(e.status), asText(reasons[i])],
    );
    run.skor.getRange(2, SK.status + 1, total, 2).setValues(block);
  }
  const final = entries.map((e, i) => (dups.has(i) ? { ...e, status: STATUS.duplicate } : e));
  const aggs = aggregateAll(final);
  const live = sources[sources.length - 1].rows;
  writeAllAggregates(run.props, aggs, run.stored.keys, total, liveEntry(live));
  const cleared: State = { ...state, recompute: undefined, rowAdjust: total - live || undefined };
  writeState(run.props, cleared);
  // Marks of edits are settled by the recompute itself.
  if (run.stored.edited === "all" || run.stored.edited.length > 0) run.props.deleteProperty(EDITED_KEY);
  if (!fromStart) removeContinuation();
  const after: Run = {
    ...run,
    stored: { ...run.stored, state: cleared, aggs, aggRows: total, dashRows: total, edited: [] },
  };
  // Responses that arrived meanwhile waited for this moment. A recompute spread over several runs
  // read rows by position: if staff sorted the tab between runs, some were scored twice and some
  // not at all though the counts agree, so the keys are compared whatever the counts say.
  if (reconcile(after, { force: !fromStart, checkEdits: false })) refreshAll(after);
  else refreshAll(after, { stored: after.stored, skorRows: total });
  const count = (st: string) => final.filter((e) => e.status === st).length;
  return {
    done: true,
    processed: total,
    total,
    valid: count(STATUS.valid),
    invalid: count(STATUS.invalid),
    duplicates: count(STATUS.duplicate),
  };
}

function scheduleContinuation(): void {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === CONTINUE_HANDLER)) return;
  ScriptApp.newTrigger(CONTINUE_HANDLER)
    .timeBased()
    .after(60 * 1000)
    .create();
}

function removeContinuation(): void {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
}

/** The continuation trigger of a recompute too large for one run. */
export function continueRecompute(): void {
  underTriggerLock(30_000, undefined, () => {
    const run = openRun();
    if (!run) return;
    // The one-off trigger has fired: remove it, so that a further continuation can be scheduled.
    removeContinuation();
    recomputeStep(run);
  });
}

// Reconcile and repair ask for rebuilds through rebuild.ts (they cannot import this file back).
provideRebuild(startRecompute);
