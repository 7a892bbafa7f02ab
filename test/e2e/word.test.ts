import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReports, parseReport } from '../../src/index.js';
import { model } from '../../scripts/report-model.js';
import { reportHtml } from '../../scripts/report-text.js';
import { FIXTURES, ROOT } from '../helpers.js';

const parse = async (path: string) => parseReport(readFileSync(path), { path });
const cli = (args: string[]) => spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8' });

describe('Word documents', () => {
  it('the same report as .docx, .doc, PDF, web page and text gives the same tables, each saying which reader read it', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-word-'));
    const copies = ['form-2021-printed.docx', 'form-2021-printed.doc', 'form-2021-printed.pdf', '2021-pipe.txt', '2021-tab.txt'].map((f) =>
      join(FIXTURES, 'parse', f),
    );
    const page = join(dir, 'report.html');
    writeFileSync(page, reportHtml(model('2021'), { charset: 'utf-8', layout: 'pipe' }));
    const reports = await Promise.all([...copies, page].map(parse));
    expect(reports.map((r) => r.source.format)).toEqual(['docx', 'doc', 'pdf', 'text', 'text', 'html']);
    for (const report of reports.slice(1)) expect(report.tables).toEqual(reports[0]!.tables);
    expect(reports[0]!.tables.requests!.rows['total']).toEqual([2898, 53, 0, 0, 61, 4, 3016]);
  });

  it('the blank official form is found, holds no number, and counts as nothing to check: exit 0, 1 with --strict', { timeout: 30_000 }, async () => {
    const form = join(FIXTURES, 'form/official-2021.docx');
    const report = await parse(form);
    expect(report.template).toBe('2021');
    // All three tables found, every cell of them null.
    const cells = (value: unknown): unknown[] => (value !== null && typeof value === 'object' ? Object.values(value).flatMap(cells) : [value]);
    expect(Object.keys(report.tables.active!)).toEqual(['regulations', 'normativeDocs', 'licensing', 'punishment', 'enforcement', 'fees']);
    expect(Object.keys(report.tables.requests!.rows)).toHaveLength(25);
    expect(Object.keys(report.tables.reviews!)).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
    expect(cells([report.tables.active, report.tables.requests!.rows, report.tables.reviews])).toHaveLength(10 + 25 * 7 + 15);
    expect(cells([report.tables.active, report.tables.requests!.rows, report.tables.reviews]).every((cell) => cell === null)).toBe(true);
    expect(report.findings.map((f) => f.rule)).toEqual(['structure.blankTables']);
    const { summary } = checkReports([report]);
    expect(summary).toMatchObject({ files: 1, clean: 0, withErrors: 0, blank: 1, unread: 0, errors: 0 });
    expect(cli(['check', form]).status).toBe(0);
    expect(cli(['check', form]).stdout).toContain('1 个未填写');
    expect(cli(['check', '--strict', form]).status).toBe(1);
  });

  it('a directory walk takes .docx, .doc and .wps, and names the formats it does not read', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-walk-'));
    copyFileSync(join(FIXTURES, 'check/form-clean.docx'), join(dir, 'a.docx'));
    copyFileSync(join(FIXTURES, 'check/form-clean.doc'), join(dir, 'b.doc'));
    // WPS 文字 saves .wps in the Word 97 format: the same bytes under its own name.
    copyFileSync(join(FIXTURES, 'check/form-outcome-cell.doc'), join(dir, 'c.wps'));
    writeFileSync(join(dir, 'd.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml'), Buffer.alloc(64)]));
    writeFileSync(join(dir, 'e.ofd'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('OFD.xml'), Buffer.alloc(64)]));
    const run = cli(['check', dir, '--ndjson']);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: { path: string; format: string | null }; findings: { rule: string; severity: string; message: string }[] });
    expect(lines.map((l) => [l.source.path.split('/').pop(), l.source.format])).toEqual([
      ['a.docx', 'docx'],
      ['b.doc', 'doc'],
      ['c.wps', 'doc'],
      ['d.xlsx', null],
      ['e.ofd', null],
    ]);
    // The same report as .docx and .doc: the second copy is said to be one, and neither has a problem.
    expect(lines.slice(0, 2).map((l) => l.findings.map((f) => f.rule))).toEqual([[], ['continuity.duplicateYear']]);
    expect(lines[1]!.findings[0]!.message).toContain('a.docx');
    expect(
      lines[2]!.findings
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['requests.total']);
    expect(lines[3]!.findings.map((f) => [f.rule, f.message])).toEqual([['input.binary', expect.stringContaining('Excel')]]);
    expect(lines[4]!.findings[0]!.message).toContain('OFD');
    expect(lines[4]!.findings[0]!.message).toContain('另存为 PDF');
  });
});
