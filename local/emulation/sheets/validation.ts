/** Data validation rules and their builder. */

import { GasError, Svc } from "../runtime";
import type { ValidationData } from "./data";

export class DataValidationBuilderSvc extends Svc {
  readonly _cls = "DataValidationBuilder";
  readonly _svc = "SpreadsheetApp";
  override readonly _builder = true;
  _d: ValidationData = { criteria: "", args: [], allowInvalid: true };
  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilderSvc {
    this._d = { ...this._d, criteria: "VALUE_IN_LIST", args: [[...values].map(String), showDropdown] };
    return this;
  }
  requireCheckbox(): DataValidationBuilderSvc {
    this._d = { ...this._d, criteria: "CHECKBOX", args: [] };
    return this;
  }
  requireNumberBetween(a: number, b: number): DataValidationBuilderSvc {
    this._d = { ...this._d, criteria: "NUMBER_BETWEEN", args: [a, b] };
    return this;
  }
  setAllowInvalid(allow: boolean): DataValidationBuilderSvc {
    this._d = { ...this._d, allowInvalid: !!allow };
    return this;
  }
  setHelpText(text: string): DataValidationBuilderSvc {
    this._d = { ...this._d, helpText: String(text) };
    return this;
  }
  build(): DataValidationSvc {
    if (!this._d.criteria) throw new GasError("Invalid argument: the data validation rule has no criteria.");
    return new DataValidationSvc({ ...this._d });
  }
}

export class DataValidationSvc extends Svc {
  readonly _cls = "DataValidation";
  readonly _svc = "SpreadsheetApp";
  constructor(readonly _d: ValidationData) {
    super();
  }
  getCriteriaType(): string {
    return this._d.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._d.args];
  }
  getAllowInvalid(): boolean {
    return this._d.allowInvalid;
  }
  getHelpText(): string {
    return this._d.helpText ?? "";
  }
}
