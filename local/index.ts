/** The local emulation's public API (see local/README.md). */

export type { Faults, WorkspaceOptions } from "./emulation/account";
export type { FormData, ItemData, ResponseData } from "./emulation/forms/formData";
export { EXECUTION_LIMIT_MS, type ExecutionRecord } from "./emulation/runtime";
export type { Mail } from "./emulation/services/mail";
export { parseCsvText } from "./emulation/services/services";
export { MAX_TRIGGERS_PER_USER, type TriggerData } from "./emulation/services/triggers";
export { parseA1 } from "./emulation/sheets/a1";
export type { Attrs, ChartData, SheetData } from "./emulation/sheets/data";
export type { CellValue } from "./emulation/sheets/values";
export { HARSHEST, MATRIX, PLAIN, type Variants } from "./emulation/variants";
export { type SubmitOptions, type SubmitResult, Workspace } from "./emulation/workspace";
export type { MenuModel, UiEvent } from "./emulation/world";
