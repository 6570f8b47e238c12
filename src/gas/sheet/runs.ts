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
  return parseRuns(props.getProperty(RUNS_KEY));
}

function parseRuns(raw: string | null | undefined): RunLog {
  try {
    return raw ? (JSON.parse(raw) as RunLog) : {};
  } catch (_e) {
    return {};
  }
}

/** The property entry recording a run, from the record as read (for a run that writes it with its other facts). */
export function firedEntry(
  raw: string | null | undefined,
  kind: RunKind,
  now: number,
): [key: string, value: string] {
  const runs = parseRuns(raw);
  runs[kind] = [...(runs[kind] ?? []), now].slice(-RUNS_KEPT);
  return [RUNS_KEY, JSON.stringify(runs)];
}

export { RUNS_KEY };
