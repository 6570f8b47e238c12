import { Workspace, type WorkspaceOptions } from "../../local";
import { UNIT_HEADER } from "../../local/sample";
import { substitutePrefill } from "../../src/core/campaign/prefill";
import { unitChoice } from "../../src/core/campaign/units";

export { UNIT_HEADER } from "../../local/sample";

export const UNITS = [
  ["BU", "Biro Umum", "Ibu Sari", "sari@example.org", "", 40, "", "ya"],
  ["DIK", "Dinas Pendidikan", "Bapak Budi", "budi@example.org", "tu.dik@example.org", 300, "", "ya"],
  ["RS", "RSUD Provinsi", "dr. Wati", "wati@example.org", "", 500, "", "ya"],
];

/** A spreadsheet with units typed by staff and the given settings rows (key, value). */
export function workspaceWith(
  settings: unknown[][] = [],
  units: unknown[][] = UNITS,
  opts: WorkspaceOptions = {},
): Workspace {
  const tabs: Record<string, unknown[][]> = { "Unit Kerja": [UNIT_HEADER, ...units] };
  if (settings.length) tabs.Pengaturan = [["kunci", "nilai", "keterangan"], ...settings];
  const ws = new Workspace({ ...opts, tabs: { ...tabs, ...opts.tabs } });
  ws.open();
  return ws;
}

/** Clicks the menu item that calls `fn`, whatever the interface language; fails on an execution error. */
export function menu(ws: Workspace, fn: string): string {
  const item = ws.menus.flatMap((m) => m.items).find((i) => i.fn === fn);
  if (!item) throw new Error(`no menu item for ${fn}`);
  const r = ws.clickMenu(item.label);
  if (r.error) throw new Error(`${fn} failed: ${r.error}`);
  return ws.uiLog[ws.uiLog.length - 1]?.message ?? "";
}

/** Runs "Siapkan Survei". */
export function setup(ws: Workspace): string {
  return menu(ws, "menuSetup");
}

/** A set-up campaign: units typed, settings defaulted, form built. */
export function campaign(
  settings: unknown[][] = [],
  units: unknown[][] = UNITS,
  opts: WorkspaceOptions = {},
): Workspace {
  const ws = workspaceWith(settings, units, opts);
  setup(ws);
  return ws;
}

export function form(ws: Workspace) {
  const f = ws.linkedForm();
  if (!f) throw new Error("no linked form");
  return f;
}

export function itemTitled(ws: Workspace, title: string) {
  const item = form(ws).items.find((i) => i.title === title);
  if (!item)
    throw new Error(
      `no item "${title}" in ${form(ws)
        .items.map((i) => i.title)
        .join(" | ")}`,
    );
  return item;
}

export const RESPONSES_TAB = "Jawaban Formulir 1";

/** Skor rows as a sorted multiset (row order depends on arrival; content must not). */
export function skorRows(ws: Workspace): string[] {
  if (!ws.tabNames().includes("Skor")) return [];
  return ws
    .values("Skor")
    .slice(1)
    .map((r) =>
      JSON.stringify(
        r.map((v) => (v instanceof Date ? v.getTime() : typeof v === "number" ? Number(v.toFixed(9)) : v)),
      ),
    )
    .sort();
}

/** The stored aggregates, by property key. */
export function aggregates(ws: Workspace): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(ws.properties("document"))
      .filter(([k]) => k.startsWith("berakhlak.agg."))
      .map(([k, v]) => [k, JSON.parse(v)])
      .filter(([, v]) => (v as { n: number }).n !== 0)
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

/**
 * Every active unit's pre-filled link as the product gives it: stored one by one, or derived from
 * the stored sample (the product's rule, from its own pure functions).
 */
export function unitLinks(ws: Workspace): Record<string, string> {
  const props = ws.properties("document");
  const base = props["berakhlak.linkbase"] ? JSON.parse(props["berakhlak.linkbase"]) : undefined;
  const parts: string[] = [];
  for (let i = 0; props[`berakhlak.snapshot.${i}`] !== undefined; i++)
    parts.push(props[`berakhlak.snapshot.${i}`]);
  const snapshot = JSON.parse(parts.join("")) as { units: { code: string; name: string; active: boolean }[] };
  const out: Record<string, string> = {};
  for (const u of snapshot.units) {
    if (!u.active) continue;
    const stored = props[`berakhlak.link.${u.code}`];
    out[u.code] = stored ?? (base ? substitutePrefill(base.url, base.choice, unitChoice(u)) : "");
  }
  return out;
}
