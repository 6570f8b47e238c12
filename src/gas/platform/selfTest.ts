/**
 * "Uji Platform" (PRODUCT.md, "First deployment"): a self-test on the live Google account of the
 * behaviours APPS-SCRIPT.md cannot settle ("both ways"). A scratch form is linked to a scratch
 * tab and answered through FormApp; the report says what this account does, and the outcome is
 * stored for the health check. Cleanup needs no Drive scope: the scratch form is unlinked, closed
 * and named for staff to delete; its tab is deleted. When the tab only appears in a later run,
 * the test finishes at the next click.
 */

import { nipDigits } from "../../core/counting/instrument";
import { type Lang, strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { type HealthLine, readLanguage, showReport } from "../sheet/ui";
import { linkedHere } from "./link";
import { isLinkedTo, openForm } from "./responses";
import type { PlatformOutcome, TabVisibility } from "./state";
import { docProps, loadStored, type State, writeState } from "./state";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;

/** An 18-digit NIP that a number would damage (its last digits and its leading zeros matter). */
const TEST_NIP = "199001012015031009";
/** The same NIP in the grouped form the survey asks for. */
const TEST_NIP_GROUPED = "19900101 201503 1 009";

/** Milliseconds one call takes, as the script sees them. */
function timed(f: () => unknown): number {
  const t0 = Date.now();
  f();
  return Date.now() - t0;
}

function findTab(ss: Spreadsheet, formId: string): Sheet | null {
  for (const s of ss.getSheets()) if (isLinkedTo(s, formId)) return s;
  return null;
}

/** Answers the scratch form through FormApp and reads its row back. */
function probeRows(form: Form, tab: Sheet): { bare: boolean; grouped: boolean } {
  // Both answer columns formatted as plain text ahead of the response, as setup does for the NIP.
  tab.getRange(2, 2, tab.getMaxRows() - 1, 2).setNumberFormat("@");
  const items = form.getItems();
  form
    .createResponse()
    .withItemResponse(items[0].asTextItem().createResponse(TEST_NIP))
    .withItemResponse(items[1].asTextItem().createResponse(TEST_NIP_GROUPED))
    .submit();
  let row: unknown[] = [];
  // Forms writes the row on its own schedule: a few short waits at most.
  for (let attempt = 0; attempt < 5; attempt++) {
    SpreadsheetApp.flush();
    if (tab.getLastRow() >= 2) {
      row = tab.getRange(2, 1, 1, 3).getValues()[0];
      break;
    }
    Utilities.sleep(2000);
  }
  return {
    bare: typeof row[1] === "string" && row[1] === TEST_NIP,
    grouped: typeof row[2] === "string" && nipDigits(row[2]) === TEST_NIP,
  };
}

/** Unlinks, closes and names the scratch form for deletion; deletes its tab. */
function cleanUp(ss: Spreadsheet, form: Form, tab: Sheet | null, lang: Lang): void {
  const t = strings(lang);
  if (linkedHere(form, ss)) form.removeDestination();
  form.setAcceptingResponses(false);
  form.setTitle(t.platformScratchTitle);
  if (tab) ss.deleteSheet(tab);
}

function reportLines(o: PlatformOutcome, lang: Lang): HealthLine[] {
  const t = strings(lang);
  const lines: HealthLine[] = [];
  const tab = {
    immediate: t.platformTabImmediate,
    afterFlush: t.platformTabAfterFlush,
    later: t.platformTabLater,
  };
  lines.push({ level: o.tab === "immediate" ? "ok" : "warn", text: tab[o.tab] });
  lines.push(
    o.bareNipIntact
      ? { level: "ok", text: t.platformRowsNextEmpty }
      : { level: "warn", text: t.platformRowsInserted },
  );
  lines.push(
    o.groupedNipIntact
      ? { level: "ok", text: t.platformGroupedNipOk }
      : { level: "bad", text: t.platformGroupedNipBad },
  );
  const slowForms = o.latencyMs.forms > 1000;
  lines.push({
    level: slowForms ? "warn" : "ok",
    text: fill(t.platformLatency, o.latencyMs) + (slowForms ? ` ${t.platformLatencySlow}` : ""),
  });
  lines.push({ level: o.mailQuota > 0 ? "ok" : "warn", text: fill(t.healthQuota, { count: o.mailQuota }) });
  const sameTz = o.sheetTz === o.scriptTz;
  lines.push({
    level: sameTz ? "ok" : "warn",
    text: fill(sameTz ? t.healthTimeZoneSame : t.healthTimeZoneDiffer, {
      sheet: o.sheetTz,
      script: o.scriptTz,
    }),
  });
  if (o.surveyAccepting === null) lines.push({ level: "warn", text: t.platformNoSurveyForm });
  else
    lines.push(
      o.surveyAccepting
        ? { level: "ok", text: t.healthPublished }
        : { level: "bad", text: t.healthUnpublished },
    );
  if (o.domainOnly) lines.push({ level: "warn", text: t.platformDomainOnly });
  lines.push({ level: "ok", text: t.platformAudienceByHand });
  return lines;
}

/** The survey form's own state, as far as a script can read it. */
function surveyForm(state: State): { accepting: boolean | null; domainOnly: boolean | null } {
  const form = openForm(state.formId);
  if (!form) return { accepting: null, domainOnly: null };
  let domainOnly: boolean | null = null;
  try {
    domainOnly = form.requiresLogin();
  } catch (_e) {
    domainOnly = null; // a consumer account's form has no domain setting
  }
  return { accepting: form.isPublished() && form.isAcceptingResponses(), domainOnly };
}

/** Menu: Uji Platform. */
export function runPlatformTest(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = readLanguage(ss);
  const t = strings(lang);
  const props = docProps();
  const state: State = { ...loadStored(props).state };
  const pending = state.platformPending;

  let form: Form | null = pending ? openForm(pending.formId) : null;
  let visibility: TabVisibility = "later";
  let tab: Sheet | null = null;
  let formsMs = 0;
  if (form) {
    tab = findTab(ss, form.getId());
    if (!tab) {
      // Still not visible a run later: give up on this scratch form and start afresh.
      cleanUp(ss, form, null, lang);
      form = null;
    }
  }
  if (!form) {
    form = FormApp.create(t.platformScratchTitle);
    formsMs = timed(() => form?.setTitle(t.platformScratchTitle));
    form.addTextItem().setTitle(t.platformItemBare);
    form.addTextItem().setTitle(t.platformItemGrouped);
    form.setPublished(true);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    tab = findTab(ss, form.getId());
    if (tab) visibility = "immediate";
    else {
      SpreadsheetApp.flush();
      tab = findTab(ss, form.getId());
      if (tab) visibility = "afterFlush";
    }
    if (!tab) {
      state.platformPending = { formId: form.getId(), linkedAt: Date.now() };
      writeState(props, state);
      showReport(
        t.platformTitle,
        [
          { level: "warn", text: t.platformTabLater },
          { level: "warn", text: t.platformRunAgain },
        ],
        lang,
      );
      return;
    }
  } else formsMs = timed(() => form?.getTitle());

  const rows = probeRows(form, tab as Sheet);
  const sheetsMs = timed(() => ss.getSheets()[0].getRange(1, 1).getValues());
  const propsMs = timed(() => props.getProperty("berakhlak.state"));
  const survey = surveyForm(state);
  const outcome: PlatformOutcome = {
    at: Date.now(),
    tab: visibility,
    bareNipIntact: rows.bare,
    groupedNipIntact: rows.grouped,
    latencyMs: { sheets: sheetsMs, forms: formsMs, properties: propsMs },
    mailQuota: MailApp.getRemainingDailyQuota(),
    sheetTz: ss.getSpreadsheetTimeZone(),
    scriptTz: Session.getScriptTimeZone(),
    surveyAccepting: survey.accepting,
    domainOnly: survey.domainOnly,
  };
  cleanUp(ss, form, tab, lang);
  state.platformPending = undefined;
  state.platform = outcome;
  writeState(props, state);
  const lines = reportLines(outcome, lang);
  lines.push({ level: "ok", text: fill(t.platformCleanup, { title: t.platformScratchTitle }) });
  showReport(t.platformTitle, lines, lang);
}

/** The health check's line about the last self-test. */
export function platformHealthLine(state: State, lang: Lang): HealthLine {
  const t = strings(lang);
  if (state.platformPending) return { level: "warn", text: t.platformRunAgain };
  const o = state.platform;
  if (!o) return { level: "warn", text: t.platformNeverRun };
  const date = Utilities.formatDate(new Date(o.at), Session.getScriptTimeZone(), "dd/MM/yyyy HH:mm");
  const worst = reportLines(o, lang).find((l) => l.level === "bad");
  return worst
    ? { level: "bad", text: fill(t.platformLastBad, { date, text: worst.text }) }
    : { level: "ok", text: fill(t.platformLastOk, { date }) };
}
