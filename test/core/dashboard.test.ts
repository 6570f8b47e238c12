import { emptyAggregates } from "../../src/core/counting/aggregate";
import type { Snapshot } from "../../src/core/counting/snapshot";
import { dashboardModel, predikat, unitStatus } from "../../src/core/results/dashboard";
import { unitRow } from "../../src/core/results/dashboardLayout";
import { suppress } from "../../src/core/results/privacy";
import { dayFirst, daysLeft, longDate } from "../../src/core/text/dates";

const bands = { A: 75, B: 50, C: 25 };

/** A snapshot of the given units with the default settings. */
function snapshotWith(units: Snapshot["units"]): Snapshot {
  return {
    points: 5,
    policy: "latest",
    collectNip: false,
    lang: "id",
    cols: { timestamp: 0, width: 1, profile: {}, items: {} },
    minGroup: 5,
    nearThreshold: 0.75,
    bands,
    instansi: "X",
    title: "T",
    year: 2026,
    startDate: "",
    endDate: "",
    adminEmail: "",
    tzOffsetMin: 420,
    units,
  } as Snapshot;
}

describe("the dashboard model", () => {
  it("decides the predikat on full precision: 74.96 is Cukup Sehat though it shows as 75,0", () => {
    expect(predikat(74.96, bands, "id")).toBe("Cukup Sehat");
    expect(predikat(75, bands, "id")).toBe("Sehat");
    expect(predikat(24.99, bands, "id")).toBe("Sangat Tidak Sehat");
    expect(predikat(null, bands, "id")).toBe("");
  });

  it("gives each unit its status from achievement", () => {
    expect(unitStatus(10, 10, 0.75)).toBe("tercapai");
    expect(unitStatus(8, 10, 0.75)).toBe("mendekati");
    expect(unitStatus(3, 10, 0.75)).toBe("kurang");
    expect(unitStatus(0, 10, 0.75)).toBe("belum ada");
    expect(unitStatus(0, 0, 0.75)).toBe("tanpa kuota");
  });

  it("hides groups under the minimum, then the smallest others until the hidden hold the minimum", () => {
    expect(suppress([3, 20, 7], 5)).toEqual(["small", null, "protect"]);
    expect(suppress([3, 4, 20], 5)).toEqual(["small", "small", null]);
    expect(suppress([0, 20, 7], 5)).toEqual([null, null, null]);
  });

  it("counts days left including today, and none after the deadline", () => {
    expect(daysLeft("2026-03-27", "2026-03-27")).toBe(1);
    expect(daysLeft("2026-03-02", "2026-03-27")).toBe(26);
    expect(daysLeft("2026-03-28", "2026-03-27")).toBe(0);
    expect(daysLeft("2026-03-02", "")).toBeNull();
  });

  it("shows the change against the latest earlier year in Riwayat, per value and per unit", () => {
    const aggs = emptyAggregates();
    // 10 responses all answering 4 on a 5-point scale: every value 75.
    const agg = { n: 10, raw: Array(8).fill(10 * 9) };
    aggs.all = agg;
    aggs.units.BU = agg;
    const snapshot = snapshotWith([
      { code: "BU", name: "Biro Umum", active: true, headcount: 40, quota: 10 },
    ]);
    const history = [
      { year: 2024, unit: "", values: Array(7).fill(50) },
      { year: 2025, unit: "", values: [70, 70, 70, 70, 70, 70, 80] },
      { year: 2025, unit: "BU", values: Array(7).fill(60) },
    ];
    const m = dashboardModel({ snapshot, aggs, todayYmd: "2026-03-10", updated: "u", history });
    expect(m.historyYear).toBe(2025);
    expect(m.values.map((v) => v.change)).toEqual([5, 5, 5, 5, 5, 5, -5]);
    expect(m.units[0].change).toBe(15);
    expect(m.headline).toMatchObject({
      responses: 10,
      totalQuota: 10,
      achievement: 1,
      unitsAtQuota: 1,
      index: 75,
      predikat: "Sehat",
    });
  });
});

describe("a unit with more valid responses than staff", () => {
  it("is flagged on its row, and one at its headcount is not", () => {
    const aggs = emptyAggregates();
    aggs.all = { n: 52, raw: Array(8).fill(0) };
    aggs.units.BU = { n: 12, raw: Array(8).fill(0) };
    aggs.units.HK = { n: 40, raw: Array(8).fill(0) };
    const snapshot = snapshotWith([
      { code: "BU", name: "Biro Umum", active: true, headcount: 10, quota: 8 },
      { code: "HK", name: "Biro Hukum", active: true, headcount: 40, quota: 20 },
    ]);
    const m = dashboardModel({ snapshot, aggs, todayYmd: "2026-03-10", updated: "u", history: [] });
    const byCode = Object.fromEntries(m.units.map((u) => [u.code, u]));
    expect(byCode.BU.overHeadcount).toBe(true);
    expect(byCode.HK.overHeadcount).toBe(false);
    expect(unitRow(byCode.BU, "id")[6]).toBe("tercapai \u2022 periksa data: respons > pegawai");
    expect(unitRow(byCode.HK, "id")[6]).toBe("tercapai");
  });
});

describe("dates as people read them", () => {
  it("are written day first, with the month's name in text", () => {
    expect(longDate("2026-03-27", "id")).toBe("27 Maret 2026");
    expect(longDate("2026-12-03", "en")).toBe("3 December 2026");
    expect(longDate("", "id")).toBe("");
    expect(dayFirst("2026-03-02 09:05")).toBe("02/03/2026 09:05");
  });
});
