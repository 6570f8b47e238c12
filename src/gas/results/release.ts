/**
 * Releases of the results (RELIABILITY.md "Privacy and access"): "Terbitkan Hasil" and the
 * campaign's end. During the campaign a release carries participation only; after the end date a
 * score release reads Skor once (every figure from the same responses), is planned by release.ts
 * with every earlier score release, writes the Hasil tab, and is kept in the record of score
 * releases (releaseRecord.ts). Nothing here changes the raw responses or Skor.
 */

import { STATUS, timeOfKey } from "../../core/counting/scoring";
import { isProductRow, readSkorRow, SK, skorAgrees } from "../../core/counting/skor";
import { activeUnitCodes, localTime, type Snapshot } from "../../core/counting/snapshot";
import { TAB } from "../../core/platform/tabs";
import { isShown, type Member, participationRelease, rawOf } from "../../core/results/release";
import { type Conflict, type History, planRelease } from "../../core/results/releasePlan";
import { RESULTS, resultsSheet } from "../../core/results/results";
import { dayFirst, longDate } from "../../core/text/dates";
import { type Lang, strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { startRecompute } from "../intake/api";
import { RELEASE_KEY, type ReleaseState, readReleaseState } from "../platform/releaseState";
import { openRun } from "../platform/run";
import { docProps, loadStored, type Stored } from "../platform/state";
import { ensureGrid } from "../sheet/skorTab";
import { keepScoreRelease, literal, MAX_SCORE_RELEASES, readHistory, tabFor } from "./releaseRecord";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

export type Outcome =
  | {
      readonly kind: "done";
      readonly n: number;
      readonly responses: number;
      readonly shownUnits: number;
      readonly units: number;
      readonly hidden: number;
      /** Whether it carries scores (after the campaign's end) or participation only. */
      readonly scores: boolean;
      /** Groups withheld because, with the earlier score releases, they would isolate a few. */
      readonly waiting: readonly Conflict[];
    }
  | { readonly kind: "full"; readonly last: ReleaseState }
  | { readonly kind: "refused"; readonly conflicts: readonly Conflict[]; readonly last: ReleaseState }
  | { readonly kind: "nothing" }
  /** Skor is not what the product counted (edited by hand): it must be rebuilt first. */
  | { readonly kind: "unverified" }
  | { readonly kind: "lost"; readonly last: ReleaseState };

/**
 * Counted responses of active units, from one read of Skor. A respondent's identity across
 * releases is their response's time and scores (a key also hashes the unit and profile answers,
 * which staff may correct: such a respondent moved, and is the same person).
 */
function readMembers(
  ss: Spreadsheet,
  stored: Stored,
  snapshot: Snapshot,
): { members: Member[]; last: number; verified: boolean } {
  const skor = ss.getSheetByName(TAB.scores);
  const values = skor ? skor.getDataRange().getValues() : [];
  const rows = values.slice(1).filter((r) => r.some((v) => v !== ""));
  const verified =
    stored.aggRows === Math.max(0, values.length - 1) &&
    rows.length === values.length - 1 &&
    skorAgrees(rows, stored.aggs, snapshot.points);
  if (!verified) return { members: [], last: 0, verified };
  const active = activeUnitCodes(snapshot);
  const members: Member[] = [];
  const seen = new Map<string, number>();
  let last = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (String(row[SK.status]) !== STATUS.valid || !isProductRow(row, snapshot.points)) continue;
    const e = readSkorRow(row, snapshot.points);
    if (!active.has(e.unit)) continue;
    const raw = rawOf(e.raw);
    const base = `${timeOfKey(e.key)}r${raw.join(".")}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    members.push({
      key: k > 1 ? `${base}#${k}` : base,
      unit: e.unit,
      employment: e.employment,
      position: e.position,
      raw,
      beh: e.beh.every((b) => b !== null) ? (e.beh as number[]) : null,
    });
    last = Math.max(last, e.time);
  }
  return { members, last, verified };
}

/** Whether the campaign is over: scores may leave the Sheet only then (RELIABILITY.md, version 3). */
export function campaignOver(snapshot: Snapshot, now = Date.now()): boolean {
  return snapshot.endDate !== "" && localTime(now, snapshot.tzOffsetMin).ymd > snapshot.endDate;
}

/**
 * Makes a release when the rules allow it: during the campaign a participation release (counts
 * against quota, no scores), after the end date a score release checked with every earlier
 * score release. `newSeries`: the record of the score releases is gone and staff chose to start
 * again without comparing with it.
 */
