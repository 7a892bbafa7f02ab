import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

/**
 * The second round of hostile inputs (../shared/hostile/round2, F1–F10), each held by a test of
 * ours that makes its own input: every good file read, a finding for each bad one, no stack trace.
 */
const scratch = mkdtempSync(join(tmpdir(), 'gd-round2-'));
const clean = `${FIXTURES}check/clean.txt`;
const cli = (args: string[], timeout = 60_000) =>
  spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8', timeout, maxBuffer: 64 * 2 ** 20 });
const ndjson = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { source: { path: string }; findings: { rule: string; message: string }[] });
const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

describe('F3: output that cannot be written is exit 2 with one line', () => {
  it.each([[['check', clean, '--ndjson']], [['parse', `${FIXTURES}check/form-clean.pdf`, '--json']], [['convert', clean]]])('%j -o /dev/full', (args) => {
    const run = cli([...args, '-o', '/dev/full']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('磁盘已满')]);
  });
});

describe('F6: sizes counted as read; pipes and devices never block the run', () => {
  it('a FIFO, a device and a /proc file that reports size 0 each get a finding; the good file between them is read', () => {
    const fifo = join(scratch, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const run = cli(['check', fifo, clean, '/dev/zero', '/proc/self/pagemap', '--max-file-size', '5', '--ndjson'], 30_000);
    expect(run.status).toBe(0);
    const reports = ndjson(run.stdout);
    expect(reports.map((r) => r.findings.map((f) => f.rule))).toEqual([['input.unreadable'], [], ['input.unreadable'], ['input.unreadable']]);
    expect(reports[0]!.findings[0]!.message).toContain('管道');
    expect(reports[2]!.findings[0]!.message).toContain('设备');
    expect(reports[3]!.findings[0]!.message).toContain('过大');
  });
});

describe('F8: outputs known by device and inode', () => {
  it('-o through a symbolic or a hard link to an input is refused, and the input is unchanged', () => {
    const dir = join(scratch, 'alias');
    mkdirSync(dir);
    const report = join(dir, 'report.txt');
    cpSync(clean, report);
    symlinkSync('report.txt', join(dir, 'soft.txt'));
    linkSync(report, join(dir, 'hard.txt'));
    for (const name of ['soft.txt', 'hard.txt']) {
      const run = cli(['check', report, '--ndjson', '-o', join(dir, name)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('不会写入所读的文件');
    }
    expect(readFileSync(report)).toEqual(readFileSync(clean));
  });

  it('check DIR -o DIR/results.txt never reads its own results, on the second run as on the first', () => {
    const dir = join(scratch, 'self');
    mkdirSync(dir);
    cpSync(clean, join(dir, 'clean.txt'));
    for (let i = 0; i < 2; i++) expect(cli(['check', dir, '--ndjson', '-o', join(dir, 'results.txt')]).status).toBe(0);
    expect(readFileSync(join(dir, 'results.txt'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['clean.txt', 'results.txt']);
  });
});

describe('F10: NDJSON has one record a line for any line splitter', () => {
  it('U+2028 and U+2029 in a file name are escaped', () => {
    const dir = join(scratch, 'separators');
    mkdirSync(dir);
    cpSync(clean, join(dir, 'a\u2028b\u2029c.txt'));
    const run = cli(['check', dir, '--ndjson']);
    expect(run.stdout).not.toMatch(/[\u2028\u2029]/);
    expect(ndjson(run.stdout)[0]!.source.path).toContain('a\u2028b\u2029c.txt');
    expect(run.stderr).not.toMatch(STACK);
  });
});
