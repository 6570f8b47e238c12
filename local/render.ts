/**
 * Writes what the emulated spreadsheet shows as static pages a staff member can read: one page
 * per tab (values with their number formats, colours and embedded charts drawn as SVG from the
 * recorded chart specs), the dialogs, and the outbox as .eml files with a page listing them.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatJava } from "./emulation/time";
import type { ChartData, Mail, UiEvent, Workspace } from "./index";

export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#202124;background:#fff}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:24px 0 8px}
table.sheet{border-collapse:collapse;font-size:13px}table.sheet td,table.sheet th{border:1px solid #dadce0;padding:3px 8px;white-space:pre-wrap;max-width:420px;vertical-align:top}
table.sheet th{background:#f1f3f4;font-weight:600;color:#5f6368;text-align:center}td.num{text-align:right}
nav{margin-bottom:16px}nav a{margin-right:14px}
.note{background:#fef7e0;border:1px solid #f9ab00;padding:8px 12px;margin:12px 0;border-radius:4px}
.charts{display:flex;flex-wrap:wrap;align-items:flex-start;gap:16px;margin:16px 0}.chart{border:1px solid #dadce0;border-radius:6px;padding:8px}
.mail{border:1px solid #dadce0;border-radius:6px;margin:12px 0;padding:12px}.meta{color:#5f6368;font-size:13px}
ul.tabs li{margin:4px 0}`;

/** What staff saw, in their words. */
const UI_KIND: Record<UiEvent["kind"], string> = {
  alert: "kotak pesan",
  prompt: "pertanyaan",
  dialog: "dialog",
  sidebar: "panel samping",
  toast: "notifikasi singkat",
};

/** Indonesia's zones by the names people use. */
const ZONE_NAMES: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** A moment as staff read it: day first, in the script's time zone, named ("27/03/2026 09:05 WIB"). */
function localStamp(ws: Workspace, ms: number): string {
  const tz = ws.scriptTimeZone();
  return `${formatJava(ms, tz, "dd/MM/yyyy HH:mm")} ${ZONE_NAMES[tz] ?? tz}`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function nav(ws: Workspace): string {
  const links = ws.tabNames().map((t) => `<a href="tab-${slug(t)}.html">${esc(t)}</a>`);
  return `<nav><a href="index.html"><b>Beranda</b></a>${links.join("")}<a href="email.html">Email</a><a href="dialog.html">Dialog</a></nav>`;
}

/** One tab as an HTML table: displayed values with the cells' colours, weights and alignment. */
export function tabHtml(ws: Workspace, name: string): string {
  const shown = ws.displayValues(name);
  const formats = ws.formats(name);
  const values = ws.values(name);
  const cols = Math.max(0, ...shown.map((r) => r.length));
  const letter = (j: number) =>
    j < 26
      ? String.fromCharCode(65 + j)
      : String.fromCharCode(64 + Math.floor(j / 26)) + String.fromCharCode(65 + (j % 26));
  const head = `<tr><th></th>${Array.from({ length: cols }, (_, j) => `<th>${letter(j)}</th>`).join("")}</tr>`;
  const rows = shown
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          const a = formats[i]?.[j];
          const style = [
            a?.bg && a.bg !== "#ffffff" ? `background:${a.bg}` : "",
            a?.fw === "bold" ? "font-weight:bold" : "",
            a?.fc ? `color:${a.fc}` : "",
            a?.fs ? `font-size:${a.fs}px` : "",
            // Sheets' CLIP: one line, cut at the cell's edge.
            a?.wrap === "CLIP" ? "white-space:nowrap;overflow:hidden" : "",
          ]
            .filter(Boolean)
            .join(";");
          const cls = typeof values[i]?.[j] === "number" ? ' class="num"' : "";
          const note = a?.note ? ` title="${esc(a.note)}"` : "";
          return `<td${cls}${note}${style ? ` style="${style}"` : ""}>${esc(v)}</td>`;
        })
        .join("");
      return `<tr><th>${i + 1}</th>${cells}</tr>`;
    })
    .join("\n");
  return `<table class="sheet">${head}${rows}</table>`;
}

