import type { Workspace } from "../../local";
import { answersFor, rng } from "../../local/respondents";
import { STATUS, timeOfKey } from "../../src/core/counting/scoring";
import { readSkorRow } from "../../src/core/counting/skor";
import { boundedLeaks, findLeak, type Person, type Published, type ShownGroup } from "../attacker";
import { campaign, menu } from "./fixtures";

/**
 * One Dasbor screen, shown in a meeting (RELIABILITY.md "Privacy and access"): everything it shows
 * at once — the instansi, the units, the profile groups — read back as anyone looking at it would,
 * and attacked with the tests' own attacker, with who Skor counts.
 */

const DIMS: Record<string, string> = { "Jenis kepegawaian": "employment", "Jenis jabatan": "position" };

function screen(ws: Workspace): { published: Published; groups: ShownGroup[] } {
  const v = ws.values("Dasbor");
  const groups: ShownGroup[] = [];
  const num = (x: unknown) => (typeof x === "number" ? x : String(x));
  const head = v.find((r) => r[0] === "Indeks BerAKHLAK");
  const all = v.find((r) => r[0] === "Responden valid");
  // The instansi's seven values sit beside the headline figures (rows 6 to 12, column E).
  const valueRows = v.slice(5, 12).map((r) => num(r[4]));
  groups.push({ group: "all:", n: Number(all?.[1]), values: valueRows });
  const unitHeader = v.findIndex((r) => r[0] === "Kode");
  for (let r = unitHeader + 1; r < v.length && v[r][0] !== ""; r++)
    groups.push({ group: `unit:${v[r][0]}`, n: Number(v[r][4]), values: v[r].slice(9, 16).map(num) });
  for (const r of v)
    if (DIMS[String(r[0])])
      groups.push({
        group: `${DIMS[String(r[0])]}:${r[1] === "Tidak diisi" ? "" : r[1]}`,
        n: Number(r[2]),
        values: r.slice(4, 11).map(num),
      });
  const members = new Map<string, Person>();
  for (const row of ws.values("Skor").slice(1)) {
    const e = readSkorRow(row, 5);
    if (e.status !== STATUS.valid) continue;
    members.set(`${timeOfKey(e.key)}r${e.raw.join(".")}${members.size}`, {
      unit: e.unit,
      employment: e.employment,
      position: e.position,
    });
  }
  const shown = groups.filter((g) => g.values.some((x) => typeof x === "number")).map((g) => g.group);
  expect(typeof head?.[1] === "number" || head?.[1] === "disembunyikan").toBe(true);
  return { published: { members, shown }, groups };
}

function send(
  ws: Workspace,
  rand: () => number,
  unit: string,
  n: number,
  extra: Record<string, string> = {},
) {
  for (let i = 0; i < n; i++) ws.submit(answersFor(rand, { unit, ...extra }));
}

describe("one Dasbor screen (the built bundle)", () => {
  it("a unit of 5 Struktural and 1 Pelaksana, nobody else Struktural: the unit and the group are not both shown", () => {
    const ws = campaign();
    const rand = rng(5);
    send(ws, rand, "Biro Umum (BU)", 5, { employment: "PNS", position: "Struktural" });
    send(ws, rand, "Biro Umum (BU)", 1, { employment: "PNS", position: "Pelaksana" });
    send(ws, rand, "Dinas Pendidikan (DIK)", 10, { employment: "PNS", position: "Fungsional" });
    send(ws, rand, "RSUD Provinsi (RS)", 12, { employment: "PNS", position: "Pelaksana" });
    menu(ws, "menuDashboard");
    const { published } = screen(ws);
    expect(published.shown.includes("unit:BU") && published.shown.includes("position:Struktural")).toBe(
      false,
    );
    // Shown both, the screen would give the lone Pelaksana's scores away.
    expect(
      findLeak([{ ...published, shown: [...published.shown, "unit:BU", "position:Struktural"] }], 5),
    ).toHaveLength(1);
    expect(findLeak([published], 5)).toBeNull();
  });

  it("seeded campaigns: every screen, refreshed as answers arrive, passes the attacker", () => {
    for (const seed of [21, 22, 23, 24]) {
      const ws = campaign();
      const rand = rng(seed);
      const units = ["Biro Umum (BU)", "Dinas Pendidikan (DIK)", "RSUD Provinsi (RS)"];
      for (let step = 0; step < 3; step++) {
        for (let i = 0; i < 8; i++) send(ws, rand, units[Math.floor(rand() * rand() * 3)], 1);
        menu(ws, "menuDashboard");
        const { published, groups } = screen(ws);
        expect(findLeak([published], 5, rng(seed))).toBeNull();
        expect(boundedLeaks(groups, 5)).toEqual([]);
      }
    }
  });

  it("bounded answers: a unit of 5 who all answered Selalu shows those values as disembunyikan", () => {
    const ws = campaign();
    const rand = rng(12);
    send(ws, rand, "Biro Umum (BU)", 6);
    for (let i = 0; i < 5; i++)
      ws.submit(answersFor(rand, { unit: "Dinas Pendidikan (DIK)", means: { BP: 9 } }));
    send(ws, rand, "RSUD Provinsi (RS)", 12);
    menu(ws, "menuDashboard");
    const { groups } = screen(ws);
    const dik = groups.find((g) => g.group === "unit:DIK");
    expect(dik?.values[0]).toBe("disembunyikan");
    expect(typeof dik?.values[1]).toBe("number");
    expect(boundedLeaks(groups, 5)).toEqual([]);
  });
});
