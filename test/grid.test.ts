import { describe, expect, it } from 'vitest';
import { splitCells, toGridRow } from '../src/grid/index.js';

describe('cutting a line into cells', () => {
  it('tells the layout by bars, then tabs, then spaces, and trims each cell', () => {
    expect(splitCells('| 规章 | 0 |  1 |')).toEqual({ layout: 'pipe', cells: ['规章', '0', '1'] });
    expect(splitCells('规章\t0\t\t1 ')).toEqual({ layout: 'tab', cells: ['规章', '0', '', '1'] });
    expect(splitCells('\u3000规章  0\u00a01 ')).toEqual({ layout: 'space', cells: ['规章', '0', '1'] });
  });

  it('trims every kind of whitespace, a zero-width space aside, which is not one', () => {
    expect(splitCells('\ufeff| 规章\u00a0|\u2028 0 \u3000|')).toEqual({ layout: 'pipe', cells: ['规章', '0'] });
    expect(splitCells('规章\u200a\u200a0\v1')).toEqual({ layout: 'space', cells: ['规章', '0', '1'] });
    expect(splitCells('规章\u200b 0')).toEqual({ layout: 'space', cells: ['规章\u200b', '0'] });
  });

  it('marks a label glued to its digits only when two digits end it', () => {
    expect(toGridRow('本年新收政府信息公开申请数量28', 0).glued).toBe(true);
    expect(toGridRow('本年新收政府信息公开申请数量2', 0).glued).toBe(false);
    expect(toGridRow('2019年', 0).glued).toBe(false);
  });
});
