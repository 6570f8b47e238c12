/** How regularly the hourly trigger has been firing, from the times it recorded (pure). */

export interface RunHealth {
  /** The last run, or undefined when none was recorded. */
  readonly last?: number;
  /** Gaps of two hours or more between consecutive hourly runs (an hourly run that never came). */
  readonly missed: number;
  /** The longest gap, in minutes. */
  readonly longestGapMin: number;
  readonly recorded: number;
}

/** An hourly trigger fires once in each hour, anywhere in it: two hours without one means a run was missed. */
export function hourlyHealth(times: readonly number[]): RunHealth {
  let missed = 0;
  let longest = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap >= 2 * 3_600_000) missed += Math.floor(gap / 3_600_000) - 1;
    longest = Math.max(longest, gap);
  }
  return {
    last: times.length ? times[times.length - 1] : undefined,
    missed,
    longestGapMin: Math.round(longest / 60_000),
    recorded: times.length,
  };
}
