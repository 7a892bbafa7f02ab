import { fact } from '../findings/fact.js';
import type { ProseRule } from './types.js';

/**
 * The years a report states about itself agree with the year it reports on: a statistics period
 * or a table heading copied from last year's report (2015年度 in a 2016 report) is an error.
 */
function yearRule(id: 'year.period' | 'year.heading' | 'year.stated'): ProseRule {
  return {
    id,
    check(prose, _tables, { year }) {
      const stated = prose.find((f) => f.key === id);
      if (!stated || year === null || stated.value === year) return [];
      return [fact(id, { left: stated.value, right: year, detail: { text: stated.text } })];
    },
  };
}

export const yearPeriod = yearRule('year.period');
export const yearHeading = yearRule('year.heading');
export const yearStated = yearRule('year.stated');
