import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitsOf, splitsAddingUp } from '../src/tables/segment.js';

/** Every cut of a digit string into `count` numbers without leading zeros, by brute force. */
function cuts(digits: string, count: number): number[][] {
  if (count === 1) return digits.length <= 9 && !(digits.length > 1 && digits[0] === '0') ? [[Number(digits)]] : [];
  const out: number[][] = [];
  for (let length = 1; length <= Math.min(9, digits.length - count + 1); length++) {
    const head = digits.slice(0, length);
    if (head.length > 1 && head[0] === '0') break;
    for (const rest of cuts(digits.slice(length), count - 1)) out.push([Number(head), ...rest]);
  }
  return out;
}

const sorted = (splits: number[][]): string[] => splits.map((s) => s.join(',')).sort();

describe('splitting glued digits', () => {
  it('finds a row whose parts add up to its total', () => {
    expect(splitsAddingUp('640020470', 6, 100)).toContainEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(splitsAddingUp('640020470', 6, 100)!.every((s) => s.slice(0, -1).reduce((a, b) => a + b, 0) === s.at(-1))).toBe(true);
  });

  it('gives exactly the cuts whose parts add up to the last number, for any digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{2,12}$/), fc.integer({ min: 1, max: 4 }), (digits, parts) => {
        const expected = cuts(digits, parts + 1).filter((s) => s.slice(0, -1).reduce((a, b) => a + b, 0) === s.at(-1));
        expect(sorted(splitsAddingUp(digits, parts, 1_000_000)!)).toEqual(sorted(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('counts only the splits that add up against the limit, and gives up past it', () => {
    expect(splitsAddingUp('0000000', 6, 1)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(splitsOf('1111', 2, 2)).toBeNull();
    expect(splitsOf('1 11', 2, 10)).toEqual([[1, 11]]);
  });

  it('gives up on a run with more splits than any report needs (too many digits left is as final as too few)', { timeout: 20_000 }, () => {
    const random = (length: number, seed: number): string => Array.from({ length }, (_, i) => String((seed * (i + 7) * 7919) % 10)).join('');
    // Table 四 glued into 80 and 200 digits, table 三's rows into 60: these searched for minutes or for ever.
    expect(splitsOf(random(80, 3), 15, 100)).toBeNull();
    // Fifteen numbers of nine digits at most cannot hold 200 digits: no split, known at once.
    expect(splitsOf(random(200, 5), 15, 100)).toEqual([]);
    // A row of table 三 glued into 60 digits: no split adds up, or too many to search; either ends.
    expect([null, []]).toContainEqual(splitsAddingUp(random(60, 11), 6, 100));
  });
});
