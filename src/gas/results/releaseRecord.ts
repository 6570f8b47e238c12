/**
 * The record of a campaign's score releases (RELIABILITY.md "Privacy and access"): who each
 * counted and which groups it showed, in a hidden protected tab, read back in one call by the
 * check over every score release.
 */

import { asText } from "../../core/counting/skor";
import type { Snapshot } from "../../core/counting/snapshot";
import { TAB } from "../../core/platform/tabs";
import type { Membership } from "../../core/results/release";
import { groupId, isShown, type ReleaseGroup } from "../../core/results/release";
import type { PublishedRelease } from "../../core/results/releaseCheck";
import { strings } from "../../core/text/strings";
import { ensureGrid } from "../sheet/skorTab";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The members tab keeps every score release of the campaign as a block of six columns, side by
 * side: the respondent's identity, unit and profile answers, the release's number, and the groups
 * it showed. Version 2 kept its one release in the same six columns (A–F), so its tab is read as
 * the first block as it stands.
 */
const BLOCK = 6;
const SHOWN_COL = 6;

/** Score releases the members tab keeps at the most (each a block of columns). */
export const MAX_SCORE_RELEASES = 20;

/** Every score release the members tab holds, oldest first, from one read. */
export function readHistory(ss: Spreadsheet, tabId: number): PublishedRelease[] | null {
  const sheet = ss.getSheetById(tabId);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  const out: PublishedRelease[] = [];
  for (let b = 0; b * BLOCK < header.length && String(header[b * BLOCK] ?? "") !== ""; b++) {
    const at = b * BLOCK;
    const members: Membership[] = [];
    const shown = new Set<string>();
    for (let r = 1; r < values.length; r++) {
      const row = values[r];
      if (String(row[at] ?? "") !== "")
        members.push({
          key: String(row[at]),
          unit: String(row[at + 1]),
          employment: String(row[at + 2]),
          position: String(row[at + 3]),
        });
      if (String(row[at + SHOWN_COL - 1] ?? "") !== "") shown.add(String(row[at + SHOWN_COL - 1]));
    }
    out.push({ members, shown });
  }
  return out;
}

/** A tab of the product's found by its id, else by name, else made. */
export function tabFor(ss: Spreadsheet, id: number | undefined, name: string, hidden: boolean): Sheet {
  const byId = id === undefined ? null : ss.getSheetById(id);
  if (byId) return byId;
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  if (hidden) sheet.hideSheet();
  sheet.protect().setDescription(name).setWarningOnly(true);
  return sheet;
}

/** Text written literally: a group's name or a unit code never becomes a number, date or formula. */
export function literal(v: unknown): unknown {
  return typeof v === "string" ? asText(v) : v;
}

/**
 * Writes a score release's block into the members tab, after the blocks already there (a new
 * series starts again at the first); returns the tab's id.
 */
export function keepScoreRelease(
  ss: Spreadsheet,
  tabId: number | undefined,
  blocks: number,
  n: number,
  members: readonly Membership[],
  groups: readonly ReleaseGroup[],
  snapshot: Snapshot,
): number {
  const shown = groups.filter(isShown).map(groupId);
  const t = strings(snapshot.lang);
  const rows = Math.max(members.length, shown.length);
  const block: unknown[][] = [
    [t.colReleaseKey, t.colSkorUnit, t.colSkorEmployment, t.colSkorPosition, n, t.colReleaseShown],
  ];
  for (let i = 0; i < rows; i++) {
    const m = members[i];
    block.push([
      ...(m ? [m.key, m.unit, m.employment, m.position].map(literal) : ["", "", "", ""]),
      "",
      literal(shown[i] ?? ""),
    ]);
  }
  const tab = tabFor(ss, tabId, TAB.releaseMembers, true);
  const at = tabId === undefined ? 0 : blocks;
  const before = tab.getLastRow();
  ensureGrid(tab, block.length);
  const maxCols = tab.getMaxColumns();
  if ((at + 1) * BLOCK > maxCols) tab.insertColumnsAfter(maxCols, (at + 1) * BLOCK - maxCols);
  if (at === 0 && tab.getLastColumn() > 0)
    tab.getRange(1, 1, Math.max(before, 1), tab.getLastColumn()).clearContent();
  tab.getRange(1, at * BLOCK + 1, block.length, BLOCK).setValues(block);
  return tab.getSheetId();
}
