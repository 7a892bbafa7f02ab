import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/rules/engine.js';
import { explainBroken } from '../src/rules/suspect.js';
import type { Identity } from '../src/rules/types.js';

const ROWS = ['a', 'b', 'c'];
const COLUMNS = ['x', 'y', 'z'];
const CELLS = ROWS.flatMap((row) => COLUMNS.map((column) => ({ row, column })));
type Values = Record<string, number>;
const key = (c: { row: string; column: string }): string => `${c.row}${c.column}`;

/** Identities over a 3 × 3 table, with the values of `values` in their cells. */
function identities(shapes: readonly { left: number[]; right: number[] }[], values: Values): Identity[] {
  const term = (i: number) => ({ ...CELLS[i]!, value: values[key(CELLS[i]!)]! });
  return shapes.map(({ left, right }) => ({ table: 'requests', row: null, column: null, left: left.map(term), right: right.map(term), totals: 'left' }));
}

describe('naming the wrong cell', () => {
  it('on a consistent table with one cell changed: the cell named, when one is, is one that changed alone repairs everything', () => {
    // Few cells, so that identities share them, repeat them and put one on both sides.
    const shape = fc.record({
      left: fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 3 }),
      right: fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(shape, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat({ max: 9 }), { minLength: 9, maxLength: 9 }),
        fc.nat({ max: 8 }),
        fc.integer({ min: -5, max: 5 }),
        (shapes, cells, changed, by) => {
          const truth: Values = Object.fromEntries(CELLS.map((c, i) => [key(c), cells[i]!]));
          // The printed table: the true one made consistent by its own sums, then one cell changed.
          const consistent = shapes.filter(({ left, right }) => {
            const sum = (side: number[]) => side.reduce((n, i) => n + truth[key(CELLS[i]!)]!, 0);
            return sum(left) === sum(right);
          });
          const printed = { ...truth, [key(CELLS[changed]!)]: Math.max(0, truth[key(CELLS[changed]!)]! + by) };
          const evaluated = identities(consistent, printed).map((identity) => evaluate('requests.total', identity));
          const explained = explainBroken(evaluated);
          for (const [broken, { suspect, candidates }] of explained) {
            expect(broken.status).toBe('broken');
            // The changed cell is always one that could explain it: named, or among several.
            if (suspect) expect(key(suspect)).toBe(key(CELLS[changed]!));
            else expect(candidates).toBeGreaterThan(1);
          }
          for (const [, { suspect }] of explained) {
            if (!suspect) continue;
            // Set back to what it is said it should be, every identity holds again.
            const repaired = { ...printed, [key(suspect)]: suspect.expected };
            expect(identities(consistent, repaired).every((identity) => evaluate('requests.total', identity).status === 'holds')).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names no cell when two would do equally well', () => {
    const one = { row: 'a', column: 'x', value: 1 };
    const two = { row: 'a', column: 'y', value: 1 };
    const total = { row: 'a', column: 'z', value: 3 };
    const broken = evaluate('reviews.total', { table: 'reviews', row: null, column: null, left: [total], right: [one, two], totals: 'left' });
    expect(explainBroken([broken]).get(broken)).toEqual({ suspect: null, candidates: 3 });
  });
});
