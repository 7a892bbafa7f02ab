import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import type { Report } from '../src/types.js';
import { FIXTURES, fixtureFiles, readJson, reportSchemaErrors, stem } from './helpers.js';

type Expected = Pick<Report, 'title' | 'agency' | 'year' | 'template'> & {
  source: Partial<Report['source']>;
  tables: Report['tables'];
  /** [rule, table, row] of each finding; none when absent. */
  findings?: [string, string, string | null][];
};

describe('parse: composed fixtures in every layout, encoding and script', () => {
  const files = fixtureFiles('parse');
  const names = files.map(stem);

  it('covers both templates in every layout, encoding and script', () => {
    for (const template of ['2019', '2021']) {
      for (const kind of [
        'pipe',
        'markdown',
        'tab',
        'space',
        'cells',
        'utf-8-bom',
        'utf-16le',
        'utf-16le-bom',
        'utf-16be',
        'gb18030',
        'big5',
        'traditional',
        'taiwan',
        'fullwidth',
        'nulls',
        'html-utf-8',
        'html-gbk',
      ]) {
        expect(names).toContain(`${template}-${kind}`);
      }
    }
  });

  it('covers PDFs: ruled and unruled tables, table 三 on one page and over two, labels wrapped in their cells, zero cells left blank', () => {
    expect(files).toEqual(expect.arrayContaining(['2021-pdf.pdf', '2021-pdf-unruled.pdf', '2019-pdf-blank.pdf']));
  });

  it('covers the official form filled in, as .docx and exported by LibreOffice to PDF and .doc: both templates, zeros printed and blank, table 三 cut by page breaks in several places', () => {
    const forms = ['form-2021-printed', 'form-2021-blank', 'form-2021-long', 'form-2021-long-blank', 'form-2019-printed', 'form-2019-blank'];
    expect(files).toEqual(expect.arrayContaining(forms.flatMap((name) => ['pdf', 'docx', 'doc'].map((format) => `${name}.${format}`))));
  });

  it.each(files)('%s: every cell, the metadata and the encoding are right', async (file) => {
    const expected = readJson<Expected>(`${FIXTURES}parse/${stem(file)}.expected.json`);
    const report = await parseReport(readFileSync(`${FIXTURES}parse/${file}`), { path: file });
    expect(report.tables).toEqual(expected.tables);
    expect({ title: report.title, agency: report.agency, year: report.year, template: report.template }).toEqual({
      title: expected.title,
      agency: expected.agency,
      year: expected.year,
      template: expected.template,
    });
    expect(report.source).toMatchObject(expected.source);
    expect(report.findings.map((f) => [f.rule, f.table, f.row])).toEqual(expected.findings ?? []);
    expect(reportSchemaErrors(JSON.parse(JSON.stringify(report)))).toBe('');
  });
});
