/** Embedded charts: the builder, the chart, its options, and the Charts service's constants. */

import { Svc } from "../runtime";
import type { Box } from "./a1";
import type { ChartData, SheetData } from "./data";

export class ChartBuilderSvc extends Svc {
  readonly _cls = "EmbeddedChartBuilder";
  readonly _svc = "SpreadsheetApp";
  override readonly _builder = true;
  readonly _c: ChartData;
  constructor(
    private readonly _s: SheetData,
    from: ChartData | undefined,
  ) {
    super();
    this._c = from
      ? { ...from, ranges: [...from.ranges], options: { ...from.options }, position: { ...from.position } }
      : { id: 0, type: "BAR", ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }
  setChartType(type: string): ChartBuilderSvc {
    this._c.type = String(type);
    return this;
  }
  addRange(range: { readonly _s: SheetData; readonly _b: Box }): ChartBuilderSvc {
    this._c.ranges.push({ sheetId: range._s.id, box: { ...range._b } });
    return this;
  }
  clearRanges(): ChartBuilderSvc {
    this._c.ranges = [];
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): ChartBuilderSvc {
    this._c.position = { row, col, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): ChartBuilderSvc {
    this._c.options[String(key)] = value;
    return this;
  }
  build(): ChartSvc {
    return new ChartSvc(this._s, {
      ...this._c,
      ranges: [...this._c.ranges],
      options: { ...this._c.options },
      position: { ...this._c.position },
    });
  }
}

export class ChartSvc extends Svc {
  readonly _cls = "EmbeddedChart";
  readonly _svc = "SpreadsheetApp";
  constructor(
    private readonly _s: SheetData,
    readonly _c: ChartData,
  ) {
    super();
  }
  getChartId(): number | null {
    return this._c.id || null;
  }
  getType(): string {
    return this._c.type;
  }
  getOptions(): { get(key: string): unknown } {
    const opts = this._c.options;
    return new ChartOptionsSvc(opts);
  }
  modify(): ChartBuilderSvc {
    return new ChartBuilderSvc(this._s, this._c);
  }
}

class ChartOptionsSvc extends Svc {
  readonly _cls = "ChartOptions";
  readonly _svc = "SpreadsheetApp";
  constructor(private readonly _o: Record<string, unknown>) {
    super();
  }
  get(key: string): unknown {
    return this._o[key] ?? null;
  }
}

/** The Charts service's enums (Charts.ChartType.BAR …). */
export const CHARTS = {
  ChartType: {
    AREA: "AREA",
    BAR: "BAR",
    COLUMN: "COLUMN",
    COMBO: "COMBO",
    LINE: "LINE",
    PIE: "PIE",
    SCATTER: "SCATTER",
    TABLE: "TABLE",
  },
};

export class ChartsSvc extends Svc {
  readonly _cls = "Charts";
  readonly _svc = "Charts";
  readonly ChartType = CHARTS.ChartType;
}
