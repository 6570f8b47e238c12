/** "Periksa Kesehatan": what works and what needs fixing, in one dialog. */

import { activeUnits } from "../core/campaign/campaign";
import { MIN_GROUP_FLOOR } from "../core/campaign/settingDefs";
import { unitChoice } from "../core/campaign/units";
import { ITEM_KEYS } from "../core/counting/formSpec";
import { PROFILE } from "../core/counting/instrument";
import { hash53, STATUS } from "../core/counting/scoring";
import { SK } from "../core/counting/skor";
import { localTime } from "../core/counting/snapshot";
import { hourlyHealth } from "../core/platform/runs";
import { TAB } from "../core/platform/tabs";
import { NOTE_DAYS, newScopes } from "../core/platform/upgrade";
import { parseRiwayat } from "../core/results/riwayat";
import { dayFirst } from "../core/text/dates";
import { problemText } from "../core/text/problems";
import { strings } from "../core/text/strings";
import { fill } from "../core/text/template";
import { readReleaseState } from "./platform/releaseState";
import {
  isLinkedTo,
  openForm,
  responseCount,
  responsesSheet,
  sourcesText,
  sourceTabs,
} from "./platform/responses";
import { platformHealthLine } from "./platform/selfTest";
import { docProps, loadStored } from "./platform/state";
import { unitLink } from "./platform/stateWrites";
import { readCampaignFrom } from "./platform/tabs";
import { countTriggers, HANDLERS } from "./platform/triggers";
import { capacityLine } from "./sheet/capacity";
import { readRuns } from "./sheet/runs";
import { type HealthLine, type Level, showReport } from "./sheet/ui";

