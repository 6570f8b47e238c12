/**
 * Linking the form to this spreadsheet, and adopting its responses tab. Google makes the tab
 * asynchronously (APPS-SCRIPT.md, "both ways"): it may be missing from the sheet list right after
 * `setDestination`, until a flush or until a later execution. So the link is decided from the
 * form's own destination, never made twice, and a tab not visible yet is recorded as pending and
 * adopted by the next run that sees it (a rerun of setup, a submission, the hourly run).
 */
import type { Campaign } from "../../core/campaign/campaign";
import { PROFILE } from "../../core/counting/instrument";
import { mapColumns } from "../../core/counting/scoring";
import { carryOffer, parseOffset, type Snapshot, snapshotOf } from "../../core/counting/snapshot";
import { campaignDigest } from "./lastValid";
import { isLinkedTo } from "./responses";
import { docProps, type State } from "./state";
import { writeSnapshot } from "./stateWrites";
import { readCampaignFrom } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;
type Props = GoogleAppsScript.Properties.Properties;

/** Whether the form already sends its responses to this spreadsheet (asked of the form, not of a stored tab). */
export function linkedHere(form: Form, ss: Spreadsheet): boolean {
  try {
    return (
      String(form.getDestinationType()) === String(FormApp.DestinationType.SPREADSHEET) &&
      form.getDestinationId() === ss.getId()
    );
  } catch (_e) {
    // "The form currently has no response destination."
    return false;
  }
}

/** The form's responses tab if this execution can see it: the stored one first, else any tab linked to it. */
export function findResponsesTab(ss: Spreadsheet, formId: string, state: State): Sheet | null {
  if (state.responsesSheetId !== undefined) {
    const stored = ss.getSheetById(state.responsesSheetId);
    if (stored && isLinkedTo(stored, formId)) return stored;
  }
  for (const s of ss.getSheets()) if (isLinkedTo(s, formId)) return s;
  return null;
}

/**
 * Links the form here unless it already is, then looks for its tab (after a flush, which on some
 * accounts is what makes it visible). Returns the tab, or null while Google has not shown it yet.
 */
export function linkForm(ss: Spreadsheet, form: Form, state: State): Sheet | null {
  const formId = form.getId();
  const seen = findResponsesTab(ss, formId, state);
  if (seen) return adopt(seen, state);
  if (!linkedHere(form, ss)) form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  SpreadsheetApp.flush();
  const after = findResponsesTab(ss, formId, state);
  if (after) return adopt(after, state);
  retireTab(ss, state);
  state.responsesSheetId = undefined;
  state.tabPending = true;
  return null;
}

/**
 * The survey's responses tab is about to change (its form was deleted, or unlinked and linked
 * again): the old tab keeps counting as a source, when it holds responses.
 */
export function retireTab(ss: Spreadsheet, state: State): void {
  const id = state.responsesSheetId;
  if (id === undefined) return;
  const sheet = ss.getSheetById(id);
  if (!sheet || sheet.getLastRow() < 2) return;
  const retired = state.retired ?? [];
  if (!retired.includes(id)) state.retired = [...retired, id];
}

function adopt(sheet: Sheet, state: State): Sheet {
  const id = sheet.getSheetId();
  if (state.responsesSheetId !== undefined && state.responsesSheetId !== id)
    retireTab(sheet.getParent(), state);
  state.responsesSheetId = id;
  if (state.retired?.includes(id)) state.retired = state.retired.filter((x) => x !== id);
  state.tabPending = undefined;
  return sheet;
}

/**
 * Stores the configuration the automatic processing runs on: settings, units with their quotas,
 * and where each question is in the responses tab (read from its header). When the form was just
 * built from the same tabs it offers every active unit; otherwise what it offers is carried over
 * from the previous snapshot. The state learns which version of the tabs it is.
 */
/** The responses tab's header row (two calls). */
export function readHeader(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  return width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
}

export function takeSnapshot(
  sheet: Sheet,
  campaign: Campaign,
  points: number,
  state: State,
  /** The snapshot before, whose offered units are carried over; null when the form was just built. */
  previous: Snapshot | undefined | null,
  props: Props = docProps(),
  /** The responses tab's header, when the caller read it already. */
  header: readonly unknown[] = readHeader(sheet),
): void {
  const offset = parseOffset(Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "Z"));
  const next = snapshotOf(campaign, mapColumns(header), points, offset);
  writeSnapshot(props, previous === null ? next : carryOffer(previous, next));
  state.snapDigest = campaignDigest(campaign);
}

/**
 * Plain text for the NIP column below the last response. Only a help where Forms writes into the
 * next empty row: where it inserts rows (taking the formats of the row above) the NIP is kept
 * exact by its grouped form instead (instrument: NIP_PATTERN).
 */
export function formatNipColumn(sheet: Sheet, title: string, collect: boolean): void {
  if (!collect) return;
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const col = header.indexOf(title) + 1;
  if (col < 1) return;
  const from = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  if (from <= max) sheet.getRange(from, col, max - from + 1, 1).setNumberFormat("@");
}

/** Makes a newly visible responses tab the survey's: formats, snapshot. */
export function prepareTab(
  sheet: Sheet,
  campaign: Campaign,
  state: State,
  points: number,
  props: Props,
): void {
  formatNipColumn(sheet, PROFILE.nip.title[state.formLang ?? "id"], campaign.settings.collectNip);
  takeSnapshot(sheet, campaign, points, state, null, props);
}

/**
 * A link left pending by setup: adopts the tab when this execution can see it (the submit event's
 * own tab when it belongs to the form, else any tab linked to it). Returns whether it did.
 */
export function finishPendingLink(ss: Spreadsheet, props: Props, state: State, eventSheet?: Sheet): boolean {
  if (!state.formId || state.responsesSheetId !== undefined) return false;
  const sheet =
    eventSheet && isLinkedTo(eventSheet, state.formId)
      ? eventSheet
      : findResponsesTab(ss, state.formId, state);
  if (!sheet) return false;
  const campaign = readCampaignFrom(ss);
  if (campaign.problems.length > 0) return false; // setup reports them; the tab is adopted once they are fixed
  adopt(sheet, state);
  prepareTab(sheet, campaign, state, state.scalePoints ?? campaign.settings.scalePoints, props);
  return true;
}
