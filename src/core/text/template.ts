/** Message templates with named placeholders ({unit}, {kepala} …), filled with escaped values. */

export const PLACEHOLDERS = [
  "unit",
  "kepala",
  "jumlah",
  "kuota",
  "kurang",
  "persen",
  "sisa_hari",
  "batas_waktu",
  "tautan",
  "whatsapp",
  "instansi",
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * A placeholder as staff may type it: any case, spaces inside the braces or between words
 * ("{Unit}", "{ unit }", "{Sisa Hari}" are all {sisa_hari}'s kind).
 */
const TOKEN = /\{\s*([A-Za-z][A-Za-z0-9_ -]*?)\s*\}/g;

/** The name a token stands for: lower case, words joined by "_". */
function nameOf(token: string): string {
  return token
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The placeholder names a template uses that are not known, as staff wrote them. */
export function unknownPlaceholders(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    const written = m[0];
    if (!(PLACEHOLDERS as readonly string[]).includes(nameOf(m[1])) && !out.includes(written))
      out.push(written);
  }
  return out;
}

/** Fills {name} tokens from `values` (in any case or spacing); a token without a value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(TOKEN, (all, token: string) => {
    const name = nameOf(token);
    return name in values ? String(values[name]) : all;
  });
}
