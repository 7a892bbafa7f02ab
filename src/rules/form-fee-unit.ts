import { fact } from '../findings/fact.js';
import type { ProseRule } from './types.js';

/** The 2021 form prints table 二's fee in 万元: a column headed in another unit is a note (its figures are not comparable with others'). */
export const formFeeUnit: ProseRule = {
  id: 'form.feeUnit',
  check(prose, _tables, { template }) {
    const unit = prose.find((f) => f.key === 'form.feeUnit');
    if (template !== '2021' || !unit || unit.value === 10000) return [];
    return [fact('form.feeUnit', { table: 'active', row: 'fees', column: 'amount', detail: { text: unit.text } })];
  },
};
