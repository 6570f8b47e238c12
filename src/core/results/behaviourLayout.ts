/**
 * The Perilaku tab (issue "From scores to action"): per value its three behaviours' scores for the
 * instansi, the three weakest marked, each with a suggested action (ours, in the strings module);
 * then every unit's 21 behaviour scores as a heat map with its weakest marked and its suggestion.
 * Same minimum-size and suppression rules as Dasbor (the model carries its hide decisions).
 * Rendered as one block: values, number formats, backgrounds and weights.
 */

import { VALUES } from "../counting/instrument";
import { type Lang, type Strings, strings } from "../text/strings";
import { fill } from "../text/template";
import { type BehaviourModel, heatColour, type Shown } from "./dashboard";

/** Columns: code, unit, n, the 21 behaviours, the weakest, its suggestion. */
export const BEH_WIDTH = 3 + VALUES.length * 3 + 2;
/** Where the instansi table's header is (1-based row). */
export const BEH_TABLE_ROW = 5;

const SCORE_FORMAT = "0.0";

/** The suggestion of a behaviour (by its index among the 21). */
export function suggestionOf(index: number, lang: Lang): string {
  const v = VALUES[Math.floor(index / 3)];
  const code = v.behaviours[index % 3].code;
  return strings(lang)[`suggest${code}` as keyof Strings];
}

/** The behaviours in the instrument's order: value, code, text. */
const BEHAVIOURS = VALUES.flatMap((v) => v.behaviours.map((b) => ({ value: v, code: b.code, text: b.text })));

export interface BehaviourSheet {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  readonly backgrounds: string[][];
  readonly weights: ("bold" | "normal")[][];
}

export function renderBehaviours(
  m: BehaviourModel,
  lang: Lang,
  o: { readonly instansi: string; readonly updated: string; readonly min: number },
): BehaviourSheet {
  const t = strings(lang);
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const backgrounds: string[][] = [];
  const weights: ("bold" | "normal")[][] = [];
  const push = (cells: (string | number | Shown)[], opts: { bold?: boolean; scoreFrom?: number } = {}) => {
    const row = Array.from({ length: BEH_WIDTH }, (_, j) => {
      const v = cells[j];
      return v === null || v === undefined ? "" : v;
    });
    values.push(row);
    // Text cells keep the General format: a leading apostrophe (staff's text written literally) is then not shown.
    formats.push(row.map((v) => (typeof v === "number" ? SCORE_FORMAT : "General")));
    backgrounds.push(
      row.map((v, j) =>
        opts.scoreFrom !== undefined && j >= opts.scoreFrom && j < opts.scoreFrom + 21 && v !== ""
          ? heatColour(v)
          : "#ffffff",
      ),
    );
    weights.push(row.map((): "bold" | "normal" => (opts.bold ? "bold" : "normal")));
  };
  push([t.behTitle], { bold: true });
  push([fill(t.behSubtitle, { instansi: o.instansi, time: o.updated })]);
  push([fill(t.behNote, { min: o.min })]);
  push([]);
  push([t.behColValue, t.behColCode, t.behColBehaviour, t.behColScore, t.behColMark, t.behColSuggestion], {
    bold: true,
  });
  BEHAVIOURS.forEach((b, i) => {
    const weak = m.weakest.includes(i);
    const score = m.instansi[i];
    push([
      b.value.name[lang],
      b.code,
      b.text,
      score,
      weak ? `\u25bc ${t.behWeakest}` : "",
      suggestionOf(i, lang),
    ]);
    const r = values.length - 1;
    if (typeof score === "number") backgrounds[r][3] = heatColour(score);
    if (weak) weights[r] = weights[r].map((): "bold" => "bold");
  });
  push([]);
  push([t.behUnitsTitle], { bold: true });
  push(
    [
      t.behColCode,
      t.behColUnit,
      t.behColN,
      ...BEHAVIOURS.map((b) => b.code),
      t.behColWeakest,
      t.behColSuggestion,
    ],
    {
      bold: true,
    },
  );
  for (const u of m.units) {
    const weak = u.weakest;
    push(
      [
        // Written literally by the shell, like every text here: a code stays "01", a name is never a formula.
        u.code,
        u.name,
        u.n,
        ...u.scores,
        weak === null ? "" : BEHAVIOURS[weak].code,
        weak === null ? "" : suggestionOf(weak, lang),
      ],
      { scoreFrom: 3 },
    );
    const r = values.length - 1;
    formats[r][2] = "0";
    if (weak !== null) weights[r][3 + weak] = "bold";
  }
  return { values, formats, backgrounds, weights };
}
