/**
 * Maps keyed by staff's or respondents' text (unit codes, profile answers, setting keys) as plain
 * objects with no prototype, so that "constructor", "__proto__" or "toString" is a key like any
 * other (RELIABILITY.md "Bad input"). Plain objects, so they still travel as JSON.
 */

/** An empty map, or a copy of `from` (a JSON-parsed object included). */
export function dict<T>(from?: Readonly<Record<string, T>> | null): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (from) for (const k of Object.keys(from)) out[k] = from[k];
  return out;
}
