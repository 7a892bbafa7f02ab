/** A table row whose digits split several ways (see segment.ts). */
export interface Choice {
  key: string;
  splits: readonly number[][];
}

/**
 * Tries every combination of one split per row, with the rows already decided, and returns the
 * lowest score and every combination (as indices into each row's splits) that reaches it. Null
 * when there are more than `limit` combinations: too many to try.
 */
export function lowestCombinations(
  open: readonly Choice[],
  decided: ReadonlyMap<string, number[]>,
  score: (values: ReadonlyMap<string, number[]>) => number,
  limit: number,
): { best: number; winners: number[][] } | null {
  if (open.reduce((n, c) => n * c.splits.length, 1) > limit) return null;
  let best = Infinity;
  let winners: number[][] = [];
  const pick: number[] = [];
  // One map for every combination: the open rows' entries are overwritten, the decided ones stay.
  const values = new Map(decided);
  const walk = (i: number): void => {
    if (i === open.length) {
      open.forEach((c, j) => values.set(c.key, c.splits[pick[j]!]!));
      const s = score(values);
      if (s < best) [best, winners] = [s, [[...pick]]];
      else if (s === best) winners.push([...pick]);
      return;
    }
    for (let k = 0; k < open[i]!.splits.length; k++) {
      pick[i] = k;
      walk(i + 1);
    }
  };
  walk(0);
  return { best, winners };
}
