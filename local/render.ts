/** Writes what the emulated spreadsheet shows as static HTML pages: one per tab, the UI log, the outbox. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workspace } from "./index";

export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:24px;color:#202124}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #dadce0;padding:3px 8px;white-space:pre-wrap;max-width:420px}
th{background:#f1f3f4;font-weight:600;color:#5f6368}nav a{margin-right:12px}.num{text-align:right}
.note{background:#fef7e0;border:1px solid #f9ab00;padding:8px 12px;margin:12px 0}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** One tab as an HTML table: displayed values with the cells' colours, weights and alignment. */
export function tabHtml(ws: Workspace, name: string): string {
  const shown = ws.displayValues(name);
  const formats = ws.formats(name);
  const values = ws.values(name);
  const cols = Math.max(0, ...shown.map((r) => r.length));
  const head = `<tr><th></th>${Array.from({ length: cols }, (_, j) => `<th>${String.fromCharCode(65 + (j % 26))}</th>`).join("")}</tr>`;
  const rows = shown
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          const a = formats[i]?.[j];
          const style = [
            a?.bg ? `background:${a.bg}` : "",
            a?.fw === "bold" ? "font-weight:bold" : "",
            a?.fc ? `color:${a.fc}` : "",
            a?.ha ? `text-align:${a.ha}` : "",
          ]
            .filter(Boolean)
            .join(";");
          const cls = typeof values[i]?.[j] === "number" ? ' class="num"' : "";
          return `<td${cls}${style ? ` style="${style}"` : ""}>${esc(v)}</td>`;
        })
        .join("");
      return `<tr><th>${i + 1}</th>${cells}</tr>`;
    })
    .join("\n");
  return `<table>${head}${rows}</table>`;
}

/** Writes out/: index.html, one page per tab and the UI log. Returns the files written. */
export function writeOut(ws: Workspace, dir: string, intro: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (file: string, html: string) => {
    writeFileSync(join(dir, file), html);
    written.push(file);
  };
  const tabs = ws.tabNames();
  for (const name of tabs) {
    write(
      `tab-${slug(name)}.html`,
      page(name, `<nav><a href="index.html">&larr; index</a></nav><h1>${esc(name)}</h1>${tabHtml(ws, name)}`),
    );
  }
  const ui = ws.uiLog
    .map(
      (u) =>
        `<tr><td>${esc(u.kind)}</td><td>${esc(u.title)}</td><td>${esc(u.message)}</td><td>${u.html ?? ""}</td></tr>`,
    )
    .join("");
  write(
    "ui.html",
    page(
      "UI",
      `<nav><a href="index.html">&larr; index</a></nav><h1>Dialog &amp; peringatan</h1><table><tr><th>jenis</th><th>judul</th><th>pesan</th><th>isi</th></tr>${ui}</table>`,
    ),
  );
  const links = tabs.map((t) => `<li><a href="tab-${slug(t)}.html">${esc(t)}</a></li>`).join("");
  write(
    "index.html",
    page(
      ws.book.name,
      `<h1>${esc(ws.book.name)}</h1><div class="note">${esc(intro)}</div><h2>Tab</h2><ul>${links}</ul><h2>Lainnya</h2><ul><li><a href="ui.html">Dialog &amp; peringatan (${ws.uiLog.length})</a></li></ul>`,
    ),
  );
  return written;
}
