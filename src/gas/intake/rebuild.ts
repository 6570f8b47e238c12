/**
 * How a step that finds Skor untrustworthy (a reconcile, a repair) asks for Skor to be rebuilt
 * from the raw responses. The recompute ends with a reconcile of its own, so the two meet here
 * rather than import each other: recompute.ts provides the rebuild when it loads (it always does,
 * main.ts imports it), and asking before that is a programming error.
 */
import type { Run } from "../platform/run";

type Rebuild = (run: Run) => unknown;

let provided: Rebuild | undefined;

/** recompute.ts: this is how Skor is rebuilt. */
export function provideRebuild(rebuild: Rebuild): void {
  provided = rebuild;
}

/** Rebuilds Skor from the raw responses (Hitung Ulang Skor's work, started now). */
export function requestRebuild(run: Run): void {
  if (!provided) throw new Error("requestRebuild: the recompute is not loaded");
  provided(run);
}
