/**
 * The unverified behaviours of APPS-SCRIPT.md ("both ways"): each is a variant of the emulation,
 * chosen per workspace. The default is the plain reading; the harsher ones are one switch away,
 * and `HARSHEST` combines the harshest of each.
 */

export interface Variants {
  /**
   * When the responses tab made by `setDestination` appears in the spreadsheet's sheet list:
   * at once; only after `SpreadsheetApp.flush()` (in the same execution) or in a later execution;
   * or only in a later execution.
   */
  responsesTab: "immediate" | "afterFlush" | "nextExecution";
  /**
   * How Forms adds a response row: into the next empty row, keeping that row's formats; or by
   * inserting a new row that takes the formats of the row above (the header, for the first one).
   */
  responseRow: "nextEmpty" | "insert";
  /** The spreadsheet's own time zone; undefined = the manifest's. */
  spreadsheetTimeZone?: string;
  /** Call latency: none, or the "google" profile (PERFORMANCE.md, APPS-SCRIPT.md). */
  latency: "zero" | "google";
  /**
   * When time-driven triggers run: within the first quarter of their hour; anywhere in it; late,
   * in the next hour; or anywhere in it with an hourly run skipped now and then (about 1 in 6).
   */
  triggerTiming: "early" | "anywhere" | "late" | "skipping";
  /** Who may answer a published form. */
  audience: "anyone" | "domain" | "shared";
  /**
   * Executions one after another, or overlapping: an execution starts when its event arrives,
   * even while another holds the script lock, and its lock calls wait for that one's release.
   */
  executions: "serial" | "overlapping";
  /**
   * Whether a staff member's edit in the Sheet (typing, pasting, clearing cells) fires the
   * spreadsheet's installable on-edit triggers: always, or never (edits made through the Sheets
   * API, another script or an add-on fire none, and a trigger can be missing or broken).
   */
  editEvents: "fired" | "missed";
}

export const PLAIN: Variants = {
  responsesTab: "immediate",
  responseRow: "nextEmpty",
  spreadsheetTimeZone: undefined,
  latency: "zero",
  triggerTiming: "early",
  audience: "anyone",
  executions: "serial",
  editEvents: "fired",
};

/** Every harsh reading at once (the audience stays open: a closed audience is detected, not compared). */
export const HARSHEST: Partial<Variants> = {
  responsesTab: "nextExecution",
  responseRow: "insert",
  spreadsheetTimeZone: "Asia/Makassar",
  latency: "google",
  triggerTiming: "skipping",
  executions: "overlapping",
  editEvents: "missed",
};

/** Each variant alone (one world per harsher value), then the harshest world: the campaign matrix. */
export const MATRIX: { name: string; variants: Partial<Variants> }[] = [
  { name: "plain", variants: {} },
  { name: "tab after flush", variants: { responsesTab: "afterFlush" } },
  { name: "tab next execution", variants: { responsesTab: "nextExecution" } },
  { name: "rows inserted", variants: { responseRow: "insert" } },
  { name: "WITA spreadsheet", variants: { spreadsheetTimeZone: "Asia/Makassar" } },
  { name: "WIT spreadsheet", variants: { spreadsheetTimeZone: "Asia/Jayapura" } },
  { name: "google latency", variants: { latency: "google" } },
  { name: "triggers anywhere", variants: { triggerTiming: "anywhere" } },
  { name: "triggers late", variants: { triggerTiming: "late" } },
  { name: "triggers skipped", variants: { triggerTiming: "skipping" } },
  { name: "overlapping", variants: { executions: "overlapping" } },
  { name: "edit events missed", variants: { editEvents: "missed" } },
  { name: "harshest", variants: HARSHEST },
];

/** A latency class: what one call costs on Google, as a range in ms (jitter is drawn in it). */
export type CallClass = "local" | "getter" | "roundTrip" | "cache" | "forms" | "mail";

const RANGES: Record<CallClass, [number, number]> = {
  local: [0, 0],
  getter: [3, 7],
  roundTrip: [50, 150],
  cache: [20, 50],
  forms: [300, 800],
  mail: [200, 500],
};

