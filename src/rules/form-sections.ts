import { fact } from '../findings/fact.js';
import type { ProseRule } from './types.js';

/** The 2019 and 2021 forms: six sections, 一、总体情况 to 六、其他需要报告的事项, each present and in order. A note. */
export const formSections: ProseRule = {
  id: 'form.sections',
  check(prose, _tables, { template }) {
    if (template !== '2019' && template !== '2021') return [];
    const places = new Map(prose.filter((f) => f.key.startsWith('form.section.')).map((f) => [Number(f.key.slice('form.section.'.length)), f.value]));
    const numbers = [1, 2, 3, 4, 5, 6];
    const missing = numbers.filter((n) => !places.has(n));
    const present = numbers.filter((n) => places.has(n));
    const outOfOrder = present.filter((n, i) => places.get(n) !== i + 1);
    if (missing.length === 0 && outOfOrder.length === 0) return [];
    return [fact('form.sections', { detail: { missing: missing.join('、'), outOfOrder: outOfOrder.join('、') } })];
  },
};
