/** The local run's pages read as staff would read them. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workspace } from "../../local";
import { writeOut } from "../../local/render";
import { answersFor, rng } from "../../local/respondents";
import { choiceOf, syntheticUnits, unitRows } from "../../local/sample";
import { menu, setup } from "./fixtures";

function pages() {
  const list = syntheticUnits(12);
  const ws = new Workspace({ tabs: { "Unit Kerja": unitRows(list) } });
  ws.open();
  setup(ws);
  const rand = rng(4);
  for (let i = 0; i < 30; i++) ws.submit(answersFor(rand, { unit: choiceOf(list[i % 12]) }));
  menu(ws, "menuDashboard");
  menu(ws, "menuHealth");
  const dir = mkdtempSync(join(tmpdir(), "render-"));
  writeOut(ws, dir, "test", ["test"]);
  return { ws, read: (f: string) => readFileSync(join(dir, f), "utf8"), list };
}

describe("the local run's pages", () => {
  const { read, list } = pages();

  it("stamp dialogs in the script's zone, day first, with Indonesian labels", () => {
    const html = read("dialog.html");
    expect(html).not.toMatch(/UTC/);
    expect(html).toMatch(/kotak pesan \u2022 02\/03\/2026 \d\d:\d\d WIB/);
    expect(html).not.toMatch(/>alert \u2022/);
  });

  it("draw the quota chart with the 100 % line and every unit's name whole", () => {
    const html = read("tab-dasbor.html");
    expect(html).toMatch(/stroke="#188038" stroke-width="2"/);
    for (const u of list) if (u.name.length <= 48) expect(html).toContain(`>${u.name}</text>`);
  });

  it("leave no empty default Sheet1 behind", () => {
    expect(() => read("tab-sheet1.html")).toThrow();
  });
});