/** A commit of pending writes before a read (like flush()). */
const COMMIT: [number, number] = [300, 600];

/** Getters and builder options of the Spreadsheet service that are answered without a round trip. */
const SHEETS_CHEAP = new Set([
  "getActiveSpreadsheet",
  "getActive",
  "getActiveSheet",
  "getUi",
  "newDataValidation",
  "getId",
  "getName",
  "getUrl",
  "getSheetByName",
  "getSheetById",
  "getSheets",
  "getNumSheets",
  "getRange",
  "getSheet",
  "getRow",
  "getColumn",
  "getNumRows",
  "getNumColumns",
  "getCell",
  "offset",
  "getSheetId",
  "getGridId",
  "getIndex",
  "getParent",
  "createTextFinder",
  "matchEntireCell",
  "matchCase",
  "newChart",
  "getA1Notation",
  "isSheetHidden",
  "toast",
  "getSpreadsheetLocale",
  "getSpreadsheetTimeZone",
]);

/** Spreadsheet methods that read from the server (they first commit pending writes). */
function isSheetsRead(method: string): boolean {
  return /^(get|is|find)/.test(method);
}

/** How a call is charged: its class, and whether it reads or writes the spreadsheet. */
export function classify(
  service: string,
  cls: string,
  method: string,
): { cls: CallClass; sheetsRead?: boolean; sheetsWrite?: boolean } {
  switch (service) {
    case "SpreadsheetApp": {
      if (cls === "Ui" || cls === "Menu" || cls === "PromptResponse") return { cls: "getter" };
      if (method === "flush") return { cls: "roundTrip", sheetsRead: true };
      if (method === "build") return { cls: "getter" };
      if (SHEETS_CHEAP.has(method)) return { cls: "getter" };
      if (isSheetsRead(method)) return { cls: "roundTrip", sheetsRead: true };
      return { cls: "roundTrip", sheetsWrite: true };
    }
    case "PropertiesService":
      return cls === "PropertiesService" ? { cls: "getter" } : { cls: "roundTrip" };
    case "LockService":
      return cls === "LockService" ? { cls: "getter" } : { cls: "roundTrip" };
    case "FormApp":
      return { cls: "forms" };
    case "MailApp":
      return { cls: "mail" };
    case "ScriptApp":
      return method === "newTrigger" || method === "getOAuthToken" ? { cls: "getter" } : { cls: "roundTrip" };
    case "CacheService":
      return cls === "CacheService" ? { cls: "getter" } : { cls: "cache" };
    case "Session":
      return { cls: "getter" };
    default:
      return { cls: "local" };
  }
}

/** Whether a call of this class is a round trip to Google's servers (PERFORMANCE.md). */
export function isRoundTrip(c: CallClass): boolean {
  return c === "roundTrip" || c === "cache" || c === "forms" || c === "mail";
}

/**
 * The "google" latency profile: the cost of one call in ms, with seeded jitter, plus about 1 ms per
 * 1,000 cells moved or searched, plus a commit of pending writes before a read.
 */
export class LatencyModel {
  private pendingWrites = false;
  constructor(private readonly rand: () => number) {}

  private draw([lo, hi]: [number, number]): number {
    return lo + (hi - lo) * this.rand();
  }

  /** A new execution starts with nothing pending. */
  reset(): void {
    this.pendingWrites = false;
  }

  charge(service: string, cls: string, method: string, cellsMovedOrSearched: number): number {
    const c = classify(service, cls, method);
    let ms = this.draw(RANGES[c.cls]);
    if (c.sheetsRead && this.pendingWrites) {
      ms += this.draw(COMMIT);
      this.pendingWrites = false;
    }
    if (c.sheetsWrite) this.pendingWrites = true;
    // Whole milliseconds: the fake clock is what Date.now() reads in the bundle.
    return Math.round(ms + cellsMovedOrSearched / 1000);
  }
}
