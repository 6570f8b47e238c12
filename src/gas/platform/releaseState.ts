/**
 * The last release's facts, as every room reads them (the health check, the campaign's end, the
 * report): one document property, written by the results' releases only.
 */
type Props = GoogleAppsScript.Properties.Properties;

/** The last release's facts, in one document property (kept state: no recompute touches it). */
export const RELEASE_KEY = "berakhlak.release";

export interface ReleaseState {
  /** How many releases were made; the last one's number. */
  readonly n: number;
  readonly at: number;
  readonly responses: number;
  readonly resultsTab: number;
  /** The hidden tab that keeps every score release's respondents and shown groups (-1: none yet). */
  readonly membersTab: number;
  /**
   * The last release's kind: participation (counts only, during the campaign) or scores. An
   * earlier version's state has none: its releases all carried scores.
   */
  readonly kind?: "participation" | "scores";
  /** The campaign-end release: made (ok) or refused, when, why, and at how many Skor rows. */
  readonly final?: {
    readonly ok: boolean;
    readonly at: number;
    readonly reason?: string;
    readonly rows?: number;
  };
}

export function readReleaseState(props: Props): ReleaseState | null {
  const raw = props.getProperty(RELEASE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ReleaseState;
  } catch {
    return null;
  }
}
