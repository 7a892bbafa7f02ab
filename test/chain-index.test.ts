import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainLink } from '../src/rules/chain-link.js';
import { compareLinks } from '../src/rules/continuity-carryover.js';
import { packText } from '../src/rules/continuity-copied.js';
import { ChainIndex, KEPT_COPIES } from '../src/run/chains.js';

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

/**
 * The definition: every pair of one agency's consecutive years, each compared once, when the second
 * of the two comes — unless the first is a copy of its year beyond the KEPT_COPIES that are kept.
 */
function expected(order: readonly ChainLink[]): string[] {
  const seen = new Map<string, number>();
  const kept = new Set<ChainLink>();
  for (const l of order) {
    const copies = seen.get(`${l.agency}${l.year}`) ?? 0;
    if (copies < KEPT_COPIES) kept.add(l);
    seen.set(`${l.agency}${l.year}`, copies + 1);
  }
  return order
    .flatMap((first, i) =>
      order
        .slice(i + 1)
        .filter((second) => kept.has(first) && second.agency === first.agency && Math.abs(second.year - first.year) === 1)
        .flatMap((second) => {
          const [a, b] = first.year < second.year ? [first, second] : [second, first];
          return compareLinks(a, b).map((f) => `${a.path}>${b.path}:${f.column}`);
        }),
    )
    .sort();
}

describe('the carry-over index of a stream', () => {
  it('compares every pair of consecutive years of one agency exactly once, in any order, copies of a year included', () => {
    fc.assert(
      fc.property(links, fc.infiniteStream(fc.nat()), (all, random) => {
        const shuffled = [...all].sort(() => (random.next().value % 3) - 1);
        expect(comparisons(all)).toEqual(expected(all));
        expect(comparisons(shuffled)).toEqual(expected(shuffled));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a few copies of a year: thousands of copies are each said to be one and compared, in linear time', () => {
    const index = new ChainIndex();
    const copy = (path: string, year = 2023): ChainLink => ({
      agency: '甲局',
      year,
      path,
      carriedOver: [1, 0, 0, 0, 0, 0, 1],
      carriedForward: [2, 0, 0, 0, 0, 0, 2],
    });
    index.add(copy('2022.html', 2022));
    const said = Array.from({ length: 3000 }, (_, i) => index.add(copy(`${i}.html`)));
    // Every copy but the first is said to be one, and each is compared with the year before (2 ≠ 1).
    expect(said.filter((facts) => facts.some((f) => f.rule === 'continuity.duplicateYear'))).toHaveLength(2999);
    expect(said.every((facts) => facts.some((f) => f.rule === 'continuity.carryover'))).toBe(true);
    // The year after is compared with the kept copies only.
    const next = index.add(copy('2024.html', 2024)).filter((f) => f.rule === 'continuity.carryover');
    expect(new Set(next.map((f) => (f.detail as { previousFile: string }).previousFile))).toEqual(
      new Set(Array.from({ length: KEPT_COPIES }, (_, i) => `${i}.html`)),
    );
  });

  it('says once that a year came twice, naming the first copy', () => {
    const index = new ChainIndex();
    const copy = (path: string): ChainLink => ({ agency: '甲局', year: 2023, path, carriedOver: undefined, carriedForward: undefined });
    expect(index.add(copy('a.html'))).toEqual([]);
    const [said] = index.add(copy('a.pdf'));
    expect(said).toMatchObject({ rule: 'continuity.duplicateYear', detail: { year: 2023, otherFile: 'a.html' } });
  });

  it('keeps sentence prints whole, the largest hash, length and section among them, whichever year comes first', () => {
    const printed = (year: number, path: string, sentences: [number, number, number][]): ChainLink => {
      const characters = sentences.reduce((sum, [, length]) => sum + length, 0);
      return { agency: '甲局', year, path, carriedOver: undefined, carriedForward: undefined, text: packText({ characters, sentences }) };
    };
    const sentences: [number, number, number][] = [
      [0, 10, 0],
      [0x3fffffff, 4095, 6],
      [0x2aaaaaaa, 300, 3],
    ];
    const changed: [number, number, number][] = [...sentences.slice(0, 2), [0x2aaaaaab, 300, 3]];
    for (const [first, second] of [
      [printed(2022, 'a', sentences), printed(2023, 'b', changed)],
      [printed(2023, 'b', changed), printed(2022, 'a', sentences)],
    ]) {
      const index = new ChainIndex();
      index.add(first!);
      const [note] = index.add(second!);
      expect(note).toMatchObject({
        rule: 'continuity.copied',
        detail: { copied: 4105, characters: 4405, longest: 4105, sections: ['六、其他需要报告的事项'] },
      });
    }
  });
});

describe('a report read by OCR', () => {
  it('brings no carry-over to the chain while OCR was unsure of a cell of table 三', async () => {
    const { parseText } = await import('../src/index.js');
    const { chainLink } = await import('../src/rules/chain-link.js');
    const report = await parseText(readFileSync(new URL('../fixtures/check/carryover/2023.txt', import.meta.url), 'utf8'), { path: '2023.txt' });
    expect(chainLink(report)?.carriedOver).toBeDefined();
    const unsure = { text: '1', confidence: 12, page: 1, table: 'requests' as const };
    const scanned = { ...report, source: { ...report.source, ocr: { pages: 4, cells: 160, unsure: [unsure] } } };
    expect(chainLink(scanned)?.carriedOver).toBeUndefined();
    const sure = { ...report, source: { ...report.source, ocr: { pages: 4, cells: 160, unsure: [{ ...unsure, table: 'active' as const }] } } };
    expect(chainLink(sure)?.carriedOver).toEqual(report.tables.requests!.rows.carriedOver);
  });
});