export function makeRelease(
  ss: Spreadsheet,
  props: Props,
  stored: Stored,
  snapshot: Snapshot,
  newSeries = false,
): Outcome {
  const last = readReleaseState(props);
  const { members, last: lastTime, verified } = readMembers(ss, stored, snapshot);
  if (!verified) return { kind: "unverified" };
  if (members.length === 0) return { kind: "nothing" };
  const scores = campaignOver(snapshot);
  let history: History = [];
  if (scores && last && last.membersTab >= 0 && !newSeries) {
    const read = readHistory(ss, last.membersTab);
    if (!read) return { kind: "lost", last };
    history = read;
  }
  if (scores && history.length >= MAX_SCORE_RELEASES && last) return { kind: "full", last };
  const codes = snapshot.units.filter((u) => u.active).map((u) => u.code);
  const plan = scores
    ? planRelease(members, codes, snapshot.minGroup, snapshot.points, history)
    : { groups: participationRelease(members, codes), conflicts: [], waiting: [] };
  if (plan.conflicts.length > 0 && last) return { kind: "refused", conflicts: plan.conflicts, last };
  const groups = plan.groups;
  const n = (last?.n ?? 0) + 1;
  const now = Date.now();
  const content = resultsSheet({
    groups,
    snapshot,
    number: n,
    scores,
    published: localTime(now, snapshot.tzOffsetMin).text,
    lastResponse: localTime(lastTime, snapshot.tzOffsetMin).text,
  });
  const results = tabFor(ss, last?.resultsTab, TAB.results, false);
  // Whether clear() also drops notes is not documented: they are cleared on their own.
  results.clear();
  results.clearNotes();
  ensureGrid(results, content.values.length);
  results
    .getRange(1, 1, content.values.length, RESULTS.width)
    .setValues(content.values.map((r) => r.map(literal)))
    .setNumberFormats(content.formats)
    .setNotes(content.notes);
  results
    .getRange(RESULTS.headerRow, 1, content.tableRows, RESULTS.width)
    .setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  const membersTab = scores
    ? keepScoreRelease(
        ss,
        last && last.membersTab >= 0 && !newSeries ? last.membersTab : undefined,
        history.length,
        n,
        members,
        groups,
        snapshot,
      )
    : (last?.membersTab ?? -1);
  const state: ReleaseState = {
    n,
    at: now,
    responses: members.length,
    resultsTab: results.getSheetId(),
    membersTab,
    kind: scores ? "scores" : "participation",
    ...(last?.final ? { final: last.final } : {}),
  };
  props.setProperty(RELEASE_KEY, JSON.stringify(state));
  const unitGroups = groups.filter((g) => g.dim === "unit" && g.n > 0);
  return {
    kind: "done",
    scores,
    waiting: plan.waiting,
    n,
    responses: members.length,
    shownUnits: unitGroups.filter(isShown).length,
    units: unitGroups.length,
    hidden: groups.filter((g) => g.n > 0 && g.hide !== null).length,
  };
}

/** The refusal's list of groups that must wait, one line each. */
export function conflictLines(conflicts: readonly Conflict[], snapshot: Snapshot): string {
  const t = strings(snapshot.lang);
  const tables: Record<Conflict["dim"], string> = {
    all: t.tableAll,
    unit: t.tableUnits,
    employment: t.dimEmployment,
    position: t.dimPosition,
  };
  const names = new Map(snapshot.units.map((u) => [u.code, u.name]));
  const name = (c: Conflict) =>
    c.dim === "all"
      ? snapshot.instansi
      : `${tables[c.dim]} ${c.dim === "unit" ? (names.get(c.id) ?? c.id) : c.id === "" ? t.groupBlank : c.id}`;
  const seen = new Set<string>();
  const lines = conflicts
    .map((c) =>
      fill(c.kind === "leak" ? t.publishConflictLeak : t.publishConflictUnchecked, {
        group: name(c),
        changed: c.changed,
      }),
    )
    .filter((line) => !seen.has(line) && seen.add(line) !== undefined);
  // A dialog stays readable: the first lines, then how many more.
  return (
    lines.length > MAX_LINES
      ? [...lines.slice(0, MAX_LINES), fill(t.publishConflictMore, { n: lines.length - MAX_LINES })]
      : lines
  ).join("\n");
}

/** Groups listed by name in a dialog before "and N more". */
const MAX_LINES = 15;

/** When a release was made, as people read it. */
export function releaseDate(ms: number, snapshot: Snapshot): string {
  return dayFirst(localTime(ms, snapshot.tzOffsetMin).text);
}

