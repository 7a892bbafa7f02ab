import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReports, parseReport, parseText } from '../src/index.js';
import type { Suspect } from '../src/types.js';
import { checkSchemaErrors, FIXTURES, fixtureFiles, readJson, stem } from './helpers.js';

interface Expected {
  findings: { rule: string; row: string | null; column: string | null }[];
  /** The one cell that explains every finding. */
  suspect: Suspect | null;
  /** Two unrelated errors: the suspect per finding, keyed rule/column (balance and total findings). */
  suspects: Record<string, Suspect> | null;
}

/** The warnings a fixture may be about: a sentence of uncertain scope, a sentence of another year. */
const ABOUT = new Set(['prose.tableScope', 'year.stated']);

async function parseFixture(path: string) {
  return parseReport(readFileSync(`${FIXTURES}${path}`), { path });
}

describe('check: fixtures with one injected error each', () => {
  it.each(fixtureFiles('check'))('%s: exactly the expected findings, and the wrong cell named', async (file) => {
    const expected = readJson<Expected>(`${FIXTURES}check/${stem(file)}.expected.json`);
    const result = checkReports([await parseFixture(`check/${file}`)]);
    const all = result.files[0]!.findings;
    // Glued fixtures also say that their cells were recovered; those warnings are not what is checked here.
    expect(all.filter((f) => f.severity === 'warning' && !/^structure\.(?:recoveredCells|ambiguousCells)$/.test(f.rule))).toEqual(
      all.filter((f) => ABOUT.has(f.rule)),
    );
    // Errors, and the warnings a sentence of uncertain scope or of another year gives, are what each fixture is about.
    const findings = all.filter((f) => f.severity === 'error' || ABOUT.has(f.rule));
    // The broken identities, each inside the one finding of the wrong cell that breaks it.
    const located = findings.flatMap((f) => [
      { rule: f.rule, row: f.row, column: f.column },
      ...((f.detail as { identities?: { rule: string; row: string | null; column: string | null }[] }).identities ?? []).map(({ rule, row, column }) => ({
        rule,
        row,
        column,
      })),
    ]);
    expect(located).toEqual(expect.arrayContaining(expected.findings));
    expect(located).toHaveLength(expected.findings.length);
    for (const f of findings) {
      expect(f.severity).toBe(ABOUT.has(f.rule) ? 'warning' : 'error');
      if (expected.suspect) expect(f.suspect).toEqual(expected.suspect);
      const keyed = expected.suspects?.[`${f.rule}/${f.column}`];
      if (keyed) expect(f.suspect).toEqual(keyed);
    }
    // One wrong cell is one error, however many identities it breaks.
    const errors = findings.filter((f) => f.severity === 'error');
    const cells = new Set(errors.filter((f) => f.suspect).map((f) => `${f.suspect!.row}/${f.suspect!.column}`));
    expect(cells.size).toBe(errors.filter((f) => f.suspect).length);
    if (expected.suspect) expect(errors).toHaveLength(1);
    expect(result.summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(checkSchemaErrors(JSON.parse(JSON.stringify(result)))).toBe('');
  });

  it('names the labels, both sides and the difference in the message', async () => {
    const result = checkReports([await parseFixture('check/outcome-cell.txt')]);
    const total = result.files[0]!.findings.find((f) => f.rule === 'requests.total')!;
    expect(total.message).toContain('「自然人」列');
    expect(total.message).toContain('（七）总计 2898');
    expect(total.message).toContain('2900');
    expect(total.message).toContain('相差 2');
    expect(total.message).toContain('「三、本年度办理结果（一）予以公开」「自然人」：印为 1290，应为 1288');
  });

  it('gives one continuity.carryover error, on whichever year comes second, when carry-over disagrees', async () => {
    const later = await parseFixture('check/carryover/2023.txt');
    const earlier = await parseFixture('check/carryover/2022.txt');
    const inYearOrder = checkReports([earlier, later]);
    expect(inYearOrder.files[0]!.findings).toEqual([]);
    const onLater = inYearOrder.files[1]!.findings;
    expect(onLater.map((f) => [f.rule, f.row, f.column, f.left, f.right])).toEqual([['continuity.carryover', 'carriedOver', 'natural', 4, 5]]);
    expect(onLater[0]!.message).toContain('2022');
    // Streamed output cannot add to a report already written: the same mismatch, told on 2022.
    const reversed = checkReports([later, earlier]);
    expect(reversed.files[0]!.findings).toEqual([]);
    expect(reversed.files[1]!.findings.map((f) => [f.rule, f.row, f.column, f.left, f.right])).toEqual([
      ['continuity.carryover', 'carriedForward', 'natural', 5, 4],
    ]);
  });

  it('does not chain different agencies; a year held twice is said, and each copy is compared', async () => {
    const later = await parseFixture('check/carryover/2023.txt');
    const earlier = await parseFixture('check/carryover/2022.txt');
    const office = { ...earlier, agency: `${earlier.agency!.replace('局', '')}办公室` };
    expect(checkReports([later, office]).summary.errors).toBe(0);
    const copy = { ...later, source: { ...later.source, path: 'copy.pdf' } };
    const { files } = checkReports([earlier, later, copy]);
    // Errors first, then the note.
    expect(files[2]!.findings.map((f) => f.rule)).toEqual(['continuity.carryover', 'continuity.duplicateYear']);
    expect(files[2]!.findings[1]!.message).toContain('carryover/2023.txt');
    expect(files[1]!.findings.map((f) => f.rule)).toEqual(['continuity.carryover']);
  });

  it('text repeated word for word from the year before is a note on whichever year comes second; text written anew is none', async () => {
    const [earlier, later] = await Promise.all([parseFixture('check/copied/2022.txt'), parseFixture('check/copied/2023.txt')]);
    const onLater = checkReports([earlier, later]).files[1]!.findings;
    expect(onLater.map((f) => [f.rule, f.severity])).toEqual([['continuity.copied', 'info']]);
    expect(onLater[0]!.detail).toMatchObject({ direction: 'fromPrevious', otherYear: 2022, percent: 100, sections: ['一、总体情况'] });
    expect(onLater[0]!.message).toContain('与 2022 年报告（');
    const onEarlier = checkReports([later, earlier]).files[1]!.findings;
    expect(onEarlier.map((f) => f.rule)).toEqual(['continuity.copied']);
    expect(onEarlier[0]!.message).toMatch(/^2023 年报告（.*copied\/2023\.txt）正文有 100%/);
    const rewritten = checkReports(await Promise.all([parseFixture('check/rewritten/2022.txt'), parseFixture('check/rewritten/2023.txt')]));
    expect(rewritten.files.flatMap((r) => r.findings)).toEqual([]);
  });

  it('a report signed after its deadline gets a note, one signed in time nothing; a department has until 1月31日', async () => {
    const late = checkReports([await parseFixture('check/date-late.txt')]).files[0]!.findings;
    expect(late.map((f) => [f.rule, f.severity])).toEqual([['date.late', 'info']]);
    expect(late[0]!.message).toContain('2024年1月31日');
    expect(checkReports([await parseFixture('check/date-in-time.txt')]).files[0]!.findings).toEqual([]);
  });

  it('two applicant columns off by +3 and −3 while 总计 holds: a note says 3 applications seem filed under the wrong kind', async () => {
    const findings = checkReports([await parseFixture('check/wrong-column.txt')]).files[0]!.findings;
    const note = findings.find((f) => f.rule === 'requests.wrongColumn');
    expect(note).toMatchObject({ severity: 'info', left: 3 });
    expect(note!.message).toContain('「自然人」列收到的比办理的多 3 件，「商业企业」列办理的比收到的多 3 件');
    // One column off alone is no such thing.
    expect(checkReports([await parseFixture('check/new-cell.txt')]).files[0]!.findings.map((f) => f.rule)).not.toContain('requests.wrongColumn');
  });

  it("table 二's stock that does not run on from last year is a warning on the later year", async () => {
    const { files } = checkReports([await parseFixture('check/stock/2022.txt'), await parseFixture('check/stock/2023.txt')]);
    expect(files[0]!.findings).toEqual([]);
    expect(files[1]!.findings.map((f) => [f.rule, f.severity, f.row, f.left, f.right])).toEqual([['continuity.stock', 'warning', 'normativeDocs', 50, 48]]);
  });

  it('a 2021 report whose 五、存在的主要问题及改进情况 heading is missing gets a note naming it; the clean one none', async () => {
    const findings = checkReports([await parseFixture('check/form-sections.txt')]).files[0]!.findings;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['form.sections', 'info']]);
    expect(findings[0]!.message).toContain('第 5 部分的标题未找到');
    expect(checkReports([await parseFixture('check/clean.txt')]).files[0]!.findings).toEqual([]);
  });

  it('a date inside the body, or the statistics period wrapped onto its line, is no signature', async () => {
    const clean = readFileSync(`${FIXTURES}check/clean.txt`, 'utf8');
    for (const inside of [
      '2023年12月20日 市政府召开政务公开工作会议，部署年度报告编制。',
      '所列数据统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。',
    ]) {
      const report = await parseText(clean.replace('一、总体情况\n', `一、总体情况\n${inside}\n`), { path: 'x.txt' });
      expect(report.prose.filter((f) => f.key === 'date.signed')).toEqual([]);
    }
  });
});
