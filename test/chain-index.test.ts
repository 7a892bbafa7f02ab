import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainIndex, compareLinks, type ChainLink } from '../src/rules/continuity-carryover.js';
import type { Fact } from '../src/types.js';

/** The index as first written: every link kept for the whole run. The lean one must answer the same. */
class KeepEverything {
  private readonly links = new Map<string, ChainLink | null>();

  add(link: ChainLink): Fact[] {
    const key = (year: number): string => `${link.agency}\u0000${year}`;
    if (this.links.has(key(link.year))) {
      this.links.set(key(link.year), null);
      return [];
    }
    this.links.set(key(link.year), link);
    const previous = this.links.get(key(link.year - 1));
    const next = this.links.get(key(link.year + 1));
    return [...(previous ? compareLinks(previous, link) : []), ...(next ? compareLinks(link, next, 'earlier') : [])];
  }
}

const cells = fc.array(fc.oneof(fc.nat({ max: 3 }), fc.constant(null)), { minLength: 7, maxLength: 7 });
const link = fc.record({
  agency: fc.constantFrom('甲局', '乙局', '丙局'),
  year: fc.integer({ min: 2019, max: 2025 }),
  path: fc.string({ minLength: 1, maxLength: 8 }),
  carriedOver: fc.option(cells, { nil: undefined }),
  carriedForward: fc.option(cells, { nil: undefined }),
});

describe('the carry-over index of a stream', () => {
  it('files the same facts as one that keeps every link, in any order, with years met twice', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 40 }), (links) => {
        const lean = new ChainIndex();
        const reference = new KeepEverything();
        for (const l of links) expect(lean.add(l)).toEqual(reference.add(l));
      }),
      { numRuns: 5000 },
    );
  });
});
