/** Escaping for every text that came from a response or from staff and is shown or stored by the product. */

/** HTML-escapes a text for an email or a dialog. */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Neutralises a text written into a derived tab: Sheets would take a leading =, +, -, @, tab or
 * carriage return as a formula (or parse it), so it gets a leading apostrophe and stays literal text.
 */
export function neutralize(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Cuts a text for display, marking the cut. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}\u2026`;
}
