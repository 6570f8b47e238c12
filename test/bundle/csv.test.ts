import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workspace } from "../../local";
import { runCsvCampaign } from "../../local/csv";
import { answersFor, rng } from "../../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../../local/sample";
import { setup } from "./fixtures";

/** A tab as Google Sheets exports it to CSV: the displayed values. */
function csvOf(rows: string[][]): string {
  return rows
    .map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(","))
    .join("\r\n");
}

function original() {
  const list = syntheticUnits(3);
  const ws = new Workspace({ tabs: { "Unit Kerja": unitRows(list) } });
  ws.open();
  setup(ws);
  const rand = rng(8);
  for (let i = 0; i < 24; i++) ws.submit(answersFor(rand, { unit: choiceOf(list[i % 3]) }));
  return ws;
}

describe("npm start CSV mode", () => {
  it("computes from a real campaign's exports what the live spreadsheet showed", () => {
    const live = original();
    const units = live.displayValues("Unit Kerja");
    const responses = live.displayValues(live.tabNames()[0]);
    const ws = runCsvCampaign(
      { units: "units.csv", responses: "responses.csv", locale: "en" },
      { units, responses },
    );
    const head = (w: Workspace) =>
      w
        .values("Dasbor")
        .slice(4, 11)
        .map((r) => [r[0], r[1]]);
    expect(head(ws)).toEqual(head(live));
    expect(ws.values("Skor")).toHaveLength(25);
  });

  it("names the file, row and column of a malformed export", () => {
    const live = original();
    const units = live.displayValues("Unit Kerja");
    const responses = live.displayValues(live.tabNames()[0]);
    const run =
      (r: string[][], locale: "id" | "en" = "en") =>
      () =>
        runCsvCampaign({ units: "units.csv", responses: "responses.csv", locale }, { units, responses: r });
    const badHeader = responses.map((r, i) =>
      i === 0 ? r.map((h, j) => (j === 2 ? "Pertanyaan lain" : h)) : r,
    );
    expect(run(badHeader)).toThrow(
      'responses.csv, row 1, column 3: "Pertanyaan lain" is not a question of this survey\'s form',
    );
    const short = responses.map((r, i) => (i === 5 ? r.slice(0, 10) : r));
    expect(run(short)).toThrow(/responses\.csv, row 6: 10 columns where the header has \d+/);
    const badTime = responses.map((r, i) => (i === 3 ? ["kemarin sore", ...r.slice(1)] : r));
    expect(run(badTime)).toThrow(
      'responses.csv, row 4, column 1: "kemarin sore" is not a timestamp as an English export writes it (try --locale id)',
    );
    const badUnits = [units[0], ["X", "", "", "", "", "lima", "", "ya"]];
    expect(() =>
      runCsvCampaign(
        { units: "units.csv", responses: "responses.csv", locale: "en" },
        { units: badUnits, responses },
      ),
    ).toThrow(/units\.csv:\s.*Unit Kerja baris 2: nama unit kosong/s);
  });

  it("is reachable from the command line with files on disk", () => {
    const live = original();
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    writeFileSync(join(dir, "u.csv"), csvOf(live.displayValues("Unit Kerja")));
    writeFileSync(join(dir, "r.csv"), csvOf(live.displayValues(live.tabNames()[0])));

    const out = execFileSync(
      "npx",
      [
        "tsx",
        "local/start.ts",
        "--units",
        join(dir, "u.csv"),
        "--responses",
        join(dir, "r.csv"),
        "--locale",
        "en",
      ],
      {
        cwd: join(__dirname, "..", ".."),
        encoding: "utf8",
        env: { ...process.env, BERAKHLAK_OUT: join(dir, "out") },
      },
    );
    expect(out).toContain("CSV mode");
    expect(out).toContain("Responden valid: 24");
  });
});
