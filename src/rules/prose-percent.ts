import { fact } from '../findings/fact.js';
import type { ProseFigure } from '../types.js';
import { breakdowns, sharesAreWhole } from './prose-figures.js';
import type { ProseRule } from './types.js';

/**
 * Whether a share is `printed` as the text gives it: rounded or cut to the decimals it prints
 * (20.0% stands for anything from 19.95 up to 20.1; reports cut as often as they round).
 */
function printedAs(share: number, printed: ProseFigure): boolean {
  const unit = 10 ** -(/\.(\d+)%/.exec(printed.text)?.[1]?.length ?? 0);
  return share > printed.value - unit / 2 - 1e-9 && share < printed.value + unit - 1e-9;
}

export const prosePercent: ProseRule = {
  id: 'prose.percent',
  check(prose) {
    return breakdowns(prose).flatMap((breakdown) => {
      const { total, parts, percents } = breakdown;
      // Shares that add up to 100 % may be of the parts' sum where that is not the total (the
      // sum is then wrong, and prose.breakdown says so): only a share that fits neither is wrong.
      const sum = sharesAreWhole(breakdown) ? parts.reduce((n, p) => n + p.value, 0) : null;
      return parts.flatMap((part) => {
        const percent = percents.get(part.key);
        if (!percent || total.value === 0) return [];
        const actual = (100 * part.value) / total.value;
        if (printedAs(actual, percent) || (sum !== null && sum > 0 && printedAs((100 * part.value) / sum, percent))) return [];
        return [
          fact('prose.percent', {
            row: percent.key,
            left: percent.value,
            right: Number(actual.toFixed(2)),
            detail: { text: percent.text, part: part.value, total: total.value },
          }),
        ];
      });
    });
  },
};
