import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReports, parseReport } from '../src/index.js';
import { renderChecked } from '../src/render/people.js';
import { REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from '../src/template/index.js';
import type { Report, TableState } from '../src/types.js';
import { CORPUS, checkSchemaErrors, FIXTURES, fixtureFiles, hasCorpus, readJson, stem } from './helpers.js';

interface Expected {
  status: string;
  tables: Record<string, TableState>;
  errors: { rule: string; row: string | null; column: string | null }[];
}

async function checked(path: string): Promise<Report> {
  return checkReports([await parseReport(readFileSync(path), { path })]).files[0]!;
}

describe('the verdict claims only what was checked (fixtures/coverage)', () => {
  it.each(fixtureFiles('coverage'))('%s: the status, each required table’s state, and the errors', async (file) => {
    const expected = readJson<Expected>(`${FIXTURES}coverage/${stem(file)}.expected.json`);
    const result = checkReports([await parseReport(readFileSync(`${FIXTURES}coverage/${file}`), { path: file })]);
    const report = result.files[0]!;
    expect(report.status).toBe(expected.status);
    expect(Object.fromEntries(Object.entries(report.coverage!.tables).map(([key, t]) => [key, t.state]))).toEqual(expected.tables);
    // A table not read whole always says why.
    for (const t of Object.values(report.coverage!.tables)) {
      if (t.state === 'whole') expect(t.reason).toBeNull();
      else expect(t.reason).toMatch(/\S/);
    }
    const errors = report.findings.filter((f) => f.severity === 'error').map(({ rule, row, column }) => ({ rule, row, column }));
    expect(errors).toEqual(expected.errors);
    expect(result.summary.clean).toBe(0);
    expect(checkSchemaErrors(JSON.parse(JSON.stringify(result)))).toBe('');
  });

  it('a report read whole and adding up is 核对无误; the same with a row cut out is 部分核对, naming the rows', async () => {
    expect((await checked(`${FIXTURES}check/clean.txt`)).status).toBe('clean');
    const cut = await checked(`${FIXTURES}coverage/rows-missing.txt`);
    expect(cut.coverage!.tables.requests!.rows).toHaveLength(6);
    expect(renderChecked(cut, { color: false, showTable: false, errorsOnly: false })).toContain('部分核对');
  });

  it('a glued table 四 that no split makes add up says its digits cannot all be right, with the nearest split', async () => {
    const report = await checked(`${FIXTURES}coverage/glued-reviews-total.txt`);
    const finding = report.findings.find((f) => f.rule === 'structure.cellUnreadable' && f.table === 'reviews')!;
    expect(finding.message).toContain('不可能都对');
    expect(finding.detail).toMatchObject({ nearest: [{ group: 'review', total: 6, parts: 5 }] });
  });
});

/** The numbers of one drawn table row, as printed: a suspect's 61→60 is its printed 61, a starred 2898* its 2898. */
function drawnCells(line: string): (number | null)[] {
  const cells = line.split('│').slice(2, -1);
  return cells.map((cell) => {
    const printed = cell.trim().replace(/\*$/, '').split('→')[0]!;
    return printed === '—' ? null : Number(printed);
  });
}

/** Every number `--show-table` draws for tables 三 and 四, row by row, against the cells the parser read. */
function expectDrawnAsParsed(report: Report): number {
  const text = renderChecked(report, { color: false, showTable: true, errorsOnly: false });
  const rows = text.split('\n').filter((l) => l.startsWith('│') && /\d|—/.test(l.split('│').slice(2).join('')));
  const requests = REQUEST_ROWS.filter((def) => report.tables.requests?.rows[def.key]).map((def) =>
    REQUEST_COLUMNS.map((_, i) => report.tables.requests!.rows[def.key]![i] ?? null),
  );
  const reviews = report.tables.reviews ? REVIEW_GROUPS.map((g) => REVIEW_FIELDS.map((f) => report.tables.reviews![g.key][f.key])) : [];
  const shown = report.findings.some((f) => f.table === 'requests' || f.table === 'reviews');
  expect(rows.map(drawnCells)).toEqual(shown ? [...requests, ...reviews] : []);
  return rows.length;
}

describe('--show-table draws the report’s own cells', () => {
  const files = ['check', 'coverage'].flatMap((dir) => fixtureFiles(dir).map((f) => `${FIXTURES}${dir}/${f}`));
  it.each(files)('%s', async (path) => {
    expectDrawnAsParsed(await checked(path));
  });

  it('a suspect cell shows its expected value beside the printed one, other cells of its identities are starred', async () => {
    const text = renderChecked(await checked(`${FIXTURES}check/outcome-cell.txt`), { color: false, showTable: true, errorsOnly: false });
    expect(text).toContain('1290→1288');
    expect(text).toContain('2898*');
    expect(text).not.toMatch(/\d+\*→/);
  });

  it.skipIf(!hasCorpus)(
    'on every report of ../shared/corpus',
    async () => {
      let drawn = 0;
      for (const dir of ['seeds', 'real', 'peer']) {
        for (const name of readdirSync(`${CORPUS}${dir}`).filter((f) => /\.(?:txt|html?|pdf|docx?)$/.test(f)))
          drawn += expectDrawnAsParsed(await checked(`${CORPUS}${dir}/${name}`));
      }
      expect(drawn).toBeGreaterThan(0);
    },
    120_000,
  );
});
