/** What the emulated services share: the state of the emulated Google account and the running execution. */

import type { Execution, Svc } from "./runtime";
import type { BookData, SheetData } from "./sheets/data";
import type { Variants } from "./variants";

export interface UiEvent {
  kind: "alert" | "prompt" | "dialog" | "sidebar" | "toast";
  title: string;
  message: string;
  /** The HTML of a dialog or sidebar. */
  html?: string;
  buttons?: string;
  answer?: string;
  time: number;
  execution: number;
}

export interface UiAnswer {
  button: string;
  text?: string;
}

export interface MenuModel {
  title: string;
  items: { label: string; fn: string }[];
}

export interface World {
  readonly book: BookData;
  /** The readings of unverified behaviour this workspace follows. */
  readonly variants: Variants;
  now(): number;
  advance(ms: number): void;
  exec(): Execution;
  /** The account's language, which decides the names Google gives (responses tab, timestamp header). */
  accountLanguage(): "id" | "en";
  scriptTimeZone(): string;
  uiLog: UiEvent[];
  menus: MenuModel[];
  nextUiAnswer(kind: string): UiAnswer | undefined;
  htmlFile(name: string): string | undefined;
  /** A sheet's service object (what range.getSheet() returns). */
  sheetSvc(sheet: SheetData): Svc;
}
