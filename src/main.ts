/**
 * The only file that touches the global object: it names the entry points that Apps Script
 * (menus, triggers) calls by name. build.mjs turns each `global.name = fn` into a top-level stub.
 */
import { showHealth } from "./gas/health";
import { runSetup, runUpdateForm } from "./gas/setup";
import { buildMenu, readLanguage, showHelp } from "./gas/ui";

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

/** Menu: Periksa Kesehatan. */
function menuHealth(): void {
  showHealth();
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
global.menuHelp = menuHelp;
