/**
 * Problems a user can fix (bad settings, bad units …): values, not exceptions. Each names what to
 * fix; its text comes from the strings module, where each code is a message template.
 */

import { type Lang, type Strings, strings } from "./strings";
import { fill } from "./template";

export type ProblemCode = Extract<
  keyof Strings,
  `setting${string}` | `unit${string}` | `quota${string}` | `riwayat${string}`
>;

export interface Problem {
  readonly code: ProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function problem(code: ProblemCode, params: Record<string, string | number> = {}): Problem {
  return { code, params };
}

/** The problem as a sentence in the user's language. */
export function problemText(p: Problem, lang: Lang): string {
  return fill(strings(lang)[p.code], p.params);
}
