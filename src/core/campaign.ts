/**
 * The campaign's configuration as one validated value: settings, units and quotas, with every
 * problem a user must fix, in the order they appear in the tabs.
 */
import { type Problem, problem } from "./problems";
import { computeQuotas } from "./quota";
import { type ParseContext, parseSettings, type Settings } from "./settings";
import { parseUnits, type Unit } from "./units";

export interface Campaign {
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly quotas: ReadonlyMap<string, number>;
  readonly problems: readonly Problem[];
}

export function readCampaign(
  settingsRows: readonly (readonly unknown[])[],
  unitRows: readonly (readonly unknown[])[],
  ctx: ParseContext,
): Campaign {
  const { settings, problems: settingProblems } = parseSettings(settingsRows, ctx);
  const { units, problems: unitProblems } = parseUnits(unitRows);
  const q = computeQuotas(
    units.map((u) => ({ code: u.code, headcount: u.headcount, manual: u.manualQuota, active: u.active })),
    settings,
  );
  const rowOf = new Map(units.map((u) => [u.code, u.row]));
  const quotaProblems = q.problems.map((p) => {
    switch (p.kind) {
      case "manualAboveHeadcount":
        return problem("quotaManualAboveHeadcount", { row: rowOf.get(p.code) ?? 0, code: p.code, manual: p.manual, headcount: p.headcount });
      case "manualMissing":
        return problem("quotaManualMissing", { row: rowOf.get(p.code) ?? 0, code: p.code });
      case "targetTooSmall":
        return problem("quotaTargetTooSmall", { remainder: p.remainder, units: p.units });
      case "targetTooLarge":
        return problem("quotaTargetTooLarge", { remainder: p.remainder, capacity: p.capacity });
    }
  });
  return { settings, units, quotas: q.quotas, problems: [...settingProblems, ...unitProblems, ...quotaProblems] };
}

/** The active units, in the tab's order. */
export function activeUnits(c: Pick<Campaign, "units">): Unit[] {
  return c.units.filter((u) => u.active);
}
