import { describe, expect, it } from 'vitest';
import { checkReports, parseText } from '../src/index.js';

/** The local 指标名称 form as a crawler leaves it: every figure glued to the next. */
const page = (year: number, published: string): string =>
  `示例县人民政府${year}年政府信息公开工作年度报告\n指标名称计量单位${year}年度历年累计主动公开信息数条${published}受理依申请公开信息总数条00行政复议数件00\n`;

describe('glued legacy figures settled across years', () => {
  it('last year’s cumulative + this year = this year’s cumulative picks the one split that fits', async () => {
    // 212210037 splits four ways alone; with 2018's 206912106 only 2122 | 10037 and 2069 | 12106 fit.
    const reports = await Promise.all([parseText(page(2017, '212210037'), { path: '2017.txt' }), parseText(page(2018, '206912106'), { path: '2018.txt' })]);
    expect(reports[0]!.tables.legacy).not.toHaveProperty('published.total');
    const { files } = checkReports(reports);
    expect(files.map((f) => [f.tables.legacy!['published.total'], f.tables.legacy!['published.total.cumulative']])).toEqual([
      [2122, 10037],
      [2069, 12106],
    ]);
    expect(files[0]!.findings.map((f) => f.rule)).toContain('structure.recoveredCells');
    expect(files[0]!.findings.map((f) => f.rule)).not.toContain('structure.ambiguousCells');
  });

  it('settles nothing when the years do not chain', async () => {
    const reports = await Promise.all([parseText(page(2016, '212210037'), { path: '2016.txt' }), parseText(page(2018, '206912106'), { path: '2018.txt' })]);
    const { files } = checkReports(reports);
    expect(files.every((f) => !('published.total' in f.tables.legacy!))).toBe(true);
  });
});
