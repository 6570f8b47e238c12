/** The bundled synthetic sample behaves like a province a bureau would recognise. */
import { type SampleRun, sharedSample } from "../sharedSample";

describe("the synthetic sample", () => {
  let run: SampleRun;
  // One replay of the whole sample, shared with the browser tests: its bound is that work.
  beforeAll(async () => {
    run = await sharedSample();
  }, 600_000);
  const ws = {
    values: (tab: string) => run.tabs[tab].values,
    displayValues: (tab: string) => run.tabs[tab].display,
  };

  it("runs without a failed execution", () => {
    expect(run.failures).toEqual([]);
  });

  it("has a plausible spread of response rates: some far under quota, none above its headcount", () => {
    const units = ws.values("Unit Kerja").slice(1);
    const rows = ws.displayValues("Dasbor").filter((r) => units.some((u) => u[0] === r[0]));
    expect(rows).toHaveLength(units.length);
    for (const r of rows) expect(Number(r[4])).toBeLessThanOrEqual(Number(r[2]));
    const achievement = rows.map((r) => Number(r[4]) / Number(r[3]));
    expect(achievement.filter((a) => a < 0.5).length).toBeGreaterThanOrEqual(3);
    expect(achievement.filter((a) => a >= 1).length).toBeGreaterThanOrEqual(10);
    expect(rows.some((r) => r[6].includes("periksa data"))).toBe(false);
  });

  it("has profile groups in plausible proportions: mostly PNS, mostly pelaksana", () => {
    const skor = ws.values("Skor").slice(1);
    const share = (col: number, value: string) => skor.filter((r) => r[col] === value).length / skor.length;
    expect(share(14, "PNS")).toBeGreaterThan(0.55);
    expect(share(14, "Non-ASN")).toBeLessThan(0.2);
    expect(share(15, "Pelaksana")).toBeGreaterThan(0.45);
    expect(share(15, "Struktural")).toBeLessThan(0.2);
  });
});
