/**
 * Reminder runs: the daily trigger, "Kirim Pengingat Sekarang" and "Pratinjau Pengingat". The
 * decisions come from the core; here the MailApp quota is read once and counted down, every
 * decision is written to Log Email in one block, and the history is kept for the next run. A run
 * stops sending before Apps Script's time limit (a thousand letters take longer than one run);
 * the next hourly run continues the day's letters.
 */
import { activeUnits } from "../../core/campaign/campaign";
import { localTime } from "../../core/counting/snapshot";
import { type Message, type MessageContext, reasonLabel, renderLetter } from "../../core/letters/letters";
import {
  ACTIONABLE,
  afterLetter,
  type Decision,
  decide,
  type History,
  isWorkingDay,
  missedDays,
  NEW_UNIT,
  periodOf,
  type ReminderUnit,
  type UnitHistory,
  weekOf,
} from "../../core/letters/reminders";
import { dayFirst, daysLeft, longDate } from "../../core/text/dates";
import { dict } from "../../core/text/dict";
import { problemText } from "../../core/text/problems";
import { strings } from "../../core/text/strings";
import { fill } from "../../core/text/template";
import { recordError } from "../platform/errors";
import { campaignForRun } from "../platform/lastValid";
import { docProps, loadStored, type Stored } from "../platform/state";
import { unitLink } from "../platform/stateWrites";
import { readCampaignFrom } from "../platform/tabs";
import { EXECUTION_STARTED, TIME_BUDGET_MS } from "../sheet/clock";
import { alertProblems } from "../sheet/ui";
import { Journal, readHistory, writeHistory } from "./historyTab";
import { calendarLine, type LogRow, sentTodayFromLog, writeLog } from "./mailLog";

type Mode = "scheduled" | "manual" | "preview";

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
export function runReminders(
  mode: Mode,
  opts: { known?: Stored; extra?: Readonly<Record<string, string>> } = {},
): RunReport | null {
  if (mode === "preview") return reminderRun(mode);
  // Every hourly run asks whether the day's letters are out: one read, reused when the lock is free.
  let known = mode === "scheduled" ? (opts.known ?? loadStored(docProps())) : undefined;
  if (known && (doneToday(known) || beforeHour(known))) return null;
  const lock = LockService.getDocumentLock();
  const asked = Date.now();
  if (!lock.tryLock(30_000)) {
    // Staff asked: say that letters are going out already, and what that run does.
    if (mode === "manual") {
      const t = strings(readCampaignFrom(SpreadsheetApp.getActiveSpreadsheet()).settings.language);
      const ui = SpreadsheetApp.getUi();
      ui.alert(t.sendNowTitle, t.sendNowBusy, ui.ButtonSet.OK);
    }
    return null;
  }
  // Another reminder run held the lock (the call took more than its round trip): what it wrote is read afresh.
  if (Date.now() - asked > LOCK_ROUND_TRIP_MS) known = undefined;
  try {
    return reminderRun(mode, known, opts.extra);
  } finally {
    lock.releaseLock();
  }
}

/**
 * Whether it is before the day's reminder hour, as the snapshot knows it (it follows Pengaturan
 * by the hourly run): then nothing is read. A snapshot of an earlier version does not know it.
 */
function beforeHour(stored: Stored): boolean {
  const snap = stored.snapshot;
  if (snap?.reminderHour === undefined) return false;
  return Number(localTime(Date.now(), snap.tzOffsetMin).text.slice(11, 13)) < snap.reminderHour;
}

/** Whether the day's scheduled reminders are out already. */
function doneToday(stored: Stored): boolean {
  const snap = stored.snapshot;
  return !!snap && stored.reminders.lastScheduledDay === localTime(Date.now(), snap.tzOffsetMin).ymd;
}

