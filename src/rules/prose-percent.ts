import { breakdowns, proseFact } from './prose-figures.js';
import type { ProseRule } from './types.js';

/** Half a unit of the last decimal the text prints: 20.0% allows 19.95 to 20.05. */
function tolerance(text: string): number {
  const decimals = /\.(\d+)%/.exec(text)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

export const prosePercent: ProseRule = {
  id: 'prose.percent',
  description: 'a stated share (占总数的20.0%) matches part ÷ total beyond rounding',
  check(prose) {
    return breakdowns(prose).flatMap(({ total, parts, percents }) =>
      parts.flatMap((part) => {
        const percent = percents.get(part.key);
        if (!percent || total.value === 0) return [];
        const actual = (100 * part.value) / total.value;
        if (Math.abs(actual - percent.value) <= tolerance(percent.text)) return [];
        return [proseFact(this.id, percent, percent.value, Number(actual.toFixed(2)), { part: part.value, total: total.value })];
      }),
    );
  },
};
