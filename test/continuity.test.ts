import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChainLink } from '../src/rules/chain-link.js';
import { compareStock } from '../src/rules/continuity-stock.js';

const link = (year: number, stock: ChainLink['stock']): ChainLink => ({
  agency: '甲局',
  year,
  path: `${year}.txt`,
  carriedOver: undefined,
  carriedForward: undefined,
  stock,
});

describe("table 二's stock from year to year", () => {
  it('warns exactly when last year\u2019s 现行有效 + 制发 − 废止 is not this year\u2019s 现行有效, and says what it should be', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(50), fc.nat(50), fc.nat(600), (before, issued, repealed, inForce) => {
        const facts = compareStock(
          link(2022, { normativeDocs: { issued: 0, repealed: 0, inForce: before } }),
          link(2023, { normativeDocs: { issued, repealed, inForce } }),
        );
        const expected = before + issued - repealed;
        expect(facts.map((f) => [f.rule, f.row, f.left, f.right])).toEqual(
          expected === inForce ? [] : [['continuity.stock', 'normativeDocs', inForce, expected]],
        );
      }),
    );
  });

  it('says nothing where a cell of the four is blank', () => {
    const facts = compareStock(
      link(2022, { regulations: { issued: 1, repealed: 0, inForce: null } }),
      link(2023, { regulations: { issued: 1, repealed: 0, inForce: 5 } }),
    );
    expect(facts).toEqual([]);
  });
});
