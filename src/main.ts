/**
 * The only file that touches the global object: it names the entry points that Apps Script
 * (menus, triggers) calls by name. build.mjs turns each `global.name = fn` into a top-level stub.
 */

import { showHealth } from "./gas/health";
import { hourlyRun, retiredDailyRun } from "./gas/hourly";
import { followUpRun } from "./gas/intake/catchUp";
import { processEdit } from "./gas/intake/edits";
import { continueRecompute } from "./gas/intake/recompute";
import { runRecompute } from "./gas/intake/recomputeMenu";
import { processSubmission } from "./gas/intake/submit";
import { previewReminders, sendRemindersNow } from "./gas/letters/remindersMenu";
import { runPlatformTest } from "./gas/platform/selfTest";
import { serveBoard } from "./gas/results/board";
import { refreshDashboardMenu } from "./gas/results/dashboardMenu";
import { showKit } from "./gas/results/kit";
import { publishResults } from "./gas/results/release";
import { showReport } from "./gas/results/report";
import { runSetup, runUpdateForm } from "./gas/setup";
import { buildMenu, readLanguage, showHelp } from "./gas/sheet/ui";

declare const global: Record<string, unknown>;

/** Simple trigger: builds the BerAKHLAK menu. Runs without authorisation, so it does nothing else. */
function onOpen(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  buildMenu(SpreadsheetApp.getUi(), readLanguage(ss));
}

/** Menu: Siapkan Survei. */
function menuSetup(): void {
  runSetup();
}

/** Menu: Perbarui Formulir. */
function menuUpdateForm(): void {
  runUpdateForm();
}

/** Menu: Hitung Ulang Skor. */
function menuRecompute(): void {
  runRecompute();
}

/** Installable form-submit trigger: a wake-up call; the rows, not the event, are the data. */
function onFormSubmitTrigger(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  processSubmission(e?.range);
}

/**
 * Hourly trigger: processes what submit events missed, refreshes the dashboard if anything
 * changed, and sends the day's reminders at the first run at or after the reminder hour.
 */
function hourlyCatchUpTrigger(): void {
  hourlyRun();
}

/** Installable edit trigger: staff corrected or cleared responses; they are compared again. */
function onSheetEditTrigger(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  processEdit(e?.range);
}

/** One-off trigger: catches up a few minutes after a submission that could not get the lock. */
function catchUpSoonTrigger(): void {
  followUpRun();
}

/** One-off trigger: continues a recompute too large for one run. */
function recomputeContinueTrigger(): void {
  continueRecompute();
}

/** Menu: Perbarui Dasbor. */
function menuDashboard(): void {
  refreshDashboardMenu();
}

/** Menu: Terbitkan Hasil. */
function menuPublish(): void {
  publishResults();
}

/** Menu: Pratinjau Pengingat. */
function menuPreviewReminders(): void {
  previewReminders();
}

/** Menu: Kirim Pengingat Sekarang. */
function menuSendReminders(): void {
  sendRemindersNow();
}

/** The daily trigger of version 1, retired by setup; kept because a colleague's copy may still call it. */
function dailyReminderTrigger(): void {
  retiredDailyRun();
}

/** Menu: Laporan Pimpinan. */
function menuReport(): void {
  showReport();
}

/** Menu: Kit Sosialisasi. */
function menuKit(): void {
  showKit();
}

/** The public progress board (the script deployed as a web app). */
function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return serveBoard(e);
}

/** Menu: Periksa Kesehatan. */
function menuHealth(): void {
  showHealth();
}

/** Menu: Uji Platform. */
function menuPlatform(): void {
  runPlatformTest();
}

/** Menu: Bantuan. */
function menuHelp(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  showHelp(SpreadsheetApp.getUi(), readLanguage(ss));
}

global.onOpen = onOpen;
global.menuSetup = menuSetup;
global.menuUpdateForm = menuUpdateForm;
global.menuHealth = menuHealth;
global.menuRecompute = menuRecompute;
global.menuDashboard = menuDashboard;
global.menuPublish = menuPublish;
global.menuPreviewReminders = menuPreviewReminders;
global.menuSendReminders = menuSendReminders;
global.dailyReminderTrigger = dailyReminderTrigger;
global.onFormSubmitTrigger = onFormSubmitTrigger;
global.hourlyCatchUpTrigger = hourlyCatchUpTrigger;
global.recomputeContinueTrigger = recomputeContinueTrigger;
global.onSheetEditTrigger = onSheetEditTrigger;
global.catchUpSoonTrigger = catchUpSoonTrigger;
global.menuHelp = menuHelp;
global.menuPlatform = menuPlatform;
global.menuKit = menuKit;
global.menuReport = menuReport;
global.doGet = doGet;
