/**
 * Repeat submissions (INSTRUMENT.md): among valid responses with the same keyed NIP hash, one
 * counts — the latest (default) or the first — and the others are "duplikat".
 */
export type DuplicatePolicy = "latest" | "first";

export interface Candidate {
  readonly key: string;
  readonly time: number;
}

/** Whether a is preferred over b under the policy (ties broken by key, so the choice never depends on order). */
export function prefer(a: Candidate, b: Candidate, policy: DuplicatePolicy): boolean {
  if (a.time !== b.time) return policy === "latest" ? a.time > b.time : a.time < b.time;
  return policy === "latest" ? a.key > b.key : a.key < b.key;
}

/** The index of the candidate that counts. */
export function winner(candidates: readonly Candidate[], policy: DuplicatePolicy): number {
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if (prefer(candidates[i], candidates[best], policy)) best = i;
  return best;
}

/** For rows with a hash ("" = none) and an eligible flag, the indexes that are duplicates. */
export function duplicateIndexes(
  rows: readonly {
    readonly hash: string;
    readonly eligible: boolean;
    readonly key: string;
    readonly time: number;
  }[],
  policy: DuplicatePolicy,
): Set<number> {
  const byHash = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (!r.eligible || r.hash === "") return;
    const list = byHash.get(r.hash);
    if (list) list.push(i);
    else byHash.set(r.hash, [i]);
  });
  const out = new Set<number>();
  for (const idx of byHash.values()) {
    if (idx.length < 2) continue;
    const w =
      idx[
        winner(
          idx.map((i) => rows[i]),
          policy,
        )
      ];
    for (const i of idx) if (i !== w) out.add(i);
  }
  return out;
}
