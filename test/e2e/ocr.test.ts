import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport, parseReport } from '../../src/index.js';
import { stopEngine } from '../../src/text/ocr/index.js';
import type { Report, Tables } from '../../src/types.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** The scans of fixtures/ocr/ (scripts/make-scan-fixtures.js), read by OCR in this process. */
const scan = (name: string, ocr = true): Promise<Report> => parseReport(readFileSync(`${FIXTURES}ocr/${name}`), { path: name, ocr });
const expected = (name: string) =>
  JSON.parse(readFileSync(`${FIXTURES}ocr/${name}.expected.json`, 'utf8')) as { tables: Tables; findings?: { rule: string }[] };
const errors = (report: Report) => report.findings.filter((f) => f.severity === 'error');

afterAll(stopEngine);

// Tesseract reads a page in 2–10 s on a busy 2-core machine.
describe('tables in pictures, read by OCR', { timeout: 240_000 }, () => {
  it('a scan at 300 dpi (turned 0.6°, specked, sealed) gives tables 二, 三 and 四 cell for cell, every cell marked', async () => {
    const report = await scan('form-2021-random-3-300dpi.pdf');
    const { tables } = expected('form-2021-random-3-300dpi');
    expect(report.tables.active).toEqual(tables.active);
    expect(report.tables.requests).toEqual(tables.requests);
    expect(report.tables.reviews).toEqual(tables.reviews);
    expect(report.source).toMatchObject({ format: 'pdf', ocr: { pages: 4 } });
    expect(report.source.ocr!.cells).toBeGreaterThan(150);
    expect(errors(checkReport(report))).toEqual([]);
  });

  it('a scan at 150 dpi turned 1.2° gives table 二 and every row of 三 it takes right or with its unsure cell named; no clean scan is accused', async () => {
    const report = await scan('form-2021-random-3-150dpi.pdf');
    const { tables } = expected('form-2021-random-3-150dpi');
    expect(report.tables.active).toEqual(tables.active);
    // A row with a cell OCR could not make a number of is left out (and said), or taken with that cell named unsure: never taken wrong unawares.
    const rows = Object.entries(report.tables.requests!.rows);
    expect(rows.length).toBeGreaterThanOrEqual(Object.keys(tables.requests!.rows).length - 2);
    const want = tables.requests!.rows as Record<string, unknown>;
    const unsureRows = new Set(report.source.ocr!.unsure.map((cell) => cell.row));
    for (const [key, cells] of rows) if (!unsureRows.has(key)) expect([key, cells]).toEqual([key, want[key]]);
    expect(rows.filter(([key, cells]) => JSON.stringify(cells) !== JSON.stringify(want[key])).length).toBeLessThanOrEqual(1);
    const checked = checkReport(report);
    expect(errors(checked)).toEqual([]);
    // What OCR was unsure of is said, table by table, and the verdict does not claim 核对无误.
    expect(checked.findings.filter((f) => f.rule === 'ocr.unsureCells').length).toBeGreaterThan(0);
    expect(checked.status).not.toBe('clean');
    expect(errors(checkReport(await scan('form-blank-clean-200dpi.pdf')))).toEqual([]);
  });

  it.each(['form-blank-new-cell-200dpi', 'form-blank-total-row-cell-150dpi', 'form-blank-reviews-total-300dpi'])(
    '%s: the injected error is found, as an error or as a warning naming the unsure cells of its table',
    async (name) => {
      const want = expected(name) as unknown as { findings: { rule: string }[]; suspect: object };
      const checked = checkReport(await scan(`${name}.pdf`));
      const ruleOf = (f: Report['findings'][number]) => (f.rule === 'ocr.unsure' ? (f.detail as { rule: string }).rule : f.rule);
      const found = checked.findings.filter((f) => f.severity === 'error' || f.rule === 'ocr.unsure');
      // The first expected rule is the error the wrong cell explains; the others are told inside it.
      const main = found.find((f) => ruleOf(f) === want.findings[0]!.rule);
      expect(main?.suspect).toMatchObject(want.suspect);
      for (const f of found) {
        // An error is one the report holds; a cell misread breaks a sum too, but only as a warning.
        if (f.severity === 'error') expect(want.findings.map((w) => w.rule)).toContain(f.rule);
        if (f.rule === 'ocr.unsure') {
          const cells = (f.detail as { cells: { table: string | null }[] }).cells;
          expect(cells.every((cell) => cell.table === f.table || cell.table === null)).toBe(true);
          expect(f.message).toContain('请对照原图');
        }
      }
    },
  );

  it('a picture of table 三 (PNG) is read as the table', async () => {
    const report = await scan('form-2021-random-3-table.png');
    expect(report.source.format).toBe('image');
    expect(report.tables.requests?.rows.new).toEqual(expected('form-2021-random-3-300dpi').tables.requests!.rows.new);
  });

  it('without --ocr a scan and a picture say that --ocr would read them', async () => {
    for (const name of ['form-2021-random-3-150dpi.pdf', 'form-2021-random-3-table.png']) {
      const report = checkReport(await scan(name, false));
      expect(report.findings.map((f) => f.rule)).toEqual(['input.noText']);
      expect(report.findings[0]!.message).toContain('--ocr');
      expect(report.source.ocr).toBeUndefined();
    }
  });

  it('check --ocr reads a picture in the reader child and prints its table; without it, exit 1 with the hint', () => {
    const picture = `${FIXTURES}ocr/form-2021-random-3-table.png`;
    const read = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'parse', '--ocr', '--json', picture], { encoding: 'utf8' });
    expect(read.status).toBe(0);
    const parsed = JSON.parse(read.stdout) as Report;
    expect(parsed.tables.requests?.rows.new).toEqual(expected('form-2021-random-3-300dpi').tables.requests!.rows.new);
    const without = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', picture], { encoding: 'utf8' });
    expect(without.stdout).toContain('--ocr');
  });

  it('a fax scanner’s TIFF of the 2019 form (black and white, CCITT G4) gives the injected error as an error, its cell named', async () => {
    const name = 'form-2019-blank-outcome-cell-300dpi';
    const report = await scan(`${name}.tif`);
    expect(report.source).toMatchObject({ format: 'image', ocr: { pages: 3 } });
    expect(report.template).toBe('2019');
    const want = expected(name) as unknown as { findings: { rule: string }[]; suspect: object };
    const checked = checkReport(report);
    // Every cell the broken identities rest on was read sure: an unsure cell elsewhere in table 三 does not make them warnings.
    expect(errors(checked).map((f) => f.rule)).toEqual([want.findings[0]!.rule]);
    expect(errors(checked)[0]!.suspect).toMatchObject(want.suspect);
    expect(checked.findings.filter((f) => f.rule === 'ocr.unsure')).toEqual([]);
  });

  it('a saved web page whose tables are pictures beside it (报告_files/) is read whole with --ocr, the logo passed over', () => {
    const page = `${FIXTURES}ocr/page-2021-pictures.html`;
    const run = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', '--ocr', '--json', page], { encoding: 'utf8' });
    const report = (JSON.parse(run.stdout) as { files: Report[] }).files[0]!;
    const { tables } = expected('page-2021-pictures');
    expect(report.source).toMatchObject({ format: 'html', ocr: { pages: 3 } });
    expect(report.tables.active).toEqual(tables.active);
    expect(report.tables.reviews).toEqual(tables.reviews);
    // Table 三's rows: most cell for cell; a row OCR misread rests on a cell it names as unsure.
    const want = tables.requests!.rows as Record<string, unknown>;
    const right = Object.entries(report.tables.requests!.rows).filter(([key, cells]) => JSON.stringify(cells) === JSON.stringify(want[key]));
    expect(right.length).toBeGreaterThanOrEqual(Object.keys(want).length - 2);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const warning of report.findings.filter((f) => f.rule === 'ocr.unsure'))
      expect((warning.detail as { cells: { row?: string }[] }).cells.every((cell) => cell.row !== undefined)).toBe(true);
    // Each unsure cell names the picture to compare it with.
    expect(report.source.ocr!.unsure.every((cell) => /^page-2021-pictures_files\/table-\d\.png$/.test(cell.picture ?? ''))).toBe(true);
    expect(report.findings.map((f) => f.rule)).not.toContain('input.pictures');
  });

  it('without --ocr, a page whose tables are pictures says so; with it, a picture not beside the page is named', async () => {
    const html = readFileSync(`${FIXTURES}ocr/page-2021-pictures.html`);
    const without = checkReport(await parseReport(html, { path: 'page.html' }));
    const hint = without.findings.find((f) => f.rule === 'input.pictures');
    expect(hint?.message).toContain('--ocr');
    expect(without.status).not.toBe('clean');
    // A library user hands in the pictures; one it cannot find is named, with how to save a page whole.
    const missing = checkReport(await parseReport(html, { path: 'page.html', ocr: true, pictures: async () => null }));
    expect(missing.findings.find((f) => f.rule === 'input.pictures')?.message).toContain('page-2021-pictures_files/table-2.png');
  });

  it('each page read by OCR has time of its own: a four-page scan is read under a 3-second file limit', () => {
    const scanned = `${FIXTURES}ocr/form-2021-random-3-150dpi.pdf`;
    const run = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'parse', '--ocr', '--json', '--file-timeout', '3', scanned], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.rule === 'input.unreadable')).toEqual([]);
    expect(report.source.ocr?.pages).toBe(4);
  });
});
