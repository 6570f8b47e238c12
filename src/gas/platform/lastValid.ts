/**
 * The last valid Pengaturan and Unit Kerja (RELIABILITY.md, "What staff do to the Sheet"): staff
 * edit those tabs while the campaign runs, and a tab is briefly invalid mid-edit (a duplicate code
 * while rows are moved, an empty name). Time-driven runs then keep working on the last valid
 * version, kept as a copy of both tabs' values in a hidden, protected tab (it scales with the
 * units, so not in properties), and the health check says so. A valid version is copied only when
 * it differs from the copy (compared by a digest kept in the state).
 */
import { type Campaign, readCampaign } from "../../core/campaign/campaign";
import { hash53 } from "../../core/counting/scoring";
import { asText, SHEETS_CELL_MAX } from "../../core/counting/skor";
import { TAB } from "../../core/platform/tabs";
import type { Problem } from "../../core/text/problems";
import { ensureGrid } from "../sheet/skorTab";
import type { State } from "./state";
import { readTab } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RunCampaign {
  readonly campaign: Campaign;
  /** The tabs as they are now have these problems: `campaign` is the last valid version. */
  readonly problems: readonly Problem[];
  /** The digest of the version in use (the snapshot remembers which it was taken from). */
  readonly digest: string;
}

function parse(ss: Spreadsheet, settings: unknown[][], units: unknown[][]): Campaign {
  const tz = ss.getSpreadsheetTimeZone();
  return readCampaign(settings, units, { ymd: (d) => Utilities.formatDate(d, tz, "yyyy-MM-dd") });
}

/** Which version of the tabs a campaign is (its parsed settings, units and quotas). */
export function campaignDigest(c: Campaign): string {
  return hash53(JSON.stringify([c.settings, c.units, [...c.quotas]]));
}

/** Problems that stop nothing (a setting another version knows). */
function blocking(c: Campaign): Problem[] {
  return c.problems.filter((p) => p.code !== "settingUnknownKey");
}

/**
 * The campaign a time-driven run works on: the tabs as they are when valid (copied when changed;
 * `state` is updated and must be written by the caller when `changed`), else the last valid
 * copy; null when there has never been a valid version.
 */
export function campaignForRun(ss: Spreadsheet, state: State): (RunCampaign & { changed: boolean }) | null {
  const settings = readTab(ss.getSheetByName(TAB.settings));
  const units = readTab(ss.getSheetByName(TAB.units));
  const now = parse(ss, settings, units);
  const problems = blocking(now);
  if (problems.length === 0) {
    const digest = campaignDigest(now);
    if (state.validDigest === digest) return { campaign: now, problems, digest, changed: false };
    saveCopy(ss, settings, units);
    state.validDigest = digest;
    state.validAt = Date.now();
    return { campaign: now, problems, digest, changed: true };
  }
  const copy = ss.getSheetByName(TAB.lastValid);
  if (!copy || state.validDigest === undefined) return null;
  const values = readTab(copy);
  const head = values[0] ?? [];
  const ns = Number(head[1]) || 0;
  const nu = Number(head[3]) || 0;
  const trim = (rows: unknown[][]) =>
    rows.map((r) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === "") end--;
      return r.slice(0, end);
    });
  const last = parse(ss, trim(values.slice(1, 1 + ns)), trim(values.slice(1 + ns, 1 + ns + nu)));
  if (blocking(last).length > 0) return null;
  return { campaign: last, problems, digest: state.validDigest, changed: false };
}

/** Writes the copy: a header row with the two blocks' lengths, then the settings rows, then the units rows. */
function saveCopy(ss: Spreadsheet, settings: unknown[][], units: unknown[][]): void {
  let sheet = ss.getSheetByName(TAB.lastValid);
  if (!sheet) {
    sheet = ss.insertSheet(TAB.lastValid);
    sheet.hideSheet();
    sheet.protect().setWarningOnly(true);
  }
  const width = Math.max(4, ...settings.map((r) => r.length), ...units.map((r) => r.length));
  // Text is written literally (a leading apostrophe is never part of the value): a date typed as
  // text stays text, and nothing becomes a formula.
  const pad = (r: readonly unknown[]) => [
    // A copy of staff's values is never cut: the cell's own limit is the bound.
    ...r.map((v) => (typeof v === "string" ? asText(v, SHEETS_CELL_MAX) : v)),
    ...Array(width - r.length).fill(""),
  ];
  const rows = [
    pad([TAB.settings, settings.length, TAB.units, units.length]),
    ...settings.map(pad),
    ...units.map(pad),
  ];
  sheet.clearContents();
  ensureGrid(sheet, rows.length);
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
}
