import { breakdowns, proseFact } from './prose-figures.js';
import type { ProseRule } from './types.js';

/**
 * Breakdowns the text gives in full: 行政复议/行政诉讼 by their three results. Any other 其中 may
 * list only some parts (seed 000: 答复334件，其中同意公开或部分公开120件，非政府信息9件), so there
 * only parts that exceed their total are an error.
 */
const COMPLETE: Record<string, readonly string[]> = {
  'reviews.total': ['maintained', 'corrected', 'other'],
  'litigation.total': ['maintained', 'corrected', 'other'],
};

export const proseBreakdown: ProseRule = {
  id: 'prose.breakdown',
  description: 'the parts a sentence lists under 其中 add up to its total (or stay within it, when the list may be partial)',
  check(prose) {
    return breakdowns(prose).flatMap(({ total, parts }) => {
      const sum = parts.reduce((n, p) => n + p.value, 0);
      const kinds = parts.map((p) => p.key.split('.').at(-1)!);
      const complete = COMPLETE[total.key]?.every((k) => kinds.includes(k)) === true;
      const broken = complete ? sum !== total.value : sum > total.value;
      return broken ? [proseFact(this.id, total, total.value, sum, { complete: complete ? 1 : 0 })] : [];
    });
  },
};
