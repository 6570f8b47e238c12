/**
 * The campaign's configuration as one validated value: settings, units and quotas, with every
 * problem a user must fix, in the order they appear in the tabs.
 */
import { type Problem, problem } from "../text/problems";
import { computeQuotas, type QuotaProblem } from "./quota";
import type { Settings } from "./settingDefs";
import { type ParseContext, parseSettings } from "./settings";
import { parseUnits, type Unit } from "./units";

export interface Campaign {
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly quotas: ReadonlyMap<string, number>;
  readonly problems: readonly Problem[];
}

function quotaProblem(p: QuotaProblem, rowOf: ReadonlyMap<string, number>): Problem {
  if (p.kind === "manualAboveHeadcount") {
    const params = { row: rowOf.get(p.code) ?? 0, code: p.code, manual: p.manual, headcount: p.headcount };
    return problem("quotaManualAboveHeadcount", params);
  }
  if (p.kind === "manualMissing")
    return problem("quotaManualMissing", { row: rowOf.get(p.code) ?? 0, code: p.code });
  if (p.kind === "targetTooSmall")
    return problem("quotaTargetTooSmall", { remainder: p.remainder, units: p.units });
  return problem("quotaTargetTooLarge", { remainder: p.remainder, capacity: p.capacity });
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
    {
      method: settings.quotaMethod,
      margin: settings.margin,
      percent: settings.percent,
      target: settings.target,
    },
  );
  const rowOf = new Map(units.map((u) => [u.code, u.row]));
  const quotaProblems = q.problems.map((p) => quotaProblem(p, rowOf));
  return {
    settings,
    units,
    quotas: q.quotas,
    problems: [...settingProblems, ...unitProblems, ...quotaProblems],
  };
}

/** The active units, in the tab's order. */
export function activeUnits(c: Pick<Campaign, "units">): Unit[] {
  return c.units.filter((u) => u.active);
}
