/** The flows behind "Siapkan Survei" and "Perbarui Formulir". */

import { activeUnits, type Campaign } from "../core/campaign/campaign";
import { unitChoice } from "../core/campaign/units";
import { formSpec, ITEM_KEYS } from "../core/counting/formSpec";
import { hash53 } from "../core/counting/scoring";
import { newScopes, SCOPES } from "../core/platform/upgrade";
import { dict } from "../core/text/dict";
import { type Lang, strings } from "../core/text/strings";
import { fill } from "../core/text/template";
import { reconcileSources } from "./intake/catchUp";
import { ensureHistoryTab } from "./letters/historyTab";
import { mailLogSheet } from "./letters/mailLog";
import { prefilledLinks, syncForm } from "./platform/form";
import { findResponsesTab, linkForm, prepareTab, retireTab } from "./platform/link";
import { openForm, responseCount, sourcesText, sourceTabs } from "./platform/responses";
import { docProps, readState, type State, writeState } from "./platform/state";
import { writeLinks } from "./platform/stateWrites";
import {
  ensureSettingsTab,
  ensureUnitsTab,
  raiseMinGroup,
  readCampaignFrom,
  SETTINGS_LEVEL,
} from "./platform/tabs";
import { ensureTriggers } from "./platform/triggers";
import { refreshAll } from "./results/dashboardMenu";
import { EXECUTION_STARTED } from "./sheet/clock";
import { skorSheet } from "./sheet/skorTab";
import { alertProblems, readLanguage } from "./sheet/ui";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;
type Props = GoogleAppsScript.Properties.Properties;

/** Setup stops before the 6-minute limit with its progress saved, leaving time to say so. */
const SETUP_BUDGET_MS = 5 * 60 * 1000;

export interface FormBuild {
  readonly url: string;
  readonly tabName: string;
  readonly activeUnits: number;
  readonly frozenScaleRefused: boolean;
  readonly responses: number;
  /** Linked, but Google has not shown the responses tab to this execution yet. */
  readonly tabPending: boolean;
  /** The time budget ran out: progress is saved and a rerun continues. */
  readonly incomplete: boolean;
}

/** Whether this execution has time for another slow step (Forms calls cost up to a second each). */
function timeLeft(): boolean {
  return Date.now() - EXECUTION_STARTED < SETUP_BUDGET_MS;
}

/**
 * Creates or updates the form from the instrument and the campaign, publishes it, links it to
 * this spreadsheet unless the form already sends its responses here, and stores each unit's
 * pre-filled link. Progress is saved step by step (the form's id the moment it exists, each item
 * as it is made), so that a run stopped by the time limit is continued by the next, with nothing
 * made twice.
 */
export function buildForm(ss: Spreadsheet, campaign: Campaign, state: State, props: Props): FormBuild {
  let form = openForm(state.formId);
  if (!form) {
    // The deleted form's tab keeps counting (a source among the others), never forgotten.
    retireTab(ss, state);
    form = FormApp.create(campaign.settings.surveyTitle);
    state.formId = form.getId();
    state.items = {};
    state.formLang = campaign.settings.language;
    state.responsesSheetId = undefined;
    writeState(props, state);
  }
  const formId = form.getId();
  const existing = findResponsesTab(ss, formId, state);
  // The scale is frozen once any tab in use holds responses (an earlier form's included).
  let responses = responseCount(existing);
  for (const id of state.retired ?? [])
    if (id !== existing?.getSheetId()) responses += responseCount(ss.getSheetById(id));
  const frozen = responses > 0;
  const points = frozen
    ? (state.scalePoints ?? campaign.settings.scalePoints)
    : campaign.settings.scalePoints;
  const spec = formSpec(campaign, state.formLang ?? campaign.settings.language, points);
  const sync = syncForm(form, spec, state.items ?? {}, frozen, {
    save: (items) => {
      state.items = items;
      writeState(props, state);
    },
    timeLeft,
  });
  state.items = sync.items;
  if (sync.complete) state.unitsDigest = hash53(activeUnits(campaign).map(unitChoice).join("\n"));
  const result = (over: Partial<FormBuild>): FormBuild => ({
    url: "",
    tabName: "",
    activeUnits: 0,
    frozenScaleRefused: false,
    responses,
    tabPending: false,
    incomplete: false,
    ...over,
  });
  if (!sync.complete) return result({ incomplete: true });
  state.scalePoints = points;
  if (!form.isPublished()) form.setPublished(true);
  if (!form.isAcceptingResponses() && mayReopen(campaign, state)) form.setAcceptingResponses(true);
  const sheet = linkForm(ss, form, state);
  writeState(props, state);
  if (sheet) prepareTab(sheet, campaign, state, points, props);
  if (!timeLeft()) return result({ incomplete: true });
  const choices: Record<string, string> = dict();
  for (const u of activeUnits(campaign)) choices[u.code] = unitChoice(u);
  writeLinks(props, prefilledLinks(form, state.items[ITEM_KEYS.unit], choices));
  return result({
    url: form.getPublishedUrl(),
    tabName: sheet ? sheet.getName() : "",
    activeUnits: Object.keys(choices).length,
    frozenScaleRefused: frozen && campaign.settings.scalePoints !== points,
    tabPending: !sheet,
  });
}

