import fc from 'fast-check';
import { REQUEST_COLUMN_KEYS, REQUEST_ROWS, REVIEW_GROUPS } from '../src/template/index.js';
import type { RequestsTable, ReviewsTable, Tables } from '../src/types.js';

const PARTS = 6;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const withTotal = (parts: number[]): number[] => [...parts, sum(parts)];

export const form = fc.constantFrom('2019' as const, '2021' as const);
const parts = fc.array(fc.nat({ max: 500 }), { minLength: PARTS, maxLength: PARTS });

/** Random tables 三 and 四 that satisfy every identity. */
export const consistentTables = form.chain((template) => {
  const outcomes = REQUEST_ROWS.filter((r) => r.role === 'outcome' && (!('template' in r) || r.template === template)).map((r) => r.key);
  return fc
    .record({
      outcomes: fc.array(parts, { minLength: outcomes.length, maxLength: outcomes.length }),
      carriedOver: parts,
      carriedForward: parts,
      reviews: fc.array(fc.array(fc.nat({ max: 50 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ outcomes: values, carriedOver, carriedForward, reviews }): Tables => {
      const total = Array.from({ length: PARTS }, (_, i) => sum(values.map((v) => v[i]!)));
      // New requests cannot be negative: carry over no more than was handled and carried forward.
      const over = carriedOver.map((c, i) => Math.min(c, total[i]! + carriedForward[i]!));
      const fresh = total.map((t, i) => t + carriedForward[i]! - over[i]!);
      const rows: RequestsTable['rows'] = {
        new: withTotal(fresh),
        carriedOver: withTotal(over),
        ...Object.fromEntries(outcomes.map((key, i) => [key, withTotal(values[i]!)])),
        total: withTotal(total),
        carriedForward: withTotal(carriedForward),
      };
      const reviewsTable = Object.fromEntries(
        REVIEW_GROUPS.map((g, i) => {
          const [maintained, corrected, other, pending] = reviews[i]!;
          return [g.key, { maintained, corrected, other, pending, total: sum(reviews[i]!) }];
        }),
      ) as ReviewsTable;
      return { active: null, requests: { columns: [...REQUEST_COLUMN_KEYS], rows }, reviews: reviewsTable, legacy: null };
    });
});
