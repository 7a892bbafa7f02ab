import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCells, toGridRow } from '../src/grid/index.js';

/** What the cells of a line are, said with the built-in string methods. */
function reference(line: string): { layout: string; cells: string[] } {
  if (line.includes('|')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    return { layout: 'pipe', cells };
  }
  if (line.includes('\t')) return { layout: 'tab', cells: line.split('\t').map((c) => c.trim()) };
  return {
    layout: 'space',
    cells: line
      .trim()
      .split(/\s+/)
      .filter((c) => c !== ''),
  };
}

describe('cutting a line into cells', () => {
  it('tells the layout by bars, then tabs, then spaces, and trims each cell', () => {
    expect(splitCells('| 规章 | 0 |  1 |')).toEqual({ layout: 'pipe', cells: ['规章', '0', '1'] });
    expect(splitCells('规章\t0\t\t1 ')).toEqual({ layout: 'tab', cells: ['规章', '0', '', '1'] });
    expect(splitCells('\u3000规章  0\u00a01 ')).toEqual({ layout: 'space', cells: ['规章', '0', '1'] });
  });

  it('agrees with split and trim on any line of bars, tabs, every kind of whitespace and text', () => {
    const piece = fc.constantFrom('|', '\t', ' ', '  ', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u200a', '\v', '规章', '0', '12', '-', '（一）', '\u200b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const line = pieces.join('');
        expect(splitCells(line)).toEqual(reference(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('marks a label glued to its digits only when two digits end it', () => {
    expect(toGridRow('本年新收政府信息公开申请数量28', 0).glued).toBe(true);
    expect(toGridRow('本年新收政府信息公开申请数量2', 0).glued).toBe(false);
    expect(toGridRow('2019年', 0).glued).toBe(false);
  });
});
