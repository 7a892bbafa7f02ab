import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCrashers } from '../../scripts/make-crashers.js';
import { FIXTURES, ROOT } from '../helpers.js';

const BIN = `${ROOT}bin/gov-disclose.js`;
const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-crashers-'));
/**
 * Limits well above what any good report takes (< 2 s, < 300 MB even on a busy machine), well
 * below what the crashers would: the run's bound is the good files' time plus ten seconds for
 * each bad file that runs out the clock.
 */
const LIMITS = ['--max-file-memory', '400', '--file-timeout', '10'];

interface Line {
  source: { path: string };
  findings: { rule: string; severity: string; message: string }[];
}

/** The built CLI in a process of its own: whatever happens, the test sees how it ended. */
function cli(args: string[], stdout: 'pipe' | number = 'pipe'): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', stdout, 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout: out, stderr: err }));
  });
}

const GOOD = readdirSync(`${FIXTURES}parse`).filter((f) =>
  /^20(19|21)-(pipe|tab|space|cells|gb18030|html-utf-8)\.(txt|html)$|^form-2021-(printed|blank)\.pdf$/.test(f),
);
/** What each bad input must come to: its one finding. */
const BAD: Record<string, string> = {
  'font-widths.pdf': 'input.unreadable',
  'page-tree.pdf': 'input.unreadable',
  'flate-bomb.pdf': 'input.unreadable',
  'page-dag.pdf': 'input.unreadable',
  'deep-nesting.html': 'none',
  'glued-digits.txt': 'structure.ambiguousCells',
  'span-grid.html': 'none',
};

describe('one bad file costs one file', () => {
  beforeAll(() => {
    makeCrashers(dir);
    for (const file of GOOD) copyFileSync(`${FIXTURES}parse/${file}`, join(dir, file));
  });

  it.each([['1'], ['2']])(
    'with %s worker(s): every good report its normal result, each bad one its finding, exit 0, no stack trace',
    { timeout: 180_000 },
    async (jobs) => {
      const run = await cli(['check', dir, '--ndjson', '--jobs', jobs, ...LIMITS]);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.status).toBe(0);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Line);
      const byName = new Map(lines.map((l) => [l.source.path.split('/').pop()!, l]));
      expect([...byName.keys()].sort()).toEqual([...GOOD, ...Object.keys(BAD)].sort());
      // Notes aside (good files that are copies of one agency's year say so): no finding at all.
      for (const file of GOOD)
        expect(
          byName.get(file)!.findings.filter((f) => f.severity !== 'info'),
          file,
        ).toEqual([]);
      for (const [file, rule] of Object.entries(BAD)) {
        const rules = byName.get(file)!.findings.map((f) => f.rule);
        if (rule === 'none')
          expect(
            rules.filter((r) => r.startsWith('input.')),
            file,
          ).toEqual([]);
        else expect(rules, file).toContain(rule);
      }
      // Each reason is named: time, memory or a damaged file.
      for (const file of ['font-widths.pdf', 'page-tree.pdf', 'flate-bomb.pdf', 'page-dag.pdf'])
        expect(byName.get(file)!.findings[0]!.message, file).toMatch(/内存|超时|损坏|无法解析/);
      // The report inside five thousand unclosed tags is read whole.
      expect(byName.get('deep-nesting.html')!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    },
  );

  it('output that cannot be written (a full disk) gives one message and exit 2', { timeout: 30_000 }, async () => {
    const { openSync } = await import('node:fs');
    const run = await cli(['check', `${FIXTURES}check/clean.txt`], openSync('/dev/full', 'w'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['gov-disclose: 无法写出结果：磁盘已满']);
  });
});
