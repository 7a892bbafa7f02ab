import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRow, type RowMatcher } from '../src/tables/rows.js';
import { REQUEST_ROWS } from '../src/template/index.js';
import { compactLabel } from '../src/text/normalise.js';

const ROWS = REQUEST_ROWS as readonly RowMatcher[];

/** The row whose keyword starts last in the label, among rows not found; on a tie the row listed first. */
function reference(label: string, found: ReadonlySet<string>): string | null {
  const compact = compactLabel(label);
  let best: { pos: number; def: number } | null = null;
  ROWS.forEach((row, def) => {
    if (found.has(row.key) || row.exact || row.after) return;
    for (const keyword of row.keywords) {
      const pos = compact.lastIndexOf(keyword);
      if (pos >= 0 && (!best || pos > best.pos || (pos === best.pos && def < best.def))) best = { pos, def };
    }
  });
  return best === null ? null : ROWS[(best as { def: number }).def]!.key;
}

describe('matching a label to a row of table 三', () => {
  it('takes the keyword that starts last, and a label met before is matched again against the rows found since', () => {
    const label = '（六）其他处理 1.申请人无正当理由逾期不补正';
    expect(matchRow(label, ROWS, new Set(), null)?.key).toBe('other.noCorrection');
    expect(matchRow(label, ROWS, new Set(['other.noCorrection']), null)?.key).toBe('other');
    expect(matchRow(label, ROWS, new Set(), null)?.key).toBe('other.noCorrection');
  });

  it('reads a line too long to remember the same way', () => {
    const label = `${'说明'.repeat(150)}（一）予以公开`;
    expect(matchRow(label, ROWS, new Set(), null)?.key).toBe('granted');
    expect(matchRow(label, ROWS, new Set(['granted']), null)).toBeNull();
  });

  it('agrees with a plain search for any label made of keywords and other words, whatever was found before', () => {
    const words = [...new Set(ROWS.flatMap((r) => r.keywords))];
    const pieces = fc.constantFrom(...words, '（三）', '1.', '申请', '情况', ' ', '其他');
    // Few distinct labels, so that most are met again with other rows found.
    const labels = fc.array(pieces, { maxLength: 4 }).map((p) => p.join(''));
    const found = fc.subarray(ROWS.map((r) => r.key)).map((keys) => new Set([...keys, 'other.misc']));
    fc.assert(
      fc.property(labels, found, (label, done) => {
        expect(matchRow(label, ROWS, done, null)?.key ?? null).toBe(reference(label, done));
      }),
      { numRuns: 3000 },
    );
  });
});
