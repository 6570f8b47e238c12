/**
 * Writing Skor and the aggregates: a response added (one or many), duplicates by NIP settled, and the commit that saves the aggregates with the Skor row count they reflect.
 */
import { type Aggregates, apply } from "../../core/counting/aggregate";
import { duplicateIndexes, prefer } from "../../core/counting/duplicates";
import { type Scored, STATUS } from "../../core/counting/scoring";
import {
  asText,
  readSkorRow,
  reasonText,
  SK,
  SKOR_WIDTH,
  type SkorEntry,
  skorRow,
} from "../../core/counting/skor";
import { recordError } from "../platform/errors";
import type { Run } from "../platform/run";
import { aggEntries, dashEntry, liveEntry } from "../platform/stateWrites";
import { fullRefresh, refreshDashboardValues } from "../results/api";
import { ensureGrid } from "../sheet/skorTab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

import { hasher } from "./hashing";
import { dateOf, readRow } from "./sources";

/**
 * A response key in Skor, searched on Google's side in the key column only (a key is never part
 * of another cell of that column, so the whole-cell option is not needed).
 */
export function findKey(
  sheet: Sheet,
  text: string,
  skorRows: number,
): GoogleAppsScript.Spreadsheet.Range | null {
  if (skorRows <= 0) return null;
  return sheet
    .getRange(2, SK.key + 1, skorRows, 1)
    .createTextFinder(text)
    .findNext();
}

interface Known {
  row: number;
  entry: SkorEntry;
}

function markDuplicate(run: Run, row: number): void {
  run.skor
    .getRange(row, SK.status + 1, 1, 2)
    .setValues([[asText(STATUS.duplicate), asText(reasonText({ code: "duplicate" }, run.snapshot.lang))]]);
}

/**
 * Settles a new valid response against the counted one of its NIP group (if any) under the
 * policy; returns the response as it is to be written (duplikat when it loses).
 */
export function settle(
  run: Run,
  s: Scored,
  group: Known[],
  aggs: Aggregates,
  changed: Set<string>,
  write: (k: Known) => void,
): Scored {
  const counted = group.find((g) => g.entry.status === STATUS.valid);
  if (!counted) return s;
  if (prefer({ key: s.key, time: s.time }, counted.entry, run.snapshot.policy)) {
    for (const n of apply(aggs, counted.entry, -1)) changed.add(n);
    counted.entry = { ...counted.entry, status: STATUS.duplicate };
    write(counted);
    return s;
  }
  return { ...s, status: STATUS.duplicate, reason: { code: "duplicate" } };
}

/** The fast path: one new response, its NIP group found on the server side, one appended row. */
export function addOne(run: Run, s0: Scored, aggs: Aggregates, skorRows: number): string[] {
  const changed = new Set<string>(["all"]);
  const hash = hasher(run)(s0);
  let s = s0;
  const flips: Known[] = [];
  if (hash !== "" && s.status === STATUS.valid) {
    s = settle(run, s, findByHash(run, hash, skorRows), aggs, changed, (k) => flips.push(k));
  }
  // The row first, then any flip: a crash in between leaves the row count changed, which the next run notices.
  run.skor.appendRow(skorRow(s, hash, run.snapshot.points, run.snapshot.lang, dateOf(s.time)));
  for (const k of flips) markDuplicate(run, k.row);
  for (const n of apply(aggs, s, 1)) changed.add(n);
  return [...changed];
}