/** The names a new spreadsheet gives its first tab, by the account's language. */
const DEFAULT_SHEET_NAMES = ["Sheet1", "Lembar1", "Lembar 1"];

/** The new spreadsheet's empty first tab is left over once setup made its own tabs: removed, once. */
function removeEmptyDefaultSheet(ss: Spreadsheet): void {
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = ss.getSheetByName(name);
    if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0 || sheet.getFormUrl()) continue;
    if (ss.getSheets().length > 1) ss.deleteSheet(sheet);
  }
}

/**
 * Offers to give the spreadsheet the script's time zone when they differ (dates typed in cells
 * are the spreadsheet's midnights; the product reads them in that zone either way). Asked once per
 * pair of zones: a "no" is remembered.
 */
function offerTimeZone(ss: Spreadsheet, ui: Ui, state: State, lang: Lang): void {
  const sheetTz = ss.getSpreadsheetTimeZone();
  const scriptTz = Session.getScriptTimeZone();
  const pair = `${sheetTz}|${scriptTz}`;
  if (sheetTz === scriptTz || state.tzDeclined === pair) return;
  const t = strings(lang);
  const answer = ui.alert(
    t.setupTitle,
    fill(t.setupTimeZoneOffer, { sheet: sheetTz, script: scriptTz }),
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) {
    ss.setSpreadsheetTimeZone(scriptTz);
    state.tzDeclined = undefined;
  } else state.tzDeclined = pair;
}

/**
 * The triggers' owner authorises every scope of this version by running setup; when a colleague
 * runs it after an upgrade that added scopes, the owner is told by email (once), since the
 * triggers fail until the owner approves them.
 */
function announceScopes(state: State, byOther: boolean, lang: Lang): void {
  const added = newScopes(state.scopes);
  if (!byOther) {
    state.scopes = [...SCOPES];
    state.scopesMailed = undefined;
    return;
  }
  const key = added.join(" ");
  if (added.length === 0 || !state.triggerOwner || state.scopesMailed === key) return;
  const t = strings(lang);
  if (MailApp.getRemainingDailyQuota() < 1) return;
  MailApp.sendEmail({
    to: state.triggerOwner,
    subject: t.scopesMailSubject,
    body: fill(t.scopesMailBody, { scopes: added.join("\n") }),
  });
  state.scopesMailed = key;
}

/**
 * A form closed at the campaign's end stays closed: setup reopens it only when staff moved the
 * end date to today or later (the campaign was extended), which also resets the end's handling.
 */
function mayReopen(campaign: Campaign, state: State): boolean {
  if (!state.ended) return true;
  const today = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "yyyy-MM-dd");
  const end = campaign.settings.endDate;
  if (end === "" || end < today) return false;
  state.ended = undefined;
  return true;
}

