/**
 * Reminder runs: the daily trigger, "Kirim Pengingat Sekarang" and "Pratinjau Pengingat". The
 * decisions come from the core; here the MailApp quota is read once and counted down, every
 * decision is written to Log Email in one block, and the history is kept for the next run. A run
 * stops sending before Apps Script's time limit (a thousand letters take longer than one run);
 * the next hourly run continues the day's letters.
 */

import { activeUnits } from "../core/campaign";
import { daysLeft } from "../core/dashboard";
import { dayFirst, longDate } from "../core/dates";
import { escapeHtml } from "../core/escape";
import { problemText } from "../core/problems";
import {
  type Decision,
  decide,
  type History,
  type Kind,
  type Message,
  missedDays,
  type Outcome,
  type ReminderUnit,
  reasonLabel,
  renderMessage,
} from "../core/reminders";
import { asText } from "../core/skor";
import { localTime } from "../core/snapshot";
import { type Lang, strings } from "../core/strings";
import { TAB } from "../core/tabs";
import { fill } from "../core/template";
import { EXECUTION_STARTED } from "./clock";
import { readHistory, writeHistory } from "./historyTab";
import { campaignForRun } from "./lastValid";
import { recordError, TIME_BUDGET_MS } from "./pipeline";
import { alertProblems } from "./setup";
import { ensureGrid } from "./skorTab";
import { docProps, loadStored, type Stored, unitLink } from "./state";
import { readCampaignFrom } from "./tabs";

type Mode = "scheduled" | "manual" | "preview";

interface LogRow {
  time: string;
  unit: string;
  recipients: string;
  kind: Kind;
  count: number | string;
  quota: number | string;
  outcome: Outcome;
  why: string;
}

const LOG_COLUMNS = [
  "colLogTime",
  "colLogUnit",
  "colLogRecipients",
  "colLogKind",
  "colLogCount",
  "colLogQuota",
  "colLogOutcome",
  "colLogWhy",
] as const;

/** The Log Email tab, created with its header when missing (setup makes it ahead of the first run). */
export function mailLogSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(TAB.mailLog);
  if (existing) return existing;
  const t = strings(lang);
  const sheet = ss.insertSheet(TAB.mailLog);
  sheet
    .getRange(1, 1, 1, LOG_COLUMNS.length)
    .setValues([LOG_COLUMNS.map((c) => t[c])])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.protect().setDescription(TAB.mailLog).setWarningOnly(true);
  return sheet;
}

function writeLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: readonly LogRow[], lang: Lang): void {
  if (rows.length === 0) return;
  const sheet = mailLogSheet(ss, lang);
  const start = sheet.getLastRow() + 1;
  ensureGrid(sheet, start + rows.length - 1);
  sheet
    .getRange(start, 1, rows.length, LOG_COLUMNS.length)
    .setValues(
      rows.map((r) => [
        asText(r.time),
        asText(r.unit),
        asText(r.recipients),
        asText(r.kind),
        r.count,
        r.quota,
        asText(r.outcome),
        asText(r.why),
      ]),
    );
}

export interface RunReport {
  readonly sent: number;
  readonly postponed: number;
  readonly skipped: Decision[];
  readonly previews: { decision: Decision; message: Message }[];
}

/**
 * One reminder run. Returns what happened, or null when nothing ran. Reminder runs exclude one
 * another with the document lock, taken before the history is read: the script lock stays free
 * for submissions while letters go out (a thousand take minutes).
 */
export function runReminders(mode: Mode): RunReport | null {
  if (mode === "preview") return reminderRun(mode);
  if (mode === "scheduled" && doneToday(loadStored(docProps()))) return null; // every hourly run asks: one read
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) return null;
  try {
    return reminderRun(mode);
  } finally {
    lock.releaseLock();
  }
}

/** Whether the day's scheduled reminders are out already. */
function doneToday(stored: Stored): boolean {
  const snap = stored.snapshot;
  return !!snap && stored.reminders.lastScheduledDay === localTime(Date.now(), snap.tzOffsetMin).ymd;
}

