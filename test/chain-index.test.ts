import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLinks, type ChainLink } from '../src/rules/continuity-carryover.js';
import { ChainIndex } from '../src/run/chains.js';

const cells = fc.array(fc.oneof(fc.nat({ max: 3 }), fc.constant(null)), { minLength: 7, maxLength: 7 });
const link = fc.record({
  agency: fc.constantFrom('甲局', '乙局', '丙局'),
  year: fc.integer({ min: 2019, max: 2025 }),
  carriedOver: fc.option(cells, { nil: undefined }),
  carriedForward: fc.option(cells, { nil: undefined }),
});
/** Links with paths of their own, so that each comparison can be told apart. */
const links = fc.array(link, { maxLength: 30 }).map((list) => list.map((l, i): ChainLink => ({ ...l, path: `f${i}` })));

/** Every comparison the index made, as "earlier file > later file: column", whatever the order the files came in. */
function comparisons(order: readonly ChainLink[]): string[] {
  const index = new ChainIndex();
  const made: string[] = [];
  for (const l of order) {
    for (const f of index.add(l)) {
      if (f.rule !== 'continuity.carryover') continue;
      const d = f.detail!;
      made.push('previousFile' in d ? `${d.previousFile}>${l.path}:${f.column}` : `${l.path}>${d.nextFile}:${f.column}`);
    }
  }
  return made.sort();
}

/** The definition: every pair of one agency's consecutive years, each compared once. */
function expected(all: readonly ChainLink[]): string[] {
  return all
    .flatMap((a) =>
      all.filter((b) => b.agency === a.agency && b.year === a.year + 1).flatMap((b) => compareLinks(a, b).map((f) => `${a.path}>${b.path}:${f.column}`)),
    )
    .sort();
}

describe('the carry-over index of a stream', () => {
  it('compares every pair of consecutive years of one agency exactly once, in any order, copies of a year included', () => {
    fc.assert(
      fc.property(links, fc.infiniteStream(fc.nat()), (all, random) => {
        const shuffled = [...all].sort(() => (random.next().value % 3) - 1);
        expect(comparisons(all)).toEqual(expected(all));
        expect(comparisons(shuffled)).toEqual(expected(all));
      }),
      { numRuns: 2000 },
    );
  });

  it('says once that a year came twice, naming the first copy', () => {
    const index = new ChainIndex();
    const copy = (path: string): ChainLink => ({ agency: '甲局', year: 2023, path, carriedOver: undefined, carriedForward: undefined });
    expect(index.add(copy('a.html'))).toEqual([]);
    const [said] = index.add(copy('a.pdf'));
    expect(said).toMatchObject({ rule: 'continuity.duplicateYear', detail: { year: 2023, otherFile: 'a.html' } });
  });
});
