/** Which OAuth scope each emulated call needs; a call the manifest does not authorise fails as on Google. */

const SHEETS = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/spreadsheets",
];
const UI = ["https://www.googleapis.com/auth/script.container.ui"];
const FORMS = ["https://www.googleapis.com/auth/forms"];
const TRIGGERS = ["https://www.googleapis.com/auth/script.scriptapp"];
const MAIL = ["https://www.googleapis.com/auth/script.send_mail"];
const EMAIL = ["https://www.googleapis.com/auth/userinfo.email"];

const UI_CLASSES = new Set(["Ui", "Menu", "PromptResponse"]);
const SHEET_CLASSES = new Set([
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "TextFinder",
  "DataValidationBuilder",
  "DataValidation",
  "Protection",
  "EmbeddedChartBuilder",
  "EmbeddedChart",
  "ChartOptions",
]);
const FORM_CLASSES = new Set([
  "FormApp",
  "Form",
  "Item",
  "ListItem",
  "MultipleChoiceItem",
  "CheckboxItem",
  "GridItem",
  "CheckboxGridItem",
  "ScaleItem",
  "TextItem",
  "ParagraphTextItem",
  "SectionHeaderItem",
  "PageBreakItem",
  "Choice",
  "ItemResponse",
  "FormResponse",
  "TextValidationBuilder",
  "TextValidation",
]);

/** The scopes (any one suffices) a call needs, or undefined when it needs none. */
export function scopesFor(cls: string, method: string): readonly string[] | undefined {
  if (cls === "SpreadsheetApp" && method === "getUi") return UI;
  if (UI_CLASSES.has(cls)) return UI;
  if (SHEET_CLASSES.has(cls)) return SHEETS;
  if (FORM_CLASSES.has(cls)) return FORMS;
  if (cls === "ScriptApp" && method !== "getScriptId") return TRIGGERS;
  if (cls === "Trigger" || cls.endsWith("TriggerBuilder")) return TRIGGERS;
  if (cls === "MailApp") return MAIL;
  if (cls === "User" && method === "getEmail") return EMAIL;
  return undefined;
}