/** A bar chart as SVG from a recorded chart: labels from the first range, numbers from the last. */
export function chartSvg(ws: Workspace, tab: string, chart: ChartData): string {
  const sheet = ws.sheet(tab);
  const read = (i: number, dc = 0) => {
    const box = chart.ranges[i]?.box;
    if (!box) return [];
    return Array.from({ length: box.nr }, (_, k) => ({
      shown: sheet.display(box.r + k, box.c + dc),
      value: sheet.value(box.r + k, box.c + dc),
    }));
  };
  // Labels from the first column; numbers from the last range's last column.
  const labels = read(0).map((x) => x.shown);
  const last = chart.ranges.length - 1;
  const data = read(last, (chart.ranges[last]?.box.nc ?? 1) - 1);
  const title = String(chart.options.title ?? "");
  const percent = JSON.stringify(chart.options.hAxis ?? {}).includes("percent");
  const nums = data.map((d) => (typeof d.value === "number" ? d.value : null));
  const max = Math.max(percent ? 1 : 100, ...nums.map((n) => n ?? 0));
  const rowH = 20;
  // Room for the longest label (about 6.2 px a character at 11 px), so no name is cut at the edge.
  const longest = Math.max(0, ...labels.map((l) => Math.min(l.length, 48)));
  const labelW = Math.round(Math.min(320, Math.max(60, longest * 6.2 + 12)));
  const barW = 300;
  const h = 40 + labels.length * rowH + (percent ? 16 : 0);
  // Percent axes: a gridline at each tick the chart asks for, the quota (100 %) drawn stronger.
  const ticks: number[] = percent
    ? (((chart.options.hAxis as { ticks?: number[] } | undefined)?.ticks ?? [1]) as number[])
    : [];
  const grid = ticks
    .filter((k) => k <= max)
    .map((k) => {
      const x = labelW + (k / max) * barW;
      const strong = k === 1;
      return `<line x1="${x.toFixed(1)}" y1="26" x2="${x.toFixed(1)}" y2="${30 + labels.length * rowH}" stroke="${strong ? "#188038" : "#e0e0e0"}" stroke-width="${strong ? 2 : 1}"${strong ? "" : ' stroke-dasharray="3,3"'}/><text x="${x.toFixed(1)}" y="${44 + labels.length * rowH}" text-anchor="middle" font-size="10" fill="${strong ? "#188038" : "#5f6368"}">${Math.round(k * 100)}%</text>`;
    })
    .join("");
  const bars = labels
    .map((l, i) => {
      const n = nums[i];
      const y = 30 + i * rowH;
      const w = n === null ? 0 : Math.max(1, (n / max) * barW);
      // The number as the cell shows it (the spreadsheet's locale and format).
      const text =
        data[i]?.shown || (n === null ? "\u2013" : percent ? `${Math.round(n * 100)}%` : n.toFixed(1));
      return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end" font-size="11">${esc(l.length > 48 ? `${l.slice(0, 47)}\u2026` : l)}</text><rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${n === null ? "#dadce0" : "#4285f4"}"/><text x="${labelW + w + 4}" y="${y + 13}" font-size="11">${esc(text)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 60}" height="${h}" role="img" aria-label="${esc(title)}"><text x="8" y="18" font-size="13" font-weight="bold">${esc(title)}</text>${grid}${bars}</svg>`;
}

/** An email as an RFC 5322 message with a plain-text and an HTML part. */
export function eml(m: Mail): string {
  const boundary = `b${m.id}x`;
  const b64 = (s: string) =>
    Buffer.from(s, "utf8")
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n");
  const enc = (s: string) => `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;
  const lines = [
    `From: ${m.name ? `${enc(m.name)} ` : ""}<${m.from}>`,
    `To: ${m.to.join(", ")}`,
    ...(m.cc.length ? [`Cc: ${m.cc.join(", ")}`] : []),
    `Subject: ${enc(m.subject)}`,
    `Date: ${new Date(m.time).toUTCString()}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(m.body),
  ];
  if (m.htmlBody !== undefined) {
    lines.push(
      `--${boundary}`,
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      b64(m.htmlBody),
    );
  }
  lines.push(`--${boundary}--`, "");
  return lines.join("\r\n");
}

/** Writes out/. Returns the files written. */
export function writeOut(ws: Workspace, dir: string, intro: string, summary: readonly string[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "email"), { recursive: true });
  const written: string[] = [];
  const write = (file: string, content: string) => {
    writeFileSync(join(dir, file), content);
    written.push(file);
  };
  const tabs = ws.tabNames();
  for (const name of tabs) {
    const charts = ws.sheet(name).charts;
    const svg = charts.length
      ? `<div class="charts">${charts.map((c) => `<div class="chart">${chartSvg(ws, name, c)}</div>`).join("")}</div>`
      : "";
    write(`tab-${slug(name)}.html`, page(name, `${nav(ws)}<h1>${esc(name)}</h1>${svg}${tabHtml(ws, name)}`));
  }
  const dialogs = ws.uiLog
    .map(
      (u) =>
        `<div class="mail"><div class="meta">${esc(UI_KIND[u.kind])} \u2022 ${esc(localStamp(ws, u.time))}</div><h2>${esc(u.title)}</h2>${u.message ? `<pre style="white-space:pre-wrap">${esc(u.message)}</pre>` : ""}${u.html ?? ""}</div>`,
    )
    .join("");
  write("dialog.html", page("Dialog", `${nav(ws)}<h1>Dialog dan pesan yang ditampilkan</h1>${dialogs}`));
  ws.outbox.forEach((m) => {
    const id = String(m.id).padStart(4, "0");
    write(`email/${id}.eml`, eml(m));
    // The HTML part alone, as a phone's mail app shows it (the browser test renders one at 390 px).
    if (m.htmlBody !== undefined)
      write(
        `email/${id}.html`,
        `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(m.subject)}</title></head><body style="margin:0;padding:8px">${m.htmlBody}</body></html>`,
      );
  });
  const mails = ws.outbox
    .map(
      (m) =>
        `<div class="mail"><div class="meta">#${m.id} \u2022 ${esc(localStamp(ws, m.time))} \u2022 <a href="email/${String(m.id).padStart(4, "0")}.eml">.eml</a>${m.htmlBody !== undefined ? ` \u2022 <a href="email/${String(m.id).padStart(4, "0")}.html">HTML</a>` : ""}</div><div><b>Kepada:</b> ${esc(m.to.join(", "))}${m.cc.length ? ` \u2022 <b>Tembusan:</b> ${esc(m.cc.join(", "))}` : ""}</div><div><b>Subjek:</b> ${esc(m.subject)}</div>${m.htmlBody ?? `<pre style="white-space:pre-wrap">${esc(m.body)}</pre>`}</div>`,
    )
    .join("");
  write("email.html", page("Email", `${nav(ws)}<h1>Email terkirim (${ws.outbox.length})</h1>${mails}`));
  written.push(...writeKit(ws, dir));
  // The leadership report of the latest release (Laporan Pimpinan), when there is a release.
  const report = ws.clickMenu("Laporan Pimpinan");
  const shown = ws.uiLog.at(-1);
  if (!report.error && shown?.kind === "dialog" && shown.html) write("laporan.html", shown.html);
  const links = tabs.map((t) => `<li><a href="tab-${slug(t)}.html">${esc(t)}</a></li>`).join("");
  write(
    "index.html",
    page(
      ws.book.name,
      `<h1>${esc(ws.book.name)}</h1><div class="note">${esc(intro)}</div><h2>Ringkasan</h2><ul>${summary.map((s) => `<li>${esc(s)}</li>`).join("")}</ul><h2>Tab spreadsheet</h2><ul class="tabs">${links}</ul><h2>Lainnya</h2><ul><li><a href="email.html">Email terkirim (${ws.outbox.length})</a></li><li><a href="dialog.html">Dialog dan pesan (${ws.uiLog.length})</a></li></ul>`,
    ),
  );
  return written;
}