/** Many new responses (catch-up): settled in memory, written as one block below the last Skor row. */
export function addMany(run: Run, scored: readonly Scored[], aggs: Aggregates): string[] {
  const changed = new Set<string>(["all"]);
  if (scored.length === 0) return [];
  const snap = run.snapshot;
  const hashOf = hasher(run);
  const hashes = scored.map(hashOf);
  const groups = new Map<string, Known[]>();
  const start = run.skor.getLastRow() + 1;
  if (hashes.some((h) => h !== "") && start > 2) {
    // Existing NIP groups: the status and hash columns, then whole rows only where a hash recurs.
    const n = start - 2;
    const status = run.skor.getRange(2, SK.status + 1, n, 1).getValues();
    const hashCol = run.skor.getRange(2, SK.nipHash + 1, n, 1).getValues();
    const wanted = new Set(hashes.filter((h) => h !== ""));
    hashCol.forEach((h, i) => {
      const hash = String(h[0]);
      if (!wanted.has(hash) || String(status[i][0]) !== STATUS.valid) return;
      const row = i + 2;
      const entry = readSkorRow(readRow(run.skor, row, SKOR_WIDTH), snap.points);
      groups.set(hash, [...(groups.get(hash) ?? []), { row, entry }]);
    });
  }
  const rows: unknown[][] = [];
  const flips: number[] = [];
  const order = scored.map((_, i) => i).sort((a, b) => scored[a].time - scored[b].time || a - b);
  const placed: Scored[] = [];
  for (const i of order) {
    let s = scored[i];
    const hash = hashes[i];
    if (hash !== "" && s.status === STATUS.valid) {
      s = settle(run, s, groups.get(hash) ?? [], aggs, changed, (k) => {
        if (k.row < start) flips.push(k.row);
        else {
          const j = k.row - start;
          placed[j] = { ...placed[j], status: STATUS.duplicate, reason: { code: "duplicate" } };
          rows[j] = skorRow(placed[j], hash, snap.points, snap.lang, dateOf(placed[j].time));
        }
      });
    }
    const row = start + rows.length;
    placed.push(s);
    rows.push(skorRow(s, hash, snap.points, snap.lang, dateOf(s.time)));
    if (hash !== "") {
      const entry: SkorEntry = { ...s, nipHash: hash };
      groups.set(hash, [...(groups.get(hash) ?? []), { row, entry }]);
    }
    for (const n of apply(aggs, s, 1)) changed.add(n);
  }
  ensureGrid(run.skor, start + rows.length - 1);
  run.skor.getRange(start, 1, rows.length, SKOR_WIDTH).setValues(rows);
  for (const r of flips) markDuplicate(run, r);
  return [...changed];
}

/** Skor rows with a NIP hash, found on Google's side in the hash column only. */
function findByHash(run: Run, hash: string, skorRows: number): Known[] {
  if (skorRows <= 0) return [];
  return run.skor
    .getRange(2, SK.nipHash + 1, skorRows, 1)
    .createTextFinder(hash)
    .findAll()
    .map((r) => {
      const row = r.getRow();
      return { row, entry: readSkorRow(readRow(run.skor, row, SKOR_WIDTH), run.snapshot.points) };
    });
}

/**
 * The dashboard's values first, then the aggregates with the Skor row count they reflect, in one
 * write: after a crash anywhere before it, the stored count differs from Skor's and the next run
 * rebuilds the aggregates from Skor.
 */
export function commit(
  run: Run,
  aggs: Aggregates,
  changed: readonly string[],
  skorRows: number,
  liveRows?: number,
): void {
  let dashRows = skorRows;
  try {
    // No Dasbor yet (the responses tab appeared after setup, in a later execution): it is built
    // with the first counted response.
    if (!refreshDashboardValues(run, aggs))
      fullRefresh(run.ss, { ...run.stored, aggs }, run.snapshot, skorRows, run.props);
  } catch (e) {
    // A broken dashboard (staff deleted its columns…) must not stop the counting: it is reported,
    // and marked stale so that the next full refresh rebuilds it.
    recordError(e);
    dashRows = -1;
  }
  const live = liveRows === undefined ? {} : liveEntry(liveRows);
  run.props.setProperties({ ...aggEntries(aggs, changed, skorRows), ...dashEntry(dashRows), ...live });
}

/** Re-decides which response of a NIP group counts (after one was removed). */
export function resettle(run: Run, hash: string, aggs: Aggregates, skorRows: number): string[] {
  const group = findByHash(run, hash, skorRows).filter((g) => g.entry.status !== STATUS.invalid);
  if (group.length === 0) return [];
  const dups = duplicateIndexes(
    group.map((g) => ({ hash, eligible: true, key: g.entry.key, time: g.entry.time })),
    run.snapshot.policy,
  );
  const changed: string[] = [];
  group.forEach((g, i) => {
    const want = dups.has(i) ? STATUS.duplicate : STATUS.valid;
    if (g.entry.status === want) return;
    const reason = want === STATUS.duplicate ? reasonText({ code: "duplicate" }, run.snapshot.lang) : "";
    run.skor.getRange(g.row, SK.status + 1, 1, 2).setValues([[asText(want), asText(reason)]]);
    if (g.entry.status === STATUS.valid) changed.push(...apply(aggs, g.entry, -1));
    if (want === STATUS.valid) changed.push(...apply(aggs, { ...g.entry, status: want }, 1));
  });
  return changed;
}
