import { fact } from '../findings/fact.js';
import { breakdowns, sharesAreWhole } from './prose-figures.js';
import type { ProseRule } from './types.js';

/**
 * Breakdowns the text gives in full: 行政复议/行政诉讼 by their results — 维持, 纠错, 其他, and 尚未审结
 * where the form has it (since 2019). Any other 其中 may list only some parts (seed 000:
 * 答复334件，其中同意公开或部分公开120件，非政府信息9件), so there only parts that exceed their
 * total are an error.
 */
const RESULTS = ['maintained', 'corrected', 'other'];

function complete(total: string, kinds: readonly string[], text: string): boolean {
  if (total !== 'reviews.total' && total !== 'litigation.total') return false;
  // The results of 行政复议 and 行政诉讼 are the whole of them when all are listed.
  if (!RESULTS.every((k) => kinds.includes(k))) return false;
  // A text that knows 尚未审结 and does not list it has left part of the total out.
  return kinds.includes('pending') || !/审结|未结/.test(text);
}

export const proseBreakdown: ProseRule = {
  id: 'prose.breakdown',
  check(prose) {
    return breakdowns(prose).flatMap((breakdown) => {
      const { total, parts } = breakdown;
      const sum = parts.reduce((n, p) => n + p.value, 0);
      const kinds = parts.map((p) => p.key.split('.').at(-1)!);
      // So is any list whose shares add up to 100 %.
      const whole = complete(total.key, kinds, parts.map((p) => p.text).join('')) || sharesAreWhole(breakdown);
      const broken = whole ? sum !== total.value : sum > total.value;
      return broken ? [fact('prose.breakdown', { row: total.key, left: total.value, right: sum, detail: { text: total.text, complete: whole ? 1 : 0 } })] : [];
    });
  },
};
