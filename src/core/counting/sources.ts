/**
 * Every responses tab the survey has had stays a source (RELIABILITY.md, "What staff do to the
 * Sheet"): a form deleted and rebuilt leaves its old tab, and a form linked again gets a new tab
 * into which Forms copies the responses it holds. A response is known by its timestamp first: at
 * each timestamp, the rows of the tab that holds the most of them count (a tie goes to the later
 * tab, the live one last), so a response copied into two tabs counts once, identical rows within
 * one tab stay separate responses, and a correction made in the live tab is the one that counts.
 * A row without a timestamp is no form response: only the live tab's count (its cells decide).
 */

/** Rows below the header of each source, oldest source first, the live tab last: which count. */
export function countingMasks(times: readonly (readonly number[])[]): boolean[][] {
  const winner = new Map<number, { src: number; count: number }>();
  times.forEach((list, src) => {
    const counts = new Map<number, number>();
    for (const t of list) if (t !== 0) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, count] of counts) {
      const best = winner.get(t);
      if (!best || count >= best.count) winner.set(t, { src, count });
    }
  });
  const live = times.length - 1;
  return times.map((list, src) => list.map((t) => (t === 0 ? src === live : winner.get(t)?.src === src)));
}

/** How many rows at each timestamp count, and in which source they are (rows numbered from 2). */
export function countingRows(
  times: readonly (readonly number[])[],
  masks: readonly (readonly boolean[])[],
): Map<number, { src: number; rows: number[] }> {
  const out = new Map<number, { src: number; rows: number[] }>();
  times.forEach((list, src) => {
    list.forEach((t, i) => {
      if (!masks[src][i]) return;
      const at = out.get(t);
      if (at) at.rows.push(i + 2);
      else out.set(t, { src, rows: [i + 2] });
    });
  });
  return out;
}
