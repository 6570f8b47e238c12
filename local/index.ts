/** The local emulation's public API (see local/README.md). */
export { parseA1 } from "./emulation/a1";
export type { FormData, ItemData, ResponseData } from "./emulation/forms";
export { EXECUTION_LIMIT_MS, type ExecutionRecord } from "./emulation/runtime";
export { MAX_TRIGGERS_PER_USER, type Mail, parseCsvText, type TriggerData } from "./emulation/services";
export type { Attrs, ChartData, SheetData } from "./emulation/spreadsheet";
export type { CellValue } from "./emulation/values";
export { HARSHEST, MATRIX, PLAIN, type Variants } from "./emulation/variants";
export {
  type Faults,
  type SubmitOptions,
  type SubmitResult,
  Workspace,
  type WorkspaceOptions,
} from "./emulation/workspace";
export type { MenuModel, UiEvent } from "./emulation/world";
