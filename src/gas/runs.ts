/**
 * What one run cannot observe, the product watches as it runs (PRODUCT.md, "First deployment"):
 * each time-driven run records when it fired, so that the health check can report late or
 * missing runs. Bounded: the last RUNS_KEPT times of each kind, in one property.
 */
type Props = GoogleAppsScript.Properties.Properties;

const RUNS_KEY = "berakhlak.runs";
export const RUNS_KEPT = 72;

export type RunKind = "hourly" | "daily";

export type RunLog = Partial<Record<RunKind, number[]>>;

export function readRuns(props: Props): RunLog {
  const raw = props.getProperty(RUNS_KEY);
  try {
    return raw ? (JSON.parse(raw) as RunLog) : {};
  } catch (_e) {
    return {};
  }
}

/** Records that a time-driven run of this kind fired now. */
export function recordFired(props: Props, kind: RunKind, now: number): void {
  const runs = readRuns(props);
  runs[kind] = [...(runs[kind] ?? []), now].slice(-RUNS_KEPT);
  props.setProperty(RUNS_KEY, JSON.stringify(runs));
}
