/**
 * What a release published, read back from the built bundle's Hasil tab as anyone holding it
 * would, and who Skor counted at that moment: the attacker's input (test/attacker.ts).
 */
import type { Workspace } from "../../local";
import { STATUS, timeOfKey } from "../../src/core/counting/scoring";
import { readSkorRow } from "../../src/core/counting/skor";
import { RESULTS } from "../../src/core/results/results";
import type { Person, Published } from "../attacker";

const DIMS: Record<string, string> = {
  Instansi: "all",
  "Unit kerja": "unit",
  "Jenis kepegawaian": "employment",
  "Jenis jabatan": "position",
};

export interface HasilRow {
  readonly group: string;
  readonly n: number;
  readonly index: unknown;
  readonly values: (number | string)[];
  readonly note: string;
}

/** The Hasil tab's table: one row per group, its id as the checker names groups. */
export function hasil(ws: Workspace): HasilRow[] {
  const values = ws.values("Hasil");
  const formats = ws.formats("Hasil");
  const header = values.findIndex((r) => r[0] === "Tabel");
  return values.slice(header + 1).flatMap((r, i) => {
    const dim = DIMS[String(r[0])];
    if (!dim) return [];
    const id = dim === "all" ? "" : String(r[1]) === "Tidak diisi" ? "" : String(r[1]);
    return [
      {
        group: `${dim}:${id}`,
        n: Number(r[3]),
        index: r[RESULTS.col.index - 1],
        values: r
          .slice(RESULTS.col.value0 - 1, RESULTS.col.value0 + 6)
          .map((v) => (typeof v === "number" ? v : String(v))),
        note: formats[header + 1 + i]?.[RESULTS.col.index - 1]?.note ?? "",
      },
    ];
  });
}

/** What a release published, as the checker reads it: Skor's counted respondents now, and the groups Hasil shows. */
export function published(ws: Workspace): Published {
  const active = new Set(ws.values("Unit Kerja").flatMap((r) => (r[7] === "ya" ? [String(r[0])] : [])));
  const members = new Map<string, Person>();
  for (const row of ws.values("Skor").slice(1)) {
    const e = readSkorRow(row, 5);
    if (e.status !== STATUS.valid || !active.has(e.unit)) continue;
    let id = `${timeOfKey(e.key)}r${e.raw.join(".")}`;
    while (members.has(id)) id += "+";
    members.set(id, { unit: e.unit, employment: e.employment, position: e.position });
  }
  // A group is published when any of its scores is (the index may be withheld alone).
  const shown = hasil(ws)
    .filter((g) => typeof g.index === "number" || g.values.some((v) => typeof v === "number"))
    .map((g) => g.group);
  return { members, shown };
}