function reminderRun(mode: Mode, known?: Stored, extra?: Readonly<Record<string, string>>): RunReport | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = docProps();
  const stored = known ?? loadStored(props);
  const snap = stored.snapshot;
  if (mode === "scheduled" && doneToday(stored)) return null;
  let campaign = readCampaignFrom(ss);
  if (mode === "scheduled" && campaign.problems.some((p) => p.code !== "settingUnknownKey")) {
    // Staff are mid-edit: the day's letters follow the last valid version (the health check says so).
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
    // The first time-driven run at or after the reminder hour sends the day's letters; every
    // later run that day sends nothing. A late or skipped run, a busy lock or an hour changed in
    // Pengaturan never costs the day: the next hourly run that day picks it up.
    if (hour < campaign.settings.reminderHour || loaded.history.lastScheduledDay === today) return null;
  }
  if (campaign.problems.length > 0) {
    // A setting this version does not know (an older or newer version's) is reported, but never
    // stops the day's letters; any other problem does, until staff fix it.
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
  const time = dayFirst(now.text);
  const log: LogRow[] = [];
  const units: Record<string, UnitHistory> = dict(loaded.history.units);
  // A fresh start after the history tab was deleted still knows today's letters: Log Email says
  // which units got one (sent, or of unknown outcome), so none gets a second today.
  if (loaded.lost && mode !== "preview") {
    const byName = new Map(activeUnits(campaign).map((u) => [u.name, u.code]));
    for (const code of sentTodayFromLog(ss, time.slice(0, 10), byName))
      units[code] = {
        ...(units[code] ?? NEW_UNIT),
        letterDay: today,
        last: today,
        week: weekOf(today),
        weekCount: 1,
      };
  }
  // What a run stopped before its end left in the journal: a letter sent is recorded now; one
  // marked without an outcome may have gone out, so it counts as sent and is not repeated today.
  const byCode = new Map(activeUnits(campaign).map((u) => [u.code, u]));
  for (const j of mode === "preview" ? [] : loaded.journal) {
    if (j.kind === SUMMARY_KIND) continue; // the admin's summary: not a unit's letter
    const u = byCode.get(j.code);
    const entry = {
      time,
      unit: u?.name ?? j.code,
      recipients: u ? [u.headEmail, ...u.cc].join(", ") : "",
      kind: j.kind,
      count: "",
      quota: "",
    };
    if (j.state === "gagal") {
      log.push({ ...entry, outcome: "gagal", why: fill(t.sendFailed, { message: "\u2013" }) });
      continue;
    }
    units[j.code] = afterLetter(units[j.code] ?? NEW_UNIT, j.kind, j.day);
    log.push(
      j.state === "terkirim"
        ? { ...entry, outcome: "terkirim", why: t.recoveredSend }
        : { ...entry, outcome: "tidak pasti", why: t.uncertainSend },
    );
  }
  const history: History = { ...loaded.history, units };
  const rules = {
    startDate: s.startDate,
    endDate: s.endDate,
    holidays: s.holidays,
    gapDays: s.reminderGapDays,
    weeklyMax: s.reminderWeeklyMax,
    closingDays: s.closingDays,
    escalateBelow: s.escalateBelow,
    escalateAfter: s.escalateAfter,
    escalateDaysLeft: s.escalateDaysLeft,
    escalationEmail: s.escalationEmail,
  };
  const reminderUnits: ReminderUnit[] = activeUnits(campaign).map((u) => ({
    code: u.code,
    name: u.name,
    head: u.head,
    headEmail: u.headEmail,
    cc: u.cc,
    quota: campaign.quotas.get(u.code) ?? 0,
    responses: stored.aggs.units[u.code]?.n ?? 0,
  }));
  const decisions = decide(today, reminderUnits, rules, history, mode !== "scheduled");
  const ctx = (u: ReminderUnit): MessageContext => ({
    lang,
    instansi: s.instansi,
    today,
    endDate: s.endDate,
    daysLeft: daysLeft(today, s.endDate),
    link: unitLink(stored, u),
    subjectTemplate: s.subjectTemplate,
    bodyTemplate: s.bodyTemplate,
    whatsappTemplate: s.whatsappTemplate,
    signature: s.signature,
    escalationName: s.escalationName,
    escalationEmail: s.escalationEmail,
    escalateBelow: s.escalateBelow,
    posterUrl: s.boardUrl ? `${s.boardUrl}?unit=${encodeURIComponent(u.code)}` : "",
  });
  // A run continuing the day's letters (the last stopped for time or was stopped) logs only what it sends.
  const continuing = history.partialDay === today || loaded.journal.some((j) => j.day === today);
  const period = periodOf(today, rules);
  if (mode === "scheduled" && !continuing) {
    for (const day of missedDays(history.lastScheduledDay, today, rules))
      log.push(calendarLine(time, fill(t.missedDay, { date: longDate(day, lang) })));
    // A day without letters by the calendar is one line, not one per unit; after the end, the
    // campaign's end writes its own line once.
    if (period === "before")
      log.push(calendarLine(time, fill(t.logBeforeStart, { date: longDate(s.startDate, lang) })));
    else if (period === "in" && !isWorkingDay(today, s.holidays))
      log.push(calendarLine(time, fill(t.logNonWorkingDay, { date: longDate(today, lang) })));
  }
  const postponed: string[] = [];
  const notInForm: string[] = [];
  const previews: RunReport["previews"] = [];
  const journal = new Journal(ss, props, stored);
  let sent = 0;
  let exhausted = false;
  let outOfTime = false;
  let quotaLeft = -1;
  for (const d of decisions) {
    const base = {
      time,
      unit: d.unit.name,
      recipients: [...d.to, ...d.cc].join(", "),
      kind: d.kind,
      count: d.unit.responses,
      quota: d.unit.quota,
    };
    if (!d.send) {
      // Only what staff can act on is logged (a missing address); the rest is the rules working.
      if (!continuing && d.reason && ACTIONABLE.has(d.reason))
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
      if (!continuing)
        log.push({ ...base, outcome: mode === "preview" ? "uji coba" : "dilewati", why: t.skipNotInForm });
      continue;
    }
    const message = renderLetter(d.unit, d.kind, ctx(d.unit), d.escalation);
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
      const h = units[d.unit.code] ?? NEW_UNIT;
      units[d.unit.code] = { ...h, pendingSince: h.pendingSince || today };
      log.push({ ...base, outcome: "ditunda", why: t.postponedQuota });
      continue;
    }
    // Marked before the send, its outcome after: a run stopped between the two never sends it twice.
    journal.mark({ code: d.unit.code, day: today, kind: d.kind });
    try {
      MailApp.sendEmail({
        to: d.to.join(","),
        cc: d.cc.join(","),
        subject: message.subject,
        body: message.body,
        htmlBody: message.htmlBody,
        name: s.instansi,
      });
      journal.outcome(d.unit.code, "terkirim");
      sent++;
      quotaLeft -= needed;
      units[d.unit.code] = afterLetter(units[d.unit.code] ?? NEW_UNIT, d.kind, today);
      log.push({ ...base, outcome: "terkirim", why: message.subject });
    } catch (e) {
      journal.outcome(d.unit.code, "gagal");
      log.push({
        ...base,
        outcome: "gagal",
        why: fill(t.sendFailed, { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  }
  if (mode === "preview") {
    writeLog(ss, log, lang);
    return { sent, postponed: 0, skipped: decisions.filter((d) => !d.send), previews };
  }
  const skipped = decisions.filter((d) => !d.send);
  if (sent + postponed.length + notInForm.length > 0) {
    const admin = s.adminEmail || stored.state.triggerOwner || Session.getEffectiveUser().getEmail();
    const lines = log.map((l) => `${l.unit}: ${l.outcome}${l.why ? ` (${l.why})` : ""}`).join("\n");
    const subject = fill(t.summarySubject, { tanggal: longDate(today, lang) });
    let body = fill(t.summaryBody, { sent, postponed: postponed.length, skipped: skipped.length, lines });
    if (notInForm.length > 0)
      body = `${fill(t.summaryNotInForm, { units: notInForm.join(", ") })}\n\n${body}`;
    const summary = { time, unit: "", recipients: admin, kind: "ringkasan" as const, count: sent, quota: "" };
    if (admin && (quotaLeft < 0 ? MailApp.getRemainingDailyQuota() : quotaLeft) >= 1) {
      // Its mark carries the last letter's outcome (the summary's own is of no consequence).
      journal.mark({ code: SUMMARY_KIND, day: today, kind: SUMMARY_KIND });
      MailApp.sendEmail({ to: admin, subject, body, name: s.instansi });
      log.push({ ...summary, outcome: "terkirim", why: subject });
    } else log.push({ ...summary, outcome: "ditunda", why: t.postponedQuota });
  }
  journal.close();
  // A unit no longer waiting (sent, or not due any more) leaves the queue.
  const waiting = new Set(postponed);
  for (const [code, h] of Object.entries(units))
    if (h.pendingSince && !waiting.has(code)) units[code] = { ...h, pendingSince: "" };
  // The log first: a run stopped between these writes logs its letters twice, never sends them twice.
  writeLog(ss, log, lang);
  // The table now holds what the journal recorded (this run's and a stopped one's); the write clears it.
  writeHistory(
    ss,
    props,
    stored,
    {
      units,
      lastScheduledDay: mode === "scheduled" && !outOfTime ? today : history.lastScheduledDay,
      lastScheduledAt: mode === "scheduled" ? Date.now() : history.lastScheduledAt,
      partialDay: outOfTime ? today : undefined,
    },
    loaded.rows + journal.appended,
    extra,
  );

  SpreadsheetApp.flush();
  return { sent, postponed: postponed.length, skipped, previews };
}

/** Longer than a free lock's round trip: the lock was held by someone else meanwhile. */
const LOCK_ROUND_TRIP_MS = 2000;

/** The journal's mark of the admin's summary (a kind no unit's letter has). */
const SUMMARY_KIND = "ringkasan";

/** The day's reminders from a time-driven run (the hourly catch-up, or a colleague's older daily trigger). */
export function dailyReminders(known?: Stored): void {
  try {
    runReminders("scheduled", { known });
  } catch (e) {
    recordError(e);
    throw e;
  }
}
