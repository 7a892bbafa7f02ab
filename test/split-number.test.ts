import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { model } from '../scripts/report-model.js';
import { reportText } from '../scripts/report-text.js';

describe('a number split in two by PDF extraction', () => {
  it('is joined back where exactly one join makes the row add up, and said to be', async () => {
    const m = model('2021');
    const text: string = reportText(m, { layout: 'space' }).replace(/(（一）予以公开\s+)1288/, '$112 88');
    expect(text).toContain('12 88');
    const report = await parseText(text, { path: 'split.txt' });
    expect(report.tables.requests!.rows.granted).toEqual((m.requests as Record<string, number[]>)['granted']);
    expect(report.findings.map((f) => [f.rule, f.table])).toEqual([['structure.recoveredCells', 'requests']]);
  });

  it('is not guessed when no join makes the row add up', async () => {
    const m = model('2021');
    // 12 89 joins to 1289, and 1289 + 21 + 50 + 3 is not the row's 1362: the row stays unread.
    const text: string = reportText(m, { layout: 'space' }).replace(/(（一）予以公开\s+)1288/, '$112 89');
    const report = await parseText(text, { path: 'split.txt' });
    expect(report.tables.requests!.rows.granted).toBeUndefined();
    expect(report.findings.map((f) => f.rule)).toContain('structure.cellUnreadable');
  });
});
