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

const TOKEN = /\{([a-z_]+)\}/g;

/** The placeholder names a template uses that are not known. */
export function unknownPlaceholders(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]) && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/** Fills {name} tokens from `values`; a token without a value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(TOKEN, (all, name: string) => (name in values ? String(values[name]) : all));
}