function reminderRun(mode: Mode): RunReport | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const stored = loadStored(props);
  const snap = stored.snapshot;
  if (mode === "scheduled" && doneToday(stored)) return null;
  let campaign = readCampaignFrom(ss);
  if (mode === "scheduled" && campaign.problems.some((p) => p.code !== "settingUnknownKey")) {
    // Staff are mid-edit: the day's reminders follow the last valid version (the health check says so).
    const last = campaignForRun(ss, { ...stored.state });
    if (last) campaign = last.campaign;
  }
  const lang = campaign.settings.language;
  const t = strings(lang);
  if (!snap) {
    if (mode !== "scheduled") {
      const ui = SpreadsheetApp.getUi();
      ui.alert(mode === "preview" ? t.previewTitle : t.sendNowTitle, t.updateFormNoForm, ui.ButtonSet.OK);
    }
    return null;
  }
  const now = localTime(Date.now(), snap.tzOffsetMin);
  const today = now.ymd;
  const loaded = readHistory(ss, stored);
  const history = loaded.history;
  if (loaded.lost) {
    // Staff deleted the history tab: who was reminded when is unknown. Scheduled runs wait (the
    // health check says so) until staff confirm a fresh start here.
    if (mode === "scheduled") return null;
    if (mode === "manual") {
      const ui = SpreadsheetApp.getUi();
      if (ui.alert(t.sendNowTitle, t.historyLostConfirm, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    }
  }
  if (mode === "scheduled") {
    const hour = Number(now.text.slice(11, 13));
    // The first time-driven run at or after the reminder hour sends the day's reminders; every
    // later run that day sends nothing. A late or skipped run, a busy lock or an hour changed in
    // Pengaturan never costs the day: the next hourly run that day picks it up.
    if (hour < campaign.settings.reminderHour || history.lastScheduledDay === today) return null;
  }
  if (campaign.problems.length > 0) {
    // A setting this version does not know (an older or newer version's) is reported, but never
    // stops the day's reminders; any other problem does, until staff fix it.
    const blocking = campaign.problems.filter((p) => p.code !== "settingUnknownKey");
    if (mode === "scheduled") {
      recordError(new Error(campaign.problems.map((p) => problemText(p, lang)).join(" ")));
      if (blocking.length > 0) return null;
    } else {
      alertProblems(SpreadsheetApp.getUi(), campaign, lang);
      return null;
    }
  }
  const s = campaign.settings;
  const units: ReminderUnit[] = activeUnits(campaign).map((u) => ({
    code: u.code,
    name: u.name,
    head: u.head,
    headEmail: u.headEmail,
    cc: u.cc,
    quota: campaign.quotas.get(u.code) ?? 0,
    responses: stored.aggs.units[u.code]?.n ?? 0,
  }));
  const rules = {
    startDate: s.startDate,
    endDate: s.endDate,
    holidays: s.holidays,
    gapDays: s.reminderGapDays,
    max: s.reminderMax,
    escalateAfter: s.escalateAfter,
    escalationEmail: s.escalationEmail,
  };
  const decisions = decide(today, units, rules, history, mode !== "scheduled");
  const ctx = (u: ReminderUnit) => ({
    lang,
    instansi: s.instansi,
    today,
    endDate: s.endDate,
    daysLeft: daysLeft(today, s.endDate),
    link: unitLink(stored, u),
    subjectTemplate: s.subjectTemplate,
    bodyTemplate: s.bodyTemplate,
    whatsappTemplate: s.whatsappTemplate,
  });
  {
    const log: LogRow[] = [];
    // A run continuing the day's letters (the last stopped for time) logs only what it sends.
    const continuing = history.partialDay === today;
    if (mode === "scheduled" && !continuing)
      for (const day of missedDays(history.lastScheduledDay, today, rules))
        log.push({
          time: dayFirst(now.text),
          unit: "",
          recipients: "",
          kind: "pengingat",
          count: "",
          quota: "",
          outcome: "dilewati",
          why: fill(t.missedDay, { date: longDate(day, lang) }),
        });
    const units2: Record<string, { count: number; last: string }> = { ...history.units };
    const postponed: string[] = [];
    const notInForm: string[] = [];
    const previews: RunReport["previews"] = [];
    let sent = 0;
    let exhausted = false;
    let outOfTime = false;
    let quotaLeft = -1;
    for (const d of decisions) {
      const base = {
        time: dayFirst(now.text),
        unit: d.unit.name,
        recipients: [...d.to, ...d.cc].join(", "),
        kind: d.kind,
        count: d.unit.responses,
        quota: d.unit.quota,
      };
      if (!d.send) {
        if (continuing) continue;
        log.push({
          ...base,
          outcome: mode === "preview" ? "uji coba" : "dilewati",
          why: reasonLabel(d.reason, lang),
        });
        continue;
      }
      // A unit added to Unit Kerja since the form was last built has no link yet: it waits for
      // Perbarui Formulir rather than getting a letter without one.
      if (!unitLink(stored, d.unit)) {
        notInForm.push(d.unit.name);
        log.push({ ...base, outcome: mode === "preview" ? "uji coba" : "dilewati", why: t.skipNotInForm });
        continue;
      }
      const message = renderMessage(d.unit, ctx(d.unit));
      if (mode === "preview") {
        previews.push({ decision: d, message });
        log.push({ ...base, outcome: "uji coba", why: message.subject });
        continue;
      }
      if (!outOfTime && Date.now() - EXECUTION_STARTED > TIME_BUDGET_MS) outOfTime = true;
      if (outOfTime) continue; // the next hourly run sends it, and logs it then
      const needed = d.to.length + d.cc.length;
      if (quotaLeft < 0) quotaLeft = MailApp.getRemainingDailyQuota();
      if (!exhausted && quotaLeft < needed) exhausted = true;
      if (exhausted) {
        postponed.push(d.unit.code);
        log.push({ ...base, outcome: "ditunda", why: t.postponedQuota });
        continue;
      }
      try {
        MailApp.sendEmail({
          to: d.to.join(","),
          cc: d.cc.join(","),
          subject: message.subject,
          body: message.body,
          htmlBody: message.htmlBody,
          name: s.instansi,
        });
        sent++;
        quotaLeft -= needed;
        const h = units2[d.unit.code] ?? { count: 0, last: "" };
        units2[d.unit.code] = { count: h.count + 1, last: today };
        log.push({ ...base, outcome: "terkirim", why: message.subject });
      } catch (e) {
        log.push({
          ...base,
          outcome: "gagal",
          why: fill(t.sendFailed, { message: e instanceof Error ? e.message : String(e) }),
        });
      }
    }
    const skipped = decisions.filter((d) => !d.send);
    if (mode !== "preview" && sent + postponed.length + notInForm.length > 0) {
      const admin = s.adminEmail || stored.state.triggerOwner || Session.getEffectiveUser().getEmail();
      const lines = log.map((l) => `${l.unit}: ${l.outcome}${l.why ? ` (${l.why})` : ""}`).join("\n");
      const subject = fill(t.summarySubject, { tanggal: longDate(today, lang) });
      let body = fill(t.summaryBody, { sent, postponed: postponed.length, skipped: skipped.length, lines });
      if (notInForm.length > 0)
        body = `${fill(t.summaryNotInForm, { units: notInForm.join(", ") })}\n\n${body}`;
      const summary = {
        time: dayFirst(now.text),
        unit: "",
        recipients: admin,
        kind: "ringkasan" as const,
        count: sent,
        quota: "",
      };
      if (admin && (quotaLeft < 0 ? MailApp.getRemainingDailyQuota() : quotaLeft) >= 1) {
        MailApp.sendEmail({ to: admin, subject, body, name: s.instansi });
        log.push({ ...summary, outcome: "terkirim", why: subject });
      } else log.push({ ...summary, outcome: "ditunda", why: t.postponedQuota });
    }
    if (mode !== "preview") {
      const next: History = {
        units: units2,
        pending: postponed,
        lastScheduledDay: mode === "scheduled" && !outOfTime ? today : history.lastScheduledDay,
        lastScheduledAt: mode === "scheduled" ? Date.now() : history.lastScheduledAt,
        partialDay: outOfTime ? today : undefined,
      };
      writeHistory(ss, props, stored, next);
    }
    writeLog(ss, log, lang);
    SpreadsheetApp.flush();
    return { sent, postponed: postponed.length, skipped, previews };
  }
}

/** The day's reminders from a time-driven run (the hourly catch-up, or a colleague's older daily trigger). */
export function dailyReminders(): void {
  try {
    runReminders("scheduled");
  } catch (e) {
    recordError(e);
    throw e;
  }
}

/** Menu: Kirim Pengingat Sekarang. */
export function sendRemindersNow(): void {
  const report = runReminders("manual");
  if (!report) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = readCampaignFrom(ss).settings.language;
  const t = strings(lang);
  const ui = SpreadsheetApp.getUi();
  const skipped = report.skipped
    .map((d) => `\u2022 ${d.unit.name}: ${reasonLabel(d.reason, lang)}`)
    .join("\n");
  const text = fill(t.sendNowDone, {
    sent: report.sent,
    postponed: report.postponed,
    skipped: report.skipped.length,
  });
  ui.alert(t.sendNowTitle, skipped ? `${text}\n\n${t.sendNowSkipped}\n${skipped}` : text, ui.ButtonSet.OK);
}

/** Menu: Pratinjau Pengingat — who would get what, sending nothing. */
export function previewReminders(): void {
  const report = runReminders("preview");
  if (!report) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = readCampaignFrom(ss).settings.language;
  const t = strings(lang);
  const items = report.previews
    .map(
      (p) =>
        `<div style="border:1px solid #dadce0;border-radius:6px;padding:10px;margin:10px 0">` +
        `<div><b>${escapeHtml(t.previewTo)}:</b> ${escapeHtml(p.decision.to.join(", "))}</div>` +
        (p.decision.cc.length
          ? `<div><b>${escapeHtml(t.previewCc)}:</b> ${escapeHtml(p.decision.cc.join(", "))}</div>`
          : "") +
        `<div><b>${escapeHtml(t.previewSubject)}:</b> ${escapeHtml(p.message.subject)}</div><hr>${p.message.htmlBody}</div>`,
    )
    .join("");
  const skipped = report.skipped
    .map((d) => `<li>${escapeHtml(d.unit.name)}: ${escapeHtml(reasonLabel(d.reason, lang))}</li>`)
    .join("");
  const intro = escapeHtml(
    fill(t.previewIntro, { send: report.previews.length, skip: report.skipped.length }),
  );
  const html = `<div style="font-family:Arial,sans-serif;font-size:13px"><p>${intro}</p>${items}${skipped ? `<p><b>${escapeHtml(t.sendNowSkipped)}</b></p><ul>${skipped}</ul>` : ""}</div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(760).setHeight(560),
    t.previewTitle,
  );
}
