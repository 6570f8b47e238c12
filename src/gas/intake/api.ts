/**
 * What the other rooms may ask of intake: Skor rebuilt from the raw responses (a release that
 * finds Skor edited by hand). Nothing else of intake is imported from outside it.
 */
export { type RecomputeResult, startRecompute } from "./recompute";
