/**
 * `npm start`: plays the bundled synthetic campaign (or, with --units and --responses, a real
 * campaign's CSV exports) through dist/Code.js on the emulation, prints a short summary and
 * writes out/ (one page per tab, the emails, the dialogs).
 *
 *   npm start
 *   npm start -- --units units.csv --responses responses.csv [--settings pengaturan.csv] [--locale id|en]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCsvCampaign, runSampleCampaign } from "./campaign";
import { parseCsvText, type Workspace } from "./index";
import { writeOut } from "./render";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readCsv(path: string): string[][] {
  if (!existsSync(path)) throw new Error(`${path}: file not found`);
  try {
    return parseCsvText(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** The figures a staff member looks at first, read from the tabs as they show. */
export function summaryOf(ws: Workspace, emails: number): string[] {
  const dash = ws.displayValues("Dasbor");
  const value = (label: string) =>
    dash.find((r) => r[0] === label || r[0] === label.toLowerCase())?.[1] ?? "";
  return [
    `Responden valid: ${value("Responden valid")} dari kuota ${value("Total kuota")} (${value("Capaian")})`,
    `Unit mencapai kuota: ${value("Unit mencapai kuota")}`,
    `Indeks BerAKHLAK instansi: ${value("Indeks BerAKHLAK")} \u2014 ${value("Predikat")}`,
    `Indeks Employer Branding: ${value("Indeks Employer Branding")}`,
    `Email terkirim: ${emails}`,
  ];
}

function main(): void {
  const started = Date.now();
  const out = process.env.BERAKHLAK_OUT ?? join(__dirname, "..", "out");
  const units = arg("units");
  const responses = arg("responses");
  let ws: Workspace;
  let intro: string;
  if (units || responses) {
    if (!units || !responses) throw new Error("CSV mode needs both --units FILE and --responses FILE");
    const locale = (arg("locale") ?? "id") as "id" | "en";
    if (locale !== "id" && locale !== "en") throw new Error(`--locale must be id or en (got ${locale})`);
    const settings = arg("settings");
    ws = runCsvCampaign(
      { units, responses, settings, locale },
      {
        units: readCsv(units),
        responses: readCsv(responses),
        settings: settings ? readCsv(settings) : undefined,
      },
    );
    intro = `Kampanye nyata dari ekspor CSV (${units}, ${responses}), dihitung luring pada emulasi Apps Script; tidak ada yang dikirim ke Google. \u2014 Real campaign from CSV exports, computed offline on the Apps Script emulation. Nothing was sent to Google.`;
    console.log("Survei Indeks BerAKHLAK \u2014 CSV mode (computed offline, nothing sent)");
  } else {
    const r = runSampleCampaign();
    ws = r.ws;
    intro =
      "DATA SINTETIS: pemerintah provinsi rekaan (30 unit, alamat email example.org) selama empat minggu pada emulasi Apps Script; tidak ada orang atau data nyata, tidak ada yang dikirim ke Google. \u2014 SYNTHETIC SAMPLE: a made-up provincial government (30 units, addresses on example.org) played over four weeks on the Apps Script emulation. No real person or data; nothing was sent to Google.";
    console.log("Survei Indeks BerAKHLAK \u2014 local run on the SYNTHETIC sample (no real data)");
    console.log(
      `  submissions: ${r.submitted} (of which ${r.invalid} incomplete, ${r.duplicates} repeat NIPs)`,
    );
    if (r.failures.length)
      console.log(
        `  executions that failed: ${r.failures.length} (${r.failures[0].fn}: ${r.failures[0].error})`,
      );
  }
  const summary = summaryOf(ws, ws.outbox.length);
  for (const line of summary) console.log(`  ${line}`);
  const files = writeOut(ws, out, intro, summary);
  console.log(`  wrote ${files.length} files to out/ \u2014 open out/index.html`);
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (e) {
  console.error(`npm start: ${(e as Error).message}`);
  process.exit(1);
}
