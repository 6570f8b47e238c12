/**
 * CSV mode you can trust: the export's locale decides how its text is read (issue: an English
 * export's "3/2/2026" was read as 3 February once setup had made the sheet Indonesian).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workspace } from "../../local";
import { invalidSummary, parseCsvFile, runCsvCampaign } from "../../local/csv";
import { answersFor, nipAsWritten, rng } from "../../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../../local/sample";
import { npmSwallowedOptions, parseArgs, summaryOf } from "../../local/start";
import { setup } from "./fixtures";

const SETTINGS = [
  ["kunci", "nilai", "keterangan"],
  ["tanggal_mulai", "2026-03-02"],
  ["tanggal_selesai", "2026-03-27"],
  ["hari_libur", "2026-03-19"],
  ["kumpulkan_nip", "ya"],
];

/** A live campaign whose responses arrive on the given days of March 2026, in the afternoon. */
function live(days: number[]) {
  const list = syntheticUnits(4);
  const ws = new Workspace({ tabs: { "Unit Kerja": unitRows(list), Pengaturan: SETTINGS } });
  ws.open();
  setup(ws);
  const rand = rng(31);
  let n = 0;
  for (const d of days) {
    ws.advanceTo(Date.UTC(2026, 2, d, 7, 13, 44));
    for (let i = 0; i < 4; i++) {
      const nip = nipAsWritten(`19880101201001${String(1000 + (n % 9))}`);
      ws.submit(answersFor(rand, { unit: choiceOf(list[n % 4]), nip }));
      n++;
    }
  }
  return ws;
}

function csv(ws: Workspace, tab: string, locale: string) {
  return parseCsvFile(`${tab}.csv`, ws.exportCsv(tab, locale));
}

function viaCsv(ws: Workspace, locale: "id" | "en") {
  const sheets = locale === "id" ? "id_ID" : "en_US";
  return runCsvCampaign(
    { units: "unit-kerja.csv", responses: "jawaban.csv", settings: "pengaturan.csv", locale },
    {
      units: csv(ws, "Unit Kerja", sheets),
      responses: csv(ws, ws.tabNames().find((n) => n.startsWith("Jawaban")) as string, sheets),
      settings: csv(ws, "Pengaturan", sheets),
    },
  );
}

/** Skor as a sorted multiset; a NIP hash only as present or not (each spreadsheet has its own secret). */
const skor = (ws: Workspace) =>
  ws
    .values("Skor")
    .map((r) =>
      JSON.stringify(
        r.map((v, j) => (j === 16 && v !== "" ? "hash" : v instanceof Date ? v.toISOString() : v)),
      ),
    )
    .sort();
const dasbor = (ws: Workspace) =>
  ws.displayValues("Dasbor").map((r) => r.map((v) => v.replace(/\d{1,2}[:.]\d\d/g, "<time>")));

describe("CSV mode reads an export in its own locale", () => {
  it("an Indonesian and an English export of the same campaign give the live Skor and one Dasbor", () => {
    const ws = live([2, 3, 13, 16, 27]);
    const id = viaCsv(ws, "id");
    const en = viaCsv(ws, "en");
    expect(skor(id)).toEqual(skor(ws));
    expect(skor(en)).toEqual(skor(ws));
    expect(dasbor(en)).toEqual(dasbor(id));
  });

  it("an English export whose days all stay at 12 or below keeps day and month apart", () => {
    const ws = live([2, 3, 4, 5, 6, 9, 10, 11, 12]);
    const en = viaCsv(ws, "en");
    expect(skor(en)).toEqual(skor(ws));
    const times = en
      .values("Skor")
      .slice(1)
      .map((r) => (r[1] as Date).toISOString().slice(0, 10));
    expect(new Set(times)).toEqual(
      new Set([
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
        "2026-03-05",
        "2026-03-06",
        "2026-03-09",
        "2026-03-10",
        "2026-03-11",
        "2026-03-12",
      ]),
    );
  });

  it("sets the local clock just after the last response", () => {
    const ws = live([2, 27]);
    const id = viaCsv(ws, "id");
    expect(id.now()).toBe(Date.UTC(2026, 2, 27, 7, 13, 47) + 60_000);
  });
});

describe("Pengaturan dates in an Indonesian sheet", () => {
  it("are shown day-first after setup, whatever the locale they were typed in", () => {
    const ws = live([2]);
    const shown = ws.displayValues("Pengaturan").filter((r) => /^tanggal_/.test(r[0]));
    expect(shown.map((r) => r[1])).toEqual(["02/03/2026", "27/03/2026"]);
  });

  it("are written as people write them on the Dasbor and in Log Email", () => {
    const ws = live([2, 3]);
    const dash = ws.displayValues("Dasbor").flat().join(" | ");
    expect(dash).toContain("periode 2 Maret 2026 s.d. 27 Maret 2026");
    expect(dash).not.toMatch(/2026-\d\d-\d\d/);
    const times = ws
      .values("Log Email")
      .slice(1)
      .map((r) => String(r[0]));
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d$/);
  });
});

