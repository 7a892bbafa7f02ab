import { fact } from '../findings/fact.js';
import { breakdowns } from './prose-figures.js';
import type { ProseRule } from './types.js';

/** Half a unit of the last decimal the text prints: 20.0% allows 19.95 to 20.05. */
function tolerance(text: string): number {
  const decimals = /\.(\d+)%/.exec(text)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

export const prosePercent: ProseRule = {
  id: 'prose.percent',
  check(prose) {
    return breakdowns(prose).flatMap(({ total, parts, percents }) =>
      parts.flatMap((part) => {
        const percent = percents.get(part.key);
        if (!percent || total.value === 0) return [];
        const actual = (100 * part.value) / total.value;
        if (Math.abs(actual - percent.value) <= tolerance(percent.text)) return [];
        return [
          fact('prose.percent', {
            row: percent.key,
            left: percent.value,
            right: Number(actual.toFixed(2)),
            detail: { text: percent.text, part: part.value, total: total.value },
          }),
        ];
      }),
    );
  },
};
