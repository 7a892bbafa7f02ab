import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport, parseText } from '../src/index.js';
import type { OcrCell, Report } from '../src/types.js';
import { FIXTURES } from './helpers.js';

/** The new-cell fixture (表三 新收 商业企业 40 for 53) as if read by OCR, with these cells unsure. */
async function readByOcr(unsure: Partial<OcrCell>[]): Promise<Report> {
  const report = await parseText(readFileSync(`${FIXTURES}check/new-cell.txt`, 'utf8'), { path: 'new-cell.txt' });
  const cells = unsure.map((cell) => ({ text: '1', confidence: 30, page: 0, table: 'requests' as const, ...cell }));
  return { ...report, source: { ...report.source, ocr: { pages: 1, cells: 200, unsure: cells } } };
}

const rulesOf = (report: Report) => report.findings.filter((f) => f.severity === 'error' || f.rule === 'ocr.unsure').map((f) => f.rule);

describe('an error of a report read by OCR', () => {
  it('stands where every cell it rests on was read sure, whatever else of its table was not', async () => {
    // 予以公开 自然人 takes part in neither the 商业企业 balance nor the 新收 row.
    expect(rulesOf(checkReport(await readByOcr([{ row: 'granted', column: 'natural' }])))).toEqual(['requests.balance']);
    // Unsure cells the tables did not take (a heading's) bear on no figure.
    expect(rulesOf(checkReport(await readByOcr([{ table: null }, { table: 'requests' }])))).toEqual(['requests.balance']);
  });

  it('is a warning naming the cell where one it rests on was unsure: a figure, or its row’s label', async () => {
    const onCell = checkReport(await readByOcr([{ text: '40', row: 'new', column: 'commercial' }]));
    expect(rulesOf(onCell)).toEqual(['ocr.unsure']);
    expect((onCell.findings.find((f) => f.rule === 'ocr.unsure')!.detail as { cells: OcrCell[] }).cells.map((c) => c.text)).toEqual(['40']);
    // 新收's label rests under every cell of its row, so under the 商业企业 balance too.
    expect(rulesOf(checkReport(await readByOcr([{ row: 'new', column: null }])))).toEqual(['ocr.unsure']);
    // 结转下年度 商业企业 is in the balance of that column.
    expect(rulesOf(checkReport(await readByOcr([{ row: 'carriedForward', column: 'commercial' }])))).toEqual(['ocr.unsure']);
  });
});
