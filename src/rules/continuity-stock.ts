import { fact } from '../findings/fact.js';
import type { Fact } from '../types.js';
import { STOCK_ROWS, type ChainLink } from './chain-link.js';

/**
 * Table 二's stock from one year to the next, for 规章 and 规范性文件: last year's 现行有效 plus this
 * year's 制发 less its 废止 is this year's 现行有效. A warning, not an error: some agencies count a
 * revision as 制发 without repealing the old text. Filed as the carry-over is (compareLinks).
 */
export function compareStock(earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] {
  return STOCK_ROWS.flatMap((row) => {
    const before = earlier.stock?.[row]?.inForce;
    const now = later.stock?.[row];
    if (before === undefined || before === null || !now || now.issued === null || now.repealed === null || now.inForce === null) return [];
    const expected = before + now.issued - now.repealed;
    if (expected === now.inForce) return [];
    const other = on === 'later' ? { otherYear: earlier.year, otherFile: earlier.path } : { otherYear: later.year, otherFile: later.path };
    const detail = { ...other, previousYear: earlier.year, previous: before, issued: now.issued, repealed: now.repealed, year: later.year };
    return [fact('continuity.stock', { table: 'active', row, column: 'inForce', left: now.inForce, right: expected, detail })];
  });
}
