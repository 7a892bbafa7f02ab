import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReports, parseReport } from '../src/index.js';
import { CORPUS, hasCorpus } from './helpers.js';

const zeros = [0, 0, 0, 0, 0, 0, 0];
const only = (n: number): number[] => [n, 0, 0, 0, 0, 0, n];
const reviews = (values: number[]) => {
  const fields = ['maintained', 'corrected', 'other', 'pending', 'total'];
  const group = (at: number) => Object.fromEntries(fields.map((f, i) => [f, values[at + i]]));
  return { review: group(0), litigationDirect: group(5), litigationAfterReview: group(10) };
};

async function parsePdf(path: string) {
  return parseReport(readFileSync(`${CORPUS}${path}`), { path });
}

/** Every row of table 三 as printed; rows not named print zeros. */
function expectRows(rows: Partial<Record<string, readonly (number | null)[]>>, count: number, printed: Record<string, number[]>): void {
  expect(Object.keys(rows)).toHaveLength(count);
  for (const [key, values] of Object.entries(rows)) expect(values, key).toEqual(printed[key] ?? zeros);
}

// Every number below was read off the PDF pages by eye (rendered with pdftoppm), not from our output.
describe.skipIf(!hasCorpus)('real PDF reports (../shared/corpus), read from the PDF itself', () => {
  it.each(['real/020_huaian_2024.pdf', 'peer/govnianbao_huaian_city_2024_report.pdf'])(
    '%s (淮安市 2024): every cell of 二, 三, 四; it adds up',
    async (path) => {
      const report = await parsePdf(path);
      expect(report).toMatchObject({ template: '2021', year: 2024, agency: '淮安市人民政府' });
      expect(report.tables.active).toEqual({
        regulations: { issued: 1, repealed: 0, inForce: 11 },
        normativeDocs: { issued: 8, repealed: 26, inForce: 66 },
        licensing: { decisions: 447228 },
        punishment: { decisions: 3985758 },
        enforcement: { decisions: 88283 },
        fees: { amount: 96171.6 },
      });
      expectRows(report.tables.requests!.rows, 25, {
        new: [3001, 53, 0, 0, 61, 4, 3119],
        carriedOver: only(34),
        granted: [1288, 21, 0, 0, 50, 3, 1362],
        partial: [447, 7, 0, 0, 0, 0, 454],
        'withheld.stateSecret': only(2),
        'withheld.lawProhibited': [30, 1, 0, 0, 0, 0, 31],
        'withheld.threeSafeties': only(5),
        'withheld.thirdParty': only(6),
        'withheld.internalAffairs': [7, 1, 0, 0, 0, 0, 8],
        'withheld.processInfo': only(12),
        'withheld.enforcementFile': only(9),
        'withheld.adminQuery': only(105),
        'unavailable.notHeld': [746, 12, 0, 0, 10, 1, 769],
        'unavailable.needsCreation': only(11),
        'unavailable.unclear': only(1),
        'unprocessed.petition': [56, 6, 0, 0, 0, 0, 62],
        'unprocessed.repeat': only(25),
        'unprocessed.confirm': only(1),
        'other.noCorrection': [67, 3, 0, 0, 1, 0, 71],
        'other.unpaidFee': only(6),
        'other.misc': [108, 2, 0, 0, 0, 0, 110],
        total: [2932, 53, 0, 0, 61, 4, 3050],
        carriedForward: only(103),
      });
      expect(report.tables.reviews).toEqual(reviews([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]));
      expect(report.findings).toEqual([]);
      expect(checkReports([report]).summary).toMatchObject({ errors: 0, warnings: 0, clean: 1 });
    },
  );

  it('peer/kiro_hongze_2024_report.pdf (洪泽区 2024): every cell of 二, 三, 四; it adds up', async () => {
    const report = await parsePdf('peer/kiro_hongze_2024_report.pdf');
    expect(report).toMatchObject({ template: '2021', year: 2024, agency: '淮安市洪泽区人民政府' });
    expect(report.tables.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 3, repealed: 0, inForce: 8 },
      licensing: { decisions: 9487 },
      punishment: { decisions: 2776 },
      enforcement: { decisions: 84 },
      fees: { amount: 7545 },
    });
    // Its table 三 prints （六）其他处理 as one row, the 2019 way, under a 2021 table 二.
    expectRows(report.tables.requests!.rows, 23, {
      new: only(95),
      granted: only(50),
      partial: only(9),
      'withheld.threeSafeties': only(1),
      'withheld.processInfo': only(1),
      'withheld.enforcementFile': only(1),
      'unavailable.notHeld': only(31),
      'unavailable.needsCreation': only(1),
      'unprocessed.petition': only(1),
      total: only(95),
    });
    expect(report.tables.reviews).toEqual(reviews([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]));
    expect(report.findings.map((f) => f.rule)).toEqual(['structure.mixedTemplate']);
    expect(checkReports([report]).summary.errors).toBe(0);
  });

  it('peer/kiro_hongze_2023_report.pdf (洪泽区 2023): every cell; the only errors are the two totals the PDF prints as 0', async () => {
    const report = await parsePdf('peer/kiro_hongze_2023_report.pdf');
    expect(report).toMatchObject({ template: '2021', year: 2023 });
    expect(report.tables.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 0, repealed: 5, inForce: 5 },
      licensing: { decisions: 550 },
      punishment: { decisions: 4119 },
      enforcement: { decisions: 195 },
      fees: { amount: 7730.28 },
    });
    expectRows(report.tables.requests!.rows, 23, {
      new: only(21),
      partial: only(4),
      'withheld.stateSecret': only(1),
      'withheld.processInfo': only(1),
      'withheld.enforcementFile': only(1),
      'unavailable.notHeld': only(10),
      'unavailable.needsCreation': only(3),
      'unprocessed.petition': only(1),
      total: only(21),
    });
    // 行政复议 10 + 1 printed with 总计 0; 复议后起诉 5 with 总计 0: a 10 read as 1 would hide the first.
    expect(report.tables.reviews).toEqual(reviews([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]));
    const errors = checkReports([report]).files[0]!.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.row, f.left, f.right])).toEqual([
      ['reviews.total', 'review', 0, 11],
      ['reviews.total', 'litigationAfterReview', 0, 5],
    ]);
  });
});