/** The health report's lines, in the user's language. */
export function healthReport(): { lines: HealthLine[]; lang: "id" | "en" } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(docProps());
  const state = stored.state;
  const campaign = readCampaignFrom(ss);
  const lang = campaign.settings.language;
  const t = strings(lang);
  const lines: HealthLine[] = [];
  const add = (level: Level, text: string) => lines.push({ level, text });
  const at = (ms: number) =>
    Utilities.formatDate(new Date(ms), Session.getScriptTimeZone(), "dd/MM/yyyy HH:mm");

  const form = openForm(state.formId);
  const sheet = responsesSheet(ss, state);
  if (!form) add("bad", t.healthFormMissing);
  else {
    if (sheet && isLinkedTo(sheet, form.getId())) add("ok", t.healthFormLinked);
    else if (state.tabPending) add("warn", t.healthTabPending);
    else add("bad", t.healthFormUnlinked);
    if (form.isPublished() && form.isAcceptingResponses()) add("ok", t.healthPublished);
    // Closed by the product at the campaign's end, on purpose: no alarm (setup will not reopen it).
    else if (state.ended?.closed) add("ok", fill(t.healthClosedAtEnd, { date: at(state.ended.at) }));
    else add("bad", t.healthUnpublished);
    if (form.canEditResponse()) add("warn", t.healthEditsOn);
    else add("ok", t.healthEditsOff);
    const unitItem =
      state.items?.[ITEM_KEYS.unit] === undefined ? null : form.getItemById(state.items[ITEM_KEYS.unit]);
    const choices = unitItem ? unitItem.asListItem().getChoices() : [];
    const wanted = activeUnits(campaign).map(unitChoice);
    // Each choice's text is a Forms call (300-800 ms: a thousand units would outlast the run), so
    // the list the form was built with is compared by its digest; a Sheet built by an earlier
    // version reads the texts while they are few.
    const same =
      choices.length === wanted.length &&
      (state.unitsDigest !== undefined
        ? state.unitsDigest === hash53(wanted.join("\n"))
        : choices.length <= 200 && wanted.every((w, i) => choices[i].getValue() === w));
    add(same ? "ok" : "warn", same ? t.healthUnitsInSync : t.healthUnitsOutOfSync);
  }
  // Units the form does not offer yet get no letters (they have no link): named, a few at most.
  const unlinked = activeUnits(campaign)
    .filter((u) => !unitLink(stored, u))
    .map((u) => u.name);
  if (unlinked.length > 0 && stored.snapshot)
    add(
      "warn",
      fill(t.healthUnitsNoLink, {
        units:
          unlinked.slice(0, 10).join(", ") +
          (unlinked.length > 10 ? ` ${fill(t.andMore, { count: unlinked.length - 10 })}` : ""),
      }),
    );

  const me = Session.getEffectiveUser().getEmail();
  if (state.triggerOwner && state.triggerOwner !== me) {
    add(
      "warn",
      fill(t.healthTriggers, { detail: fill(t.healthTriggersOther, { owner: state.triggerOwner }) }),
    );
  } else {
    const counts = countTriggers();
    const missing = counts.filter((c) => c.count === 0).map((c) => HANDLERS[c.kind]);
    const extra = counts.filter((c) => c.count > 1).map((c) => `${HANDLERS[c.kind]} \u00d7${c.count}`);
    if (missing.length === counts.length)
      add("bad", fill(t.healthTriggers, { detail: t.healthTriggersNone }));
    else if (missing.length > 0)
      add(
        "bad",
        fill(t.healthTriggers, { detail: fill(t.healthTriggersMissing, { names: missing.join(", ") }) }),
      );
    else if (extra.length > 0)
      add(
        "warn",
        fill(t.healthTriggers, { detail: fill(t.healthTriggersExtra, { names: extra.join(", ") }) }),
      );
    else add("ok", fill(t.healthTriggers, { detail: fill(t.healthTriggersOk, { owner: me }) }));
  }

  const runs = hourlyHealth(readRuns(docProps()).hourly ?? []);
  if (runs.last === undefined) {
    const since = state.triggersAt;
    if (since !== undefined && Date.now() - since > 2 * 3_600_000)
      add("bad", fill(t.healthRunsStale, { time: at(since) }));
    else add("ok", t.healthRunsNone);
  } else if (Date.now() - runs.last > 2 * 3_600_000)
    add("bad", fill(t.healthRunsStale, { time: at(runs.last) }));
  else if (runs.missed > 0)
    add(
      "warn",
      fill(t.healthRunsMissed, { missed: runs.missed, count: runs.recorded, gap: runs.longestGapMin }),
    );
  else add("ok", fill(t.healthRunsOk, { time: at(runs.last), count: runs.recorded }));

  lines.push(platformHealthLine(state, lang));
  if (state.upgrade && Date.now() - state.upgrade.at < NOTE_DAYS * 86_400_000 && state.upgrade.from < 2)
    add("ok", fill(t.healthUpgradeV2, { date: at(state.upgrade.at) }));
  const added = newScopes(state.scopes);
  if (added.length > 0)
    add("bad", fill(t.healthNewScopes, { scopes: added.join(", "), owner: state.triggerOwner ?? me }));

  if (stored.historySheetId !== undefined && !ss.getSheetById(stored.historySheetId))
    add("bad", t.healthHistoryLost);
  const release = readReleaseState(docProps());
  if (!release) add("ok", t.healthReleaseNone);
  else {
    add("ok", fill(t.healthRelease, { n: release.n, date: at(release.at), responses: release.responses }));
    if (release.membersTab >= 0 && !ss.getSheetById(release.membersTab)) add("warn", t.healthMembersLost);
    if (release.final?.ok) add("ok", fill(t.healthFinalDone, { date: at(release.final.at) }));
    else if (release.final)
      add(
        "warn",
        fill(t.healthFinalRefused, { date: at(release.final.at), reason: release.final.reason ?? "" }),
      );
  }
  if (state.ended)
    add(
      "ok",
      fill(t.healthEnded, {
        date: at(state.ended.at),
        form: state.ended.closed ? t.endFormClosed : t.endFormOpen,
      }),
    );
  if (state.weeklyMaxMigrated)
    add(
      "warn",
      fill(t.healthWeeklyMaxMigrated, {
        from: state.weeklyMaxMigrated.from,
        to: state.weeklyMaxMigrated.to,
        date: at(state.weeklyMaxMigrated.at),
      }),
    );
  if (state.minGroupRaised)
    add(
      "warn",
      fill(t.healthMinGroupRaised, {
        from: state.minGroupRaised.from,
        to: MIN_GROUP_FLOOR,
        date: at(state.minGroupRaised.at),
      }),
    );
  const sentAt = stored.reminders.lastScheduledAt;
  if (sentAt !== undefined && stored.snapshot) {
    const local = localTime(sentAt, stored.snapshot.tzOffsetMin);
    const late = Number(local.text.slice(11, 13)) - campaign.settings.reminderHour;
    if (late >= 1)
      add("warn", fill(t.healthRemindersLate, { time: at(sentAt), hour: campaign.settings.reminderHour }));
  }

  const over = activeUnits(campaign).filter(
    (u) => u.headcount > 0 && (stored.aggs.units[u.code]?.n ?? 0) > u.headcount,
  );
  if (over.length > 0)
    add(
      "warn",
      fill(t.healthOverHeadcount, {
        units: over.map((u) => `${u.name} (${stored.aggs.units[u.code]?.n}/${u.headcount})`).join(", "),
      }),
    );

  const settingProblems = campaign.problems.filter((p) => p.code.startsWith("setting"));
  const unitProblems = campaign.problems.filter((p) => !p.code.startsWith("setting"));
  // Mid-edit: the time-driven runs keep to the last valid version of both tabs.
  if (
    campaign.problems.some((p) => p.code !== "settingUnknownKey") &&
    state.validAt !== undefined &&
    ss.getSheetByName(TAB.lastValid)
  ) {
    const when = dayFirst(localTime(state.validAt, stored.snapshot?.tzOffsetMin ?? 420).text);
    add("warn", fill(t.healthLastValid, { time: when }));
  }
  add(
    settingProblems.length ? "bad" : "ok",
    settingProblems.length
      ? fill(t.healthSettingsBad, { count: settingProblems.length })
      : t.healthSettingsOk,
  );
  add(
    unitProblems.length ? "bad" : "ok",
    unitProblems.length
      ? fill(t.healthUnitsBad, { count: unitProblems.length })
      : fill(t.healthUnitsOk, { count: activeUnits(campaign).length }),
  );
  const sheetTz = ss.getSpreadsheetTimeZone();
  const scriptTz = Session.getScriptTimeZone();
  add(
    sheetTz === scriptTz ? "ok" : "warn",
    fill(sheetTz === scriptTz ? t.healthTimeZoneSame : t.healthTimeZoneDiffer, {
      sheet: sheetTz,
      script: scriptTz,
    }),
  );
  const quota = MailApp.getRemainingDailyQuota();
  add(quota > 0 ? "ok" : "warn", fill(t.healthQuota, { count: quota }));

  if (state.columnsMissing?.length)
    add("bad", fill(t.healthColumnsMissing, { columns: state.columnsMissing.join(", ") }));
  const responses = responseCount(sheet);
  const tabs = sourceTabs(ss, state);
  if (tabs.length > 1) {
    add(
      tabs.every((x) => x.readable) ? "ok" : "warn",
      fill(t.healthSources, { tabs: sourcesText(tabs, lang) }),
    );
    add("ok", t.healthSourcesNote);
  }
  const scores = ss.getSheetByName(TAB.scores);
  const processed = scores ? Math.max(0, scores.getLastRow() - 1) : 0;
  const pending = Math.max(0, responses + (state.rowAdjust ?? 0) - processed);
  add(pending === 0 ? "ok" : "warn", fill(t.healthPending, { count: pending }));
  lines.push(
    capacityLine(
      ss,
      [
        // Forms may insert a new row for each response rather than fill the empty ones (APPS-SCRIPT.md,
        // both ways): the responses tab's empty rows are not counted on.
        { sheet, used: sheet ? sheet.getMaxRows() : 0 },
        { sheet: scores, used: processed + 1 },
      ],
      lang,
    ),
  );
  if (scores && processed > 0) {
    // Responses kept but counted nowhere (unknown or inactive unit, missing or out-of-scale answers).
    const statuses = scores.getRange(2, SK.status + 1, processed, 2).getValues();
    const invalid = statuses.filter((r) => r[0] === STATUS.invalid);
    if (invalid.length > 0) {
      const reasons = [...new Set(invalid.map((r) => String(r[1])))].slice(0, 5).join("; ");
      add("warn", fill(t.healthInvalid, { count: invalid.length, reasons }));
    }
  }

  if (sheet && campaign.settings.collectNip && responses > 0) {
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const col = header.indexOf(PROFILE.nip.title[state.formLang ?? "id"]) + 1;
    if (col > 0) {
      const damaged = sheet
        .getRange(2, col, responses, 1)
        .getValues()
        .filter((r) => typeof r[0] === "number").length;
      if (damaged > 0) add("warn", fill(t.healthNipDamaged, { count: damaged }));
    }
  }

  if (state.recompute) {
    add("warn", fill(t.healthRecompute, { done: state.recompute.next - 2, total: state.recompute.total }));
  }
  if (state.lastError)
    add("warn", fill(t.healthLastError, { time: state.lastError.time, message: state.lastError.message }));
  else add("ok", t.healthNoError);

  for (const p of campaign.problems) add("bad", problemText(p, lang));
  // Riwayat (optional): every row it cannot use, with what to fix.
  const riwayatTab = ss.getSheetByName(TAB.history);
  if (riwayatTab) {
    const riwayat = parseRiwayat(
      riwayatTab.getDataRange().getValues(),
      new Set(campaign.units.map((u) => u.code)),
      campaign.settings.year,
    );
    const rowsWith = new Set(riwayat.problems.map((p) => p.params.row)).size;
    add(
      rowsWith ? "warn" : "ok",
      rowsWith
        ? fill(t.healthRiwayatProblems, { count: rowsWith })
        : fill(t.healthRiwayatOk, { rows: riwayat.rows.length }),
    );
    for (const p of riwayat.problems) add("warn", problemText(p, lang));
  }
  return { lines, lang };
}

/** Menu: Periksa Kesehatan. */
export function showHealth(): void {
  const { lines, lang } = healthReport();
  showReport(strings(lang).healthTitle, lines, lang);
}
