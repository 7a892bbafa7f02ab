import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport, columnLabel, parseReport, parseText, rowLabel } from '../../src/index.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** The real binary, as users run it. */
const cli = (args: string[]) => spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8' });
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };

describe('the CLI people expect', { timeout: 30_000 }, () => {
  it('--version prints the version; help and usage errors are in Chinese and exit 2', () => {
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    expect(cli(['check', '--help']).stdout).toMatch(/用法：[\s\S]*选项：[\s\S]*--strict +有警告时退出码也为 1/);
    const unknown = cli(['check', '--bogus', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('错误：没有选项 --bogus');
    expect(cli(['chek']).stderr).toContain('是不是 check');
  });

  it('--jobs takes a positive integer only, and a large one is capped rather than starting a thousand threads', () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      const run = cli(['check', '--jobs', bad, `${FIXTURES}check/clean.txt`]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('应为正整数');
    }
    const many = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, `${ROOT}bin/gov-disclose.js`, 'check', '--jobs', '1000', `${FIXTURES}check/clean.txt`],
      { encoding: 'utf8' },
    );
    expect(many.status).toBe(0);
    // A thousand threads took 9 GB; twice the cores take a few hundred MB at most.
    expect(Number(many.stderr.trim().split('\n').at(-1)) / 1024).toBeLessThan(1024);
  });

  it('the walk skips node_modules and hidden folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-skip-'));
    for (const folder of ['node_modules/pkg', '.git', 'reports']) mkdirSync(join(dir, folder), { recursive: true });
    for (const folder of ['node_modules/pkg', '.git', 'reports']) copyFileSync(`${FIXTURES}parse/2021-pipe.txt`, join(dir, folder, 'a.txt'));
    const paths = cli(['parse', dir, '--ndjson'])
      .stdout.trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { source: { path: string } }).source.path.slice(dir.length));
    expect(paths).toEqual(['/reports/a.txt']);
  });

  it('parse --json gives an array for a directory, even of one file, and the report itself for one file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-one-'));
    copyFileSync(`${FIXTURES}parse/2021-pipe.txt`, join(dir, 'a.txt'));
    expect(Array.isArray(JSON.parse(cli(['parse', dir, '--json']).stdout))).toBe(true);
    expect(Array.isArray(JSON.parse(cli(['parse', join(dir, 'a.txt'), '--json']).stdout))).toBe(false);
  });

  it('--xlsx writes a workbook in Chinese, header bold, frozen and filtered, whose cells sheet holds every cell parse --json gives', async () => {
    const { default: JSZip } = await import('jszip');
    const out = join(mkdtempSync(join(tmpdir(), 'gov-disclose-xlsx-')), 'run.xlsx');
    const file = `${FIXTURES}check/clean.txt`;
    expect(cli(['check', file, '--xlsx', out]).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = [...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['报告', '发现', '单元格']);
    const shared = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!);
    const sheet = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    // A cell is placed by its reference (A2, J2): blank cells are not written at all.
    const rows = [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const cells: (string | number | null)[] = Array(8).fill(null);
      for (const c of row[1]!.matchAll(/<c r="([A-Z])\d+"(?: s="\d+")?( t="s")?[^>]*><v>([^<]*)<\/v><\/c>/g))
        cells[c[1]!.charCodeAt(0) - 65] = c[2] ? shared[Number(c[3])]! : Number(c[3]);
      return cells;
    });
    // For people: Chinese headers and names, no columns of keys.
    expect(rows[0]).toEqual(['文件', '机关', '年度', '格式', '表', '行', '列', '数值']);
    const report = JSON.parse(cli(['parse', file, '--json']).stdout) as { tables: { requests: { rows: Record<string, number[]> } } };
    const total = rows.find((r) => r[4] === '表三' && r[5] === rowLabel('requests', 'total') && r[6] === columnLabel('requests', 'total'));
    expect(total?.at(-1)).toBe(report.tables.requests.rows['total']!.at(-1));
    expect(rows.filter((r) => r[4] === '表三')).toHaveLength(Object.keys(report.tables.requests.rows).length * 7);
    expect(rows[1]![3]).toBe('2021 年版');
    // The header row is bold (a style of its own), frozen, and carries the filter buttons.
    expect(sheet).toMatch(/<c r="A1" s="[1-9]\d*"/);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<autoFilter ref="A1:H\d+"\/>/);
  });
});

describe('the library', () => {
  it('checkReport applied twice gives the same findings, not twice as many', async () => {
    const report = await parseReport(readFileSync(`${FIXTURES}check/outcome-cell.txt`));
    const once = checkReport(report);
    expect(once.findings.length).toBeGreaterThan(0);
    expect(checkReport(once).findings).toEqual(once.findings);
  });

  it('a path is never taken for report text: parseReport takes bytes, parseText takes text', async () => {
    await expect(parseReport('fixtures/check/clean.txt' as unknown as Uint8Array)).rejects.toThrow(/parseText/);
    const report = await parseText(readFileSync(`${FIXTURES}check/clean.txt`, 'utf8'));
    expect(report.tables.requests).not.toBeNull();
  });
});

describe('installed as a command', () => {
  it('npm install -g from the clone gives a gov-disclose command that runs anywhere', { timeout: 180_000 }, () => {
    const prefix = mkdtempSync(join(tmpdir(), 'gov-disclose-global-'));
    const install = spawnSync('npm', ['install', '-g', ROOT, '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync(join(prefix, 'bin/gov-disclose'), ['check', join(FIXTURES, 'demo')], { encoding: 'utf8', cwd: tmpdir() });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('5 个文件：2 个核对无误，2 个有错，1 个未读出');
  });
});
