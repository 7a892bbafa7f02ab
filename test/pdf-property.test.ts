import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { consistentTables } from './arbitraries.js';
import { model } from '../scripts/report-model.js';
import { reportPdf } from '../scripts/report-pdf.js';

type Row = (number | null)[];
const blank = (row: Row): Row => row.map((v) => (v === 0 ? null : v));

describe('PDF: ruled tables read by their grid (property)', () => {
  // Each case writes and reads a PDF of two or three pages (~0.1 s).
  it(
    'random consistent tables 三 and 四 → ruled PDF (labels wrapped, zeros printed or blank, page breaks anywhere) → the same cells of 二, 三 and 四, no error',
    { timeout: 120_000 },
    async () => {
      const cases = fc.record({
        tables: consistentTables,
        blankZeros: fc.boolean(),
        // Paragraphs before the tables, and a title that wraps or not, move the page breaks through the tables.
        filler: fc.nat({ max: 14 }),
        agencyLength: fc.nat({ max: 16 }),
      });
      await fc.assert(
        fc.asyncProperty(cases, async ({ tables, blankZeros, filler, agencyLength }) => {
          const template = 'other' in tables.requests!.rows ? '2019' : '2021';
          const agency = `示例市${'新'.repeat(agencyLength)}区政务服务局`;
          const m = model(template, { agency, requests: tables.requests!.rows, reviews: tables.reviews });
          const report = await parseReport(reportPdf(m, { blankZeros, filler }), { path: 'generated.pdf' });
          const rows = blankZeros ? Object.fromEntries(Object.entries(tables.requests!.rows).map(([k, v]) => [k, blank(v)])) : tables.requests!.rows;
          expect(report.tables.requests?.rows).toEqual(rows);
          const reviews = Object.fromEntries(
            Object.entries(tables.reviews!).map(([group, fields]) => [
              group,
              Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, blankZeros && v === 0 ? null : v])),
            ]),
          );
          expect(report.tables.reviews).toEqual(reviews);
          // Table 二 is printed in full whatever blankZeros says; page breaks cut it too.
          expect(report.tables.active).toEqual(m.active);
          expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        }),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
      );
    },
  );
});
