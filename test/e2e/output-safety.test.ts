import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { checkReports, parseReport, parseText } from '../../src/index.js';
import { FIXTURES, ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-safety-'));
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8', cwd });
/** DEL, C0, C1 (CSI), bidirectional overrides, isolates and marks. */
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('what reaches a terminal, a spreadsheet or a script', () => {
  const text = readFileSync(`${FIXTURES}parse/2021-pipe.txt`, 'utf8');
  const agency = '示例市\u001b[2J\u009b31m\u202e\u2066\u200f\u061c\u007f交通运输局';
  const hostile = join(dir, 'controls.txt');
  writeFileSync(hostile, text.replaceAll('示例市交通运输局', agency));

  it.each([['parse', '--json'], ['parse', '--ndjson'], ['parse', '--csv'], ['check', '--json'], ['check'], ['parse'], ['convert']])(
    '%s %s: no raw control or bidirectional character',
    (...args) => {
      const run = cli([...args, hostile]);
      expect(run.stdout).toContain(args[0] === 'check' && args.length === 1 ? '核对无误' : '交通运输局');
      expect(run.stdout).not.toMatch(RAW);
    },
  );

  it('JSON written safely parses to the same report, bidirectional marks and all', async () => {
    const report = JSON.parse(cli(['parse', '--json', hostile]).stdout);
    const inProcess = await parseReport(readFileSync(hostile), { path: hostile });
    expect(report.agency).toBe(inProcess.agency);
    expect(report.agency).toContain('\u202e');
  });

  it('CSV cells that Excel would run as formulas start with an apostrophe; numbers stay numbers', () => {
    writeFileSync(join(dir, '=HYPERLINK(A1).txt'), text.replaceAll('示例市交通运输局', '+示例市交通运输局'));
    const lines = cli(['parse', '--csv', '=HYPERLINK(A1).txt'], dir).stdout.split('\n');
    expect(lines[1]).toMatch(/^'=HYPERLINK\(A1\)\.txt,'\+示例市交通运输局,2023,2021,active,regulations,issued,规章,本年制发件数,1$/);
    expect(lines.some((l) => l.endsWith(',change,-14') || l.endsWith(',-14'))).toBe(false);
  });

  it('a web page saved as UTF-8 that still declares gb2312 is read as the UTF-8 it is, and says so', async () => {
    const page = readFileSync(`${FIXTURES}parse/2021-html-utf-8.html`, 'utf8').replace('<meta charset="utf-8">', '<meta charset="gb2312">');
    const report = await parseReport(Buffer.from(page), { path: 'page.html' });
    expect(report.source.encoding).toBe('utf-8');
    expect(report.agency).toBe('示例市交通运输局');
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([['input.charsetMismatch', '网页声明编码为 gb2312，但内容是 UTF-8，已按 UTF-8 读取。']]);
  });

  it('a count beyond 2^53 makes its row unreadable, never a false error', async () => {
    const huge = text.replace(/(一、本年新收政府信息公开申请数量 \| )\d+/, `$1${'9'.repeat(400)}`);
    expect(huge).not.toBe(text);
    const [checked] = checkReports([await parseText(huge, { path: 'huge.txt' })]).files;
    expect(checked!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checked!.findings.map((f) => [f.rule, f.row])).toContainEqual(['structure.cellUnreadable', 'new']);
  });
});

describe('a slow reader', () => {
  it('holds the run back instead of letting what it has not read pile up in memory', async () => {
    const { Writable } = await import('node:stream');
    const { Output } = await import('../../src/cli/output.js');
    let release: () => void = () => {};
    const slow = new Writable({ highWaterMark: 16, write: (_chunk, _encoding, done) => void (release = done) });
    const out = new Output(slow);
    out.write('x'.repeat(64));
    let drained = false;
    const waiting = out.drained().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drained).toBe(false);
    release();
    await waiting;
    expect(drained).toBe(true);
  });
});

describe('outputs written whole or not at all', () => {
  /** A run stopped by `signal` while it waits on standard input, after it has written its first file's result to `target`. */
  async function stopped(args: string[], target: string, signal: NodeJS.Signals): Promise<number | null> {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', `${FIXTURES}check/clean.txt`, '-', ...args], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    // The first file's result goes into the file being written; the run then waits on standard input.
    for (let waited = 0; waited < 10_000 && !readdirSync(dirname(target)).some((f) => f.endsWith('.partial')); waited += 50) await sleep(50);
    child.kill(signal);
    return new Promise((resolve) => child.on('exit', (_code, s) => resolve(s === signal ? 128 : _code)));
  }

  it.each([
    [['--ndjson', '-o'], 'SIGTERM'],
    [['--report-csv', '-o'], 'SIGINT'],
    [['--csv', '-o'], 'SIGHUP'],
  ] as const)(
    '%j FILE stopped by %s: the old file stays, nothing half-written is left',
    async (args, signal) => {
      const folder = mkdtempSync(join(tmpdir(), 'gd-stopped-'));
      const target = join(folder, 'results');
      writeFileSync(target, 'the old results\n');
      expect(await stopped([...args, target], target, signal)).toBe(128);
      expect(readdirSync(folder)).toEqual(['results']);
      expect(readFileSync(target, 'utf8')).toBe('the old results\n');
    },
    30_000,
  );

  it('a run that ends writes the whole file under its name, and no other file beside it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gd-whole-'));
    const target = join(folder, 'results.ndjson');
    expect(cli(['check', `${FIXTURES}check/clean.txt`, `${FIXTURES}check/new-cell.txt`, '--ndjson', '-o', target]).status).toBe(1);
    expect(readdirSync(folder)).toEqual(['results.ndjson']);
    expect(readFileSync(target, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('a full disk is exit 2 with one line, not a cut file that looks complete', () => {
    const run = cli(['check', `${FIXTURES}check/clean.txt`, '--json', '-o', '/dev/full']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('磁盘已满');
  });
});
