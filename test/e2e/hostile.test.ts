import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport, FINDING_IDS, parseReport, parseText } from '../../src/index.js';
import { makeHostile } from '../../scripts/make-hostile.js';
import { expectedTables, model } from '../../scripts/report-model.js';
import { reportText } from '../../scripts/report-text.js';
import { reportPdf } from '../../scripts/report-pdf.js';
import { ROOT } from '../helpers.js';

const BIN = `${ROOT}bin/gov-disclose.js`;
const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-hostile-'));

interface Line {
  source: { path: string };
  findings: { rule: string; severity: string }[];
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function checksums(root: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) sums.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return sums;
}

describe('hostile and broken input', () => {
  let lines: Line[] = [];
  let run: ReturnType<typeof cli>;
  let before: Map<string, string>;

  beforeAll(() => {
    makeHostile(dir, { all: true });
    before = checksums(dir);
    run = cli(['check', dir, '--ndjson']);
    lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
  }, 120_000);

  const rulesOf = (name: string): string[] => lines.find((l) => l.source.path === join(dir, name))!.findings.map((f) => f.rule);

  it('answers every input exactly once; a dangling link is exit 2, with no stack trace', () => {
    const paths = lines.map((l) => l.source.path);
    expect(new Set(paths).size).toBe(paths.length);
    const expected = [...before.keys(), 'dangling.txt', 'folder.txt/report.txt', 'loop/inside.txt'].map((n) => join(dir, n)).sort();
    expect([...paths].sort()).toEqual(expected);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dangling.txt');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['empty.txt', 'input.empty'],
    ['image.txt', 'input.noText'],
    ['random.txt', 'input.binary'],
    ['invalid-utf8.txt', 'input.invalidBytes'],
    ['mixed-encodings.txt', 'input.mixedEncoding'],
    ['truncated.txt', 'structure.tableTruncated'],
    ['not-a-report.txt', 'structure.unknownFormat'],
    ['single-line-10mb.txt', 'structure.unknownFormat'],
    ['dangling.txt', 'input.unreadable'],
    ['scanned.pdf', 'input.noText'],
    ['damaged.pdf', 'input.unreadable'],
    ['truncated.pdf', 'input.unreadable'],
  ])('%s gives %s', (name, rule) => {
    expect(rulesOf(name)).toContain(rule);
  });

  it.each(['nul-bytes.txt', 'report-50mb.txt', '名字 带空格.txt', 'name\nwith newline.txt', 'escape-sequences.txt', 'invalid-utf8.txt', 'mixed-encodings.txt'])(
    '%s is still read as the report it is',
    (name) => {
      const line = lines.find((l) => l.source.path === join(dir, name)) as unknown as { tables: { requests: unknown }; findings: { severity: string }[] };
      expect(line.tables.requests).not.toBeNull();
      expect(line.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('never writes to its inputs', () => {
    expect(checksums(dir)).toEqual(before);
  });

  it('a file given as a directory, and a missing path, are exit 2; a directory named like a file is walked', () => {
    const file = join(dir, 'empty.txt');
    expect(cli(['check', `${file}/`]).status).toBe(2);
    expect(cli(['check', join(dir, 'folder.txt')]).status).toBe(0);
  });

  it('shows escape sequences from a report escaped, never raw', () => {
    const shown = spawnSync(process.execPath, [BIN, 'parse', join(dir, 'escape-sequences.txt'), join(dir, 'name\nwith newline.txt'), '--color'], {
      encoding: 'utf8',
    });
    expect(shown.stdout).not.toMatch(/\u001b\]|\u001b\[2J|\u0007|\r/);
    expect(shown.stdout).toContain('name\\u000awith newline.txt');
  });

  it('stops quietly when its reader goes away', () => {
    const piped = spawnSync('bash', ['-c', `node "${BIN}" check "${dir}" --ndjson | head -1`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(piped.stdout.split('\n').filter((l) => l)).toHaveLength(1);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('the whole pipeline, properties', () => {
  it('any bytes give a report whose findings are all catalogued and worded, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const report = checkReport(await parseReport(bytes, { path: 'x' }));
        expect(report.source.bytes).toBe(bytes.length);
        for (const f of report.findings) {
          expect(FINDING_IDS).toContain(f.rule);
          expect(f.message).toMatch(/。$/);
          expect(f.message).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any text gives a report whose findings are all catalogued and worded, never a throw', async () => {
    const table = fc.constantFrom(
      '三、收到和处理政府信息公开申请情况\n',
      '（七）总计',
      ' | ',
      '\t',
      '本年新收',
      '1,468',
      '—',
      '\n',
      '其他',
      '3.其他',
      '四、结转下年度继续办理 ',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(table, fc.string()), { maxLength: 60 }), async (parts) => {
        const report = checkReport(await parseText(parts.join(''), { path: 'x' }));
        for (const f of report.findings) {
          expect(FINDING_IDS).toContain(f.rule);
          expect(f.message).toMatch(/。$/);
          expect(f.message).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a valid table in any layout gives back the same numbers', async () => {
    const parts = fc.array(fc.nat({ max: 3000 }), { minLength: 6, maxLength: 6 });
    const withTotal = (p: number[]): number[] => [...p, p.reduce((a, b) => a + b, 0)];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('2019', '2021'),
        fc.constantFrom('pipe', 'markdown', 'tab', 'space', 'cells'),
        fc.boolean(),
        fc.array(parts, { minLength: 26, maxLength: 26 }),
        async (template, layout, fullWidth, values) => {
          const m = model(template);
          const rows = Object.fromEntries(Object.keys(m.requests).map((key, i) => [key, withTotal(values[i]!)]));
          const composed = { ...m, requests: rows };
          const report = await parseText(reportText(composed, { layout, fullWidth }), { path: 'x' });
          expect(report.tables).toEqual(expectedTables(composed));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a valid table as a PDF, zeros printed or left blank, on one page or over two, gives back the same numbers', async () => {
    const cell = fc.oneof(fc.constant(0), fc.nat({ max: 30000 }));
    const parts = fc.array(cell, { minLength: 6, maxLength: 6 });
    const withTotal = (p: number[]): number[] => [...p, p.reduce((a, b) => a + b, 0)];
    const blank = (row: number[]): (number | null)[] => row.map((v) => (v === 0 ? null : v));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('2019', '2021'),
        fc.boolean(),
        fc.constantFrom(null, 'requests'),
        fc.array(parts, { minLength: 26, maxLength: 26 }),
        async (template, blankZeros, breakBefore, values) => {
          const m = model(template);
          // A table with no number at all gives no columns to place blanks in: at least one is printed.
          values[0]![0] ||= 1;
          const rows = Object.fromEntries(Object.keys(m.requests).map((key, i) => [key, withTotal(values[i]!)]));
          const composed = { ...m, requests: rows };
          const report = await parseReport(reportPdf(composed, { blankZeros, breakBefore }), { path: 'x.pdf' });
          const printed = blankZeros ? Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, blank(v)])) : rows;
          expect(report.tables.requests?.rows).toEqual(printed);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