/**
 * The campaign kit as the deployed web app serves it (when the run deployed one): the board
 * (papan.html), each unit's page with its poster (poster/KODE.html, which the board links to
 * here), and the Kit Sosialisasi dialog's posters (poster/kit.html).
 */
/** A unit's poster file (a code may hold characters a file name should not). */
const fileOf = (code: string) => `${code.replace(/[^A-Za-z0-9_-]/g, "_")}.html`;

function writeKit(ws: Workspace, dir: string): string[] {
  const url = ws.webAppUrl();
  if (!url) return [];
  mkdirSync(join(dir, "poster"), { recursive: true });
  const files: string[] = [];
  const save = (file: string, html: string) => {
    writeFileSync(join(dir, file), html);
    files.push(file);
  };
  const local = (html: string, prefix: string) =>
    html
      .split(`${url}?unit=`)
      .map((part, i) =>
        i === 0
          ? part
          : part.replace(/^([^"]*)"/, (_, code) => `${prefix}${fileOf(decodeURIComponent(code))}"`),
      )
      .join("")
      .replaceAll(`href="${url}"`, `href="${prefix === "poster/" ? "" : "../"}papan.html"`);
  const board = ws.webGet();
  if (board.record.error) throw new Error(`the board failed: ${board.record.error}`);
  save("papan.html", local(board.html, "poster/"));
  const codes = [...board.html.matchAll(/\?unit=([^"&]+)"/g)].map((m) => decodeURIComponent(m[1]));
  for (const code of codes) {
    const unitPage = ws.webGet({ unit: code });
    if (unitPage.record.error) throw new Error(`the page of ${code} failed: ${unitPage.record.error}`);
    save(`poster/${fileOf(code)}`, local(unitPage.html, ""));
  }
  const kit = ws.clickMenu("Kit Sosialisasi");
  const dialog = ws.uiLog.at(-1);
  if (!kit.error && dialog?.kind === "dialog" && dialog.html) save("poster/kit.html", dialog.html);
  return files;
}