describe("CSV edges", () => {
  const base = () => {
    const ws = live([2, 3]);
    return {
      ws,
      units: ws.exportCsv("Unit Kerja", "id_ID"),
      responses: ws.exportCsv(ws.tabNames().find((n) => n.startsWith("Jawaban")) as string, "id_ID"),
      settings: ws.exportCsv("Pengaturan", "id_ID"),
    };
  };
  const run = (files: { units: string; responses: string; settings?: string }) =>
    runCsvCampaign(
      { units: "u.csv", responses: "r.csv", settings: files.settings ? "s.csv" : undefined, locale: "id" },
      {
        units: parseCsvFile("u.csv", files.units),
        responses: parseCsvFile("r.csv", files.responses),
        settings: files.settings ? parseCsvFile("s.csv", files.settings) : undefined,
      },
    );

  it("blank trailing lines are ignored", () => {
    const b = base();
    const ws = run({ ...b, responses: `${b.responses}\n\n\r\n` });
    expect(ws.values("Skor")).toHaveLength(9);
  });

  it("a semicolon-separated file (Excel in an Indonesian locale) is read as such", () => {
    const b = base();
    const semi = (text: string) =>
      parseCsvFile("x.csv", text)
        .map((r) => r.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(";"))
        .join("\r\n");
    const ws = run({ units: semi(b.units), responses: semi(b.responses), settings: semi(b.settings) });
    expect(ws.values("Skor")).toHaveLength(9);
  });

  it("a NIP column without --settings gets a hint to pass the settings export", () => {
    const b = base();
    expect(() => run({ units: b.units, responses: b.responses })).toThrow(
      /r\.csv, row 1, column \d+: "NIP" is not a question of this survey's form \(.*--settings/,
    );
  });

  it("a problem in the settings names the settings file, one in the units the units file", () => {
    const b = base();
    const badSettings = b.settings.replace(/tanggal_selesai,[^\n]*/, "tanggal_selesai,kemarin");
    expect(() => run({ ...b, settings: badSettings })).toThrow(
      /^s\.csv:\n• Pengaturan baris \d+ \(tanggal_selesai\)/,
    );
  });

  it("responses for units missing from the units file are counted as not valid, and the summary says why", () => {
    const b = base();
    const lines = b.units.split("\n");
    const gone = lines[1].split(",")[0];
    const ws = run({ ...b, units: lines.filter((_, i) => i !== 1).join("\n") });
    const invalid = invalidSummary(ws);
    expect(invalid.count).toBeGreaterThan(0);
    expect(invalid.reasons[0]).toMatch(new RegExp(`^\\d+ × .*${gone}`));
  });

  it("the summary leaves out the predikat's dash when the index is hidden", () => {
    const b = base();
    const ws = run(b);
    const lines = summaryOf(ws, 0);
    expect(lines.find((l) => l.startsWith("Indeks BerAKHLAK"))).not.toMatch(/— $/);
  });
});

describe("npm start's arguments", () => {
  it("refuses an unknown option, an option without its value, and half of CSV mode", () => {
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown argument "--bogus"/);
    expect(() => parseArgs(["x.csv"])).toThrow(/unknown argument "x.csv"/);
    expect(() => parseArgs(["--units"])).toThrow(/--units needs a value/);
    expect(() => parseArgs(["--units", "u.csv"])).toThrow(/needs both/);
    expect(() => parseArgs(["--locale", "fr"])).toThrow(/id or en/);
    expect(parseArgs(["--units", "u.csv", "--responses", "r.csv", "--locale", "en"])).toEqual({
      units: "u.csv",
      responses: "r.csv",
      settings: undefined,
      locale: "en",
    });
  });

  it('notices options npm kept for itself (no "--")', () => {
    expect(npmSwallowedOptions({ npm_config_units: "true" })).toBe("--units");
    expect(npmSwallowedOptions({})).toBeUndefined();
  });

  it("stops with the usage and exit code 2, leaving out/ untouched", () => {
    const dir = mkdtempSync(join(tmpdir(), "start-"));
    writeFileSync(join(dir, "keep.txt"), "mine");
    const r = spawnSync("npx", ["tsx", "local/start.ts", "--bogus"], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
      env: { ...process.env, BERAKHLAK_OUT: dir },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument "--bogus"[\s\S]*usage:/);
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(dir, "index.html"))).toBe(false);
  });

  it("reads an English export from disk end to end", () => {
    const ws = live([2, 3, 13]);
    const dir = mkdtempSync(join(tmpdir(), "csv-en-"));
    writeFileSync(join(dir, "u.csv"), ws.exportCsv("Unit Kerja", "en_US"));
    writeFileSync(
      join(dir, "r.csv"),
      ws.exportCsv(ws.tabNames().find((n) => n.startsWith("Jawaban")) as string, "en_US"),
    );
    writeFileSync(join(dir, "s.csv"), ws.exportCsv("Pengaturan", "en_US"));
    const out = execFileSync(
      "npx",
      [
        "tsx",
        "local/start.ts",
        "--units",
        join(dir, "u.csv"),
        "--responses",
        join(dir, "r.csv"),
        "--settings",
        join(dir, "s.csv"),
        "--locale",
        "en",
      ],
      {
        cwd: join(__dirname, "..", ".."),
        encoding: "utf8",
        env: { ...process.env, BERAKHLAK_OUT: join(dir, "out") },
      },
    );
    expect(out).toContain("responses: 12, of which not counted: 0");
    expect(out).toContain("Responden valid: 9 dari"); // 3 of the 12 repeat a NIP
  });
});