/** Menu: Terbitkan Hasil. */
export function publishResults(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const props = docProps();
  const stored = loadStored(props);
  const snapshot = stored.snapshot;
  const t = strings(snapshot?.lang);
  if (!snapshot) {
    ui.alert(t.publishTitle, t.updateFormNoForm, ui.ButtonSet.OK);
    return;
  }
  if (stored.state.recompute) {
    ui.alert(t.publishTitle, t.publishRecomputing, ui.ButtonSet.OK);
    return;
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) {
    ui.alert(t.publishTitle, t.recomputeBusy, ui.ButtonSet.OK);
    return;
  }
  try {
    let outcome = makeRelease(ss, props, stored, snapshot);
    let rebuilt = "";
    if (outcome.kind === "unverified") {
      // Rebuilt from the raw responses; a small Sheet is done in this run and the release follows.
      const run = openRun(ss, props);
      if (!run || !startRecompute(run).done) {
        ui.alert(t.publishTitle, t.publishSkorRebuilding, ui.ButtonSet.OK);
        return;
      }
      rebuilt = `${t.publishSkorRebuilt}\n\n`;
      outcome = makeRelease(ss, props, loadStored(props), snapshot);
    }
    if (outcome.kind === "lost") {
      const answer = ui.alert(
        t.publishTitle,
        fill(t.publishMembersLost, { n: outcome.last.n }),
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) return;
      outcome = makeRelease(ss, props, loadStored(props), snapshot, true);
    }
    SpreadsheetApp.flush();
    ui.alert(t.publishTitle, rebuilt + outcomeText(outcome, snapshot, snapshot.lang), ui.ButtonSet.OK);
  } finally {
    lock.releaseLock();
  }
}

function outcomeText(outcome: Outcome, snapshot: Snapshot, lang: Lang): string {
  const t = strings(lang);
  switch (outcome.kind) {
    case "done": {
      if (!outcome.scores)
        return fill(t.publishParticipationDone, {
          n: outcome.n,
          responses: outcome.responses,
          units: outcome.units,
          end: longDate(snapshot.endDate, lang) || "\u2013",
        });
      const done = fill(t.publishDone, {
        n: outcome.n,
        responses: outcome.responses,
        shown: outcome.shownUnits,
        units: outcome.units,
        hidden: outcome.hidden,
      });
      if (outcome.waiting.length === 0) return done;
      const groups = conflictLines(outcome.waiting, snapshot);
      return `${done}\n\n${fill(t.publishWaiting, { min: snapshot.minGroup, groups })}`;
    }
    case "refused":
      return fill(t.publishRefused, {
        n: outcome.last.n,
        date: releaseDate(outcome.last.at, snapshot),
        min: snapshot.minGroup,
        groups: conflictLines(outcome.conflicts, snapshot),
      });
    case "nothing":
      return t.publishNothing;
    case "full":
      return fill(t.publishFull, { max: MAX_SCORE_RELEASES, n: outcome.last.n });
    case "lost":
      return fill(t.publishMembersLost, { n: outcome.last.n });
    case "unverified":
      return t.publishSkorRebuilding;
  }
}

/**
 * The campaign's end (PRODUCT.md): the first hourly run after the end date makes the final
 * release when the rules allow it; a refusal is recorded for the health check and tried again
 * when Skor has changed. Never asks anything (a trigger has no one to ask).
 */
export function finalRelease(known: Snapshot | undefined): void {
  // Before the end date nothing is read: the hourly run hands over the snapshot it has.
  const now = Date.now();
  if (!known?.endDate || localTime(now, known.tzOffsetMin).ymd <= known.endDate) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const stored = loadStored(props);
  const snapshot = stored.snapshot;
  if (!snapshot?.endDate || stored.state.recompute) return;
  if (localTime(now, snapshot.tzOffsetMin).ymd <= snapshot.endDate) return;
  const last = readReleaseState(props);
  if (last?.final?.ok) return;
  const skor = ss.getSheetByName(TAB.scores);
  const rows = skor ? skor.getLastRow() : 0;
  if (last?.final && last.final.rows === rows) return;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) return;
  try {
    const outcome = makeRelease(ss, props, stored, snapshot);
    // Skor edited by hand: the hourly catch-up rebuilds it, and the release is made at the next run.
    if (outcome.kind === "nothing" || outcome.kind === "unverified") return;
    const after = readReleaseState(props);
    if (!after) return;
    const final =
      outcome.kind === "done"
        ? { ok: true, at: now }
        : { ok: false, at: now, rows, reason: outcomeText(outcome, snapshot, snapshot.lang) };
    props.setProperty(RELEASE_KEY, JSON.stringify({ ...after, final }));
  } finally {
    lock.releaseLock();
  }
}
