/**
 * `npm start`: plays the bundled synthetic campaign (or, with --units and --responses, a real
 * campaign's CSV exports) through dist/Code.js on the emulation, prints a short summary and
 * writes out/ (one page per tab, the emails, the dialogs).
 *
 *   npm start
 *   npm start -- --units units.csv --responses responses.csv [--settings pengaturan.csv] [--locale id|en]
 */
import { join } from "node:path";
import { runSampleCampaign } from "./campaign";
import { type ExportLocale, invalidSummary, readCsvFile, runCsvCampaign } from "./csv";
import type { Workspace } from "./index";
import { writeOut } from "./render";

const USAGE = `usage:
  npm start                                   the synthetic sample campaign, written to out/
  npm start -- --units FILE --responses FILE [--settings FILE] [--locale id|en]
                                              a real campaign's CSV exports (the "--" matters:
                                              without it npm keeps the options for itself)`;

export interface Args {
  readonly units?: string;
  readonly responses?: string;
  readonly settings?: string;
  readonly locale: ExportLocale;
}

/** Wrong usage: the message and the usage, exit code 2, and out/ left untouched. */
export class UsageError extends Error {}

const OPTIONS = ["units", "responses", "settings", "locale"] as const;

/** The command line, strictly: an unknown option, a missing value or half of CSV mode is refused. */
export function parseArgs(argv: readonly string[]): Args {
  const got: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith("--") ? a.slice(2) : undefined;
    if (!name || !(OPTIONS as readonly string[]).includes(name))
      throw new UsageError(`unknown argument "${a}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    got[name as (typeof OPTIONS)[number]] = value;
    i++;
  }
  const locale = got.locale ?? "id";
  if (locale !== "id" && locale !== "en") throw new UsageError(`--locale must be id or en (got "${locale}")`);
  if ((got.units === undefined) !== (got.responses === undefined))
    throw new UsageError("CSV mode needs both --units FILE and --responses FILE");
  if (got.settings !== undefined && got.units === undefined)
    throw new UsageError("--settings goes with --units and --responses");
  return { units: got.units, responses: got.responses, settings: got.settings, locale };
}

/**
 * `npm start --units x.csv` (without "--") hands the options to npm, which keeps them: the script
 * sees none, yet npm says so in its environment. Refuse rather than silently run the sample.
 */
export function npmSwallowedOptions(env: NodeJS.ProcessEnv): string | undefined {
  const swallowed = OPTIONS.filter((o) => env[`npm_config_${o}`] !== undefined);
  return swallowed.length ? swallowed.map((o) => `--${o}`).join(", ") : undefined;
}

/** The figures a staff member looks at first, read from the tabs as they show. */
export function summaryOf(ws: Workspace, emails: number): string[] {
  const dash = ws.displayValues("Dasbor");
  const value = (label: string) =>
    dash.find((r) => r[0] === label || r[0] === label.toLowerCase())?.[1] ?? "";
  const predikat = value("Predikat");
  return [
    `Responden valid: ${value("Responden valid")} dari kuota ${value("Total kuota")} (${value("Capaian")})`,
    `Unit mencapai kuota: ${value("Unit mencapai kuota")}`,
    `Indeks BerAKHLAK instansi: ${value("Indeks BerAKHLAK")}${predikat ? ` \u2014 ${predikat}` : ""}`,
    `Indeks Employer Branding: ${value("Indeks Employer Branding")}`,
    `Email terkirim: ${emails}`,
  ];
}

function main(args: Args): void {
  const started = Date.now();
  const out = process.env.BERAKHLAK_OUT ?? join(__dirname, "..", "out");
  let ws: Workspace;
  let intro: string;
  let extra: string[] = [];
  if (args.units && args.responses) {
    const files = {
      units: readCsvFile(args.units),
      responses: readCsvFile(args.responses),
      settings: args.settings ? readCsvFile(args.settings) : undefined,
    };
    ws = runCsvCampaign(
      { units: args.units, responses: args.responses, settings: args.settings, locale: args.locale },
      files,
    );
    intro = `Kampanye nyata dari ekspor CSV (${args.units}, ${args.responses}), dihitung luring pada emulasi Apps Script; tidak ada yang dikirim ke Google. \u2014 Real campaign from CSV exports, computed offline on the Apps Script emulation. Nothing was sent to Google.`;
    console.log("Survei Indeks BerAKHLAK \u2014 CSV mode (computed offline, nothing sent)");
    const invalid = invalidSummary(ws);
    console.log(`  responses: ${files.responses.length - 1}, of which not counted: ${invalid.count}`);
    extra = invalid.reasons.map((r) => `    ${r}`);
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
  for (const line of extra) console.log(line);
  const summary = summaryOf(ws, ws.outbox.length);
  for (const line of summary) console.log(`  ${line}`);
  const files = writeOut(ws, out, intro, summary);
  console.log(`  wrote ${files.length} files to out/ \u2014 open out/index.html`);
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  let args: Args;
  try {
    const swallowed = npmSwallowedOptions(process.env);
    if (swallowed)
      throw new UsageError(
        `npm kept ${swallowed} for itself: put "--" before the options (npm start -- --units …)`,
      );
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`npm start: ${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  try {
    main(args);
  } catch (e) {
    console.error(`npm start: ${(e as Error).message}`);
    process.exit(1);
  }
}
