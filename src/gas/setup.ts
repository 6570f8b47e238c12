/** The flows behind "Siapkan Survei" and "Perbarui Formulir". */
import { activeUnits, type Campaign } from "../core/campaign";
import { formSpec, ITEM_KEYS } from "../core/formSpec";
import { PROFILE } from "../core/instrument";
import { problemText } from "../core/problems";
import { mapColumns } from "../core/scoring";
import { parseOffset, snapshotOf } from "../core/snapshot";
import { type Lang, strings } from "../core/strings";
import { fill } from "../core/template";
import { unitChoice } from "../core/units";
import { prefilledLinks, syncForm } from "./form";
import { refreshAll } from "./pipeline";
import { mailLogSheet } from "./reminders";
import { isLinkedTo, openForm, responseCount, responsesSheet } from "./responses";
import { skorSheet } from "./skorTab";
import { docProps, readState, type State, writeLinks, writeSnapshot, writeState } from "./state";
import { ensureSettingsTab, ensureUnitsTab, readCampaignFrom } from "./tabs";
import { ensureTriggers } from "./triggers";
import { readLanguage } from "./ui";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/** One alert listing every problem; nothing is built. */
export function alertProblems(ui: Ui, campaign: Campaign, lang: Lang): void {
  const t = strings(lang);
  const lines = campaign.problems.map((p) => `\u2022 ${problemText(p, lang)}`);
  ui.alert(
    t.problemsTitle,
    `${fill(t.problemsIntro, { count: lines.length })}\n\n${lines.join("\n")}`,
    ui.ButtonSet.OK,
  );
}

export interface FormBuild {
  readonly url: string;
  readonly tabName: string;
  readonly activeUnits: number;
  readonly frozenScaleRefused: boolean;
  readonly responses: number;
}

/**
 * Creates or updates the form from the instrument and the campaign, publishes it, links it to
 * this spreadsheet only if it is not linked yet, formats the NIP column as plain text ahead of any
 * response, and stores each unit's pre-filled link.
 */
export function buildForm(ss: Spreadsheet, campaign: Campaign, state: State): FormBuild {
  let form = openForm(state.formId);
  if (!form) {
    form = FormApp.create(campaign.settings.surveyTitle);
    state.formId = form.getId();
    state.items = {};
    state.formLang = campaign.settings.language;
    state.responsesSheetId = undefined;
  }
  const formId = form.getId();
  let sheet = responsesSheet(ss, state);
  if (sheet && !isLinkedTo(sheet, formId)) sheet = null;
  const responses = responseCount(sheet);
  const frozen = responses > 0;
  const points = frozen
    ? (state.scalePoints ?? campaign.settings.scalePoints)
    : campaign.settings.scalePoints;
  const spec = formSpec(campaign, state.formLang ?? campaign.settings.language, points);
  const sync = syncForm(form, spec, state.items ?? {}, frozen);
  state.items = sync.items;
  state.scalePoints = points;
  if (!form.isPublished()) form.setPublished(true);
  if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
  if (!sheet) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    sheet = ss.getSheets().filter((s) => isLinkedTo(s, formId))[0] ?? null;
    state.responsesSheetId = sheet ? sheet.getSheetId() : undefined;
  }
  if (sheet) {
    formatNipColumn(sheet, PROFILE.nip.title[state.formLang ?? "id"], campaign.settings.collectNip);
    takeSnapshot(sheet, campaign, points);
  }
  const choices: Record<string, string> = {};
  for (const u of activeUnits(campaign)) choices[u.code] = unitChoice(u);
  writeLinks(docProps(), prefilledLinks(form, state.items[ITEM_KEYS.unit], choices));
  return {
    url: form.getPublishedUrl(),
    tabName: sheet ? sheet.getName() : "",
    activeUnits: Object.keys(choices).length,
    frozenScaleRefused: frozen && campaign.settings.scalePoints !== points,
    responses,
  };
}

/**
 * Stores the configuration the automatic processing runs on: settings, units with their quotas,
 * and where each question is in the responses tab (read from its header).
 */
export function takeSnapshot(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  campaign: Campaign,
  points: number,
  props: GoogleAppsScript.Properties.Properties = docProps(),
): void {
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const offset = parseOffset(Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "Z"));
  writeSnapshot(props, snapshotOf(campaign, mapColumns(header), points, offset));
}

/** Plain text for the NIP column below the last response, so Sheets keeps all 18 digits of new ones. */
function formatNipColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, title: string, collect: boolean): void {
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

/** Menu: Siapkan Survei. */
export function runSetup(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const props = docProps();
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
  const built = buildForm(ss, campaign, state);
  const me = Session.getEffectiveUser().getEmail();
  const triggers = ensureTriggers(ss, campaign.settings, state, me);
  writeState(props, state);
  refreshAll({ ss, props, skor: skorSheet(ss, campaign.settings.language) });
  mailLogSheet(ss, campaign.settings.language);
  const tu = strings(ulang);
  const triggerText = fill(triggers.byOther ? tu.setupTriggersOtherOwner : tu.setupTriggersInstalled, {
    owner: triggers.installedBy,
  });
  let message = fill(tu.setupDone, {
    url: built.url,
    units: built.activeUnits,
    tab: built.tabName,
    triggers: triggerText,
  });
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
  const built = buildForm(ss, campaign, state);
  writeState(props, state);
  refreshAll({ ss, props, skor: skorSheet(ss, lang) });
  let message = fill(t.updateFormDone, { units: built.activeUnits });
  if (built.frozenScaleRefused)
    message += `\n\n${fill(t.updateFormFrozen, { count: built.responses, points: state.scalePoints ?? "" })}`;
  ui.alert(t.updateFormTitle, message, ui.ButtonSet.OK);
}
