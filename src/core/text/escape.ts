/** Escaping for every text that came from a response or from staff and is shown or stored by the product. */

/** HTML-escapes a text for an email or a dialog. */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Characters nobody sees (zero-width spaces and joiners, the byte-order mark, soft hyphens). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Staff's text of one line as meant: no invisible characters, white space (line breaks too) as one space. */
export function cleanLine(v: unknown): string {
  return String(v).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Staff's text of several lines as meant: no invisible characters, the lines kept. */
export function cleanText(v: unknown): string {
  return String(v).replace(INVISIBLE, "").trim();
}

/**
 * Neutralises a text written into a derived tab: Sheets would take a leading =, +, -, @, tab or
 * carriage return as a formula (or parse it), so it gets a leading apostrophe and stays literal text.
 */
export function neutralize(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * Cuts a text for display, marking the cut; `max` counts UTF-16 units (as Sheets and Forms do).
 * The cut never falls inside a character: half of an emoji's surrogate pair would make the text
 * invalid (encodeURIComponent throws "URI malformed" on it).
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = Math.max(0, max - 1);
  const last = s.charCodeAt(cut - 1);
  if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${s.slice(0, cut)}\u2026`;
}