/** Menu: Siapkan Survei. */
export function runSetup(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const props = docProps();
  raiseMinGroup(ss, props);
  const state = readState(props);
  const lang = readLanguage(ss);
  const t = strings(lang);
  if (!state.localeSet) {
    // Indonesian locale (decimal comma) unless staff chose otherwise: set once, then left alone.
    if (ss.getSpreadsheetLocale() !== "id_ID") ss.setSpreadsheetLocale("id_ID");
    state.localeSet = true;
  }
  ensureSettingsTab(ss, lang);
  const unitsCreated = ensureUnitsTab(ss, lang);
  if (!state.defaultSheetChecked) {
    removeEmptyDefaultSheet(ss);
    state.defaultSheetChecked = true;
  }
  if (unitsCreated) {
    writeState(props, state);
    ui.alert(t.setupTitle, t.setupTabsCreated, ui.ButtonSet.OK);
    return;
  }
  const campaign = readCampaignFrom(ss);
  const ulang = campaign.settings.language;
  if (campaign.problems.length > 0) {
    writeState(props, state);
    alertProblems(ui, campaign, ulang);
    return;
  }
  offerTimeZone(ss, ui, state, ulang);
  const built = buildForm(ss, campaign, state, props);
  const tu = strings(ulang);
  // The triggers and the dashboard need a minute more: when it is not there, the next run does them.
  if (built.incomplete || !timeLeft()) {
    writeState(props, state);
    ui.alert(tu.setupTitle, tu.setupIncomplete, ui.ButtonSet.OK);
    return;
  }
  const me = Session.getEffectiveUser().getEmail();
  const triggers = ensureTriggers(ss, state, me);
  announceScopes(state, triggers.byOther, ulang);
  // The settings were checked just now (the minimum group size is at least 3, no campaign total).
  state.settingsChecked = true;
  state.settingsLevel = SETTINGS_LEVEL;
  writeState(props, state);
  // A new tab beside earlier ones: what counts is settled now, so that counts and the dashboard hold.
  if (!built.tabPending && state.retired?.length) reconcileSources();
  if (!built.tabPending) refreshAll({ ss, props, skor: skorSheet(ss, campaign.settings.language) });
  mailLogSheet(ss, campaign.settings.language);
  ensureHistoryTab(ss, props, campaign.settings.language, campaign.units.length);
  const triggerText = fill(triggers.byOther ? tu.setupTriggersOtherOwner : tu.setupTriggersInstalled, {
    owner: triggers.installedBy,
  });
  let message = fill(built.tabPending ? tu.setupTabPending : tu.setupDone, {
    url: built.url,
    units: built.activeUnits,
    tab: built.tabName,
    triggers: triggerText,
  });
  const earlier = sourceTabs(ss, readState(props)).filter((x) => !x.live);
  if (earlier.length > 0) message += `\n\n${fill(tu.setupSources, { tabs: sourcesText(earlier, ulang) })}`;
  if (built.frozenScaleRefused) {
    message += `\n\n${fill(tu.updateFormFrozen, { count: built.responses, points: state.scalePoints ?? "" })}`;
  }
  ui.alert(tu.setupTitle, message, ui.ButtonSet.OK);
}

/** Menu: Perbarui Formulir. */
export function runUpdateForm(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const props = docProps();
  raiseMinGroup(ss, props);
  const state = readState(props);
  const campaign = readCampaignFrom(ss);
  const lang = campaign.settings.language;
  const t = strings(lang);
  if (!state.formId) {
    ui.alert(t.updateFormTitle, t.updateFormNoForm, ui.ButtonSet.OK);
    return;
  }
  if (campaign.problems.length > 0) {
    alertProblems(ui, campaign, lang);
    return;
  }
  const built = buildForm(ss, campaign, state, props);
  writeState(props, state);
  if (built.incomplete) {
    ui.alert(t.updateFormTitle, t.setupIncomplete, ui.ButtonSet.OK);
    return;
  }
  if (!built.tabPending) refreshAll({ ss, props, skor: skorSheet(ss, lang) });
  let message = fill(t.updateFormDone, { units: built.activeUnits });
  if (built.tabPending) message += `\n\n${t.updateFormTabPending}`;
  if (built.frozenScaleRefused)
    message += `\n\n${fill(t.updateFormFrozen, { count: built.responses, points: state.scalePoints ?? "" })}`;
  ui.alert(t.updateFormTitle, message, ui.ButtonSet.OK);
}
