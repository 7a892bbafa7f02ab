import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeMutants } from '../../scripts/make-mutants.js';
import { reportSchemaErrors, ROOT } from '../helpers.js';

/** A few hundred in CI; more by hand: FUZZ_CASES=3000 FUZZ_SEED=7 npx vitest run test/fuzz.test.ts */
const CASES = Number(process.env.FUZZ_CASES ?? 240);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

describe('fuzz: mutated PDFs, Word files, web pages and text', () => {
  it(`${CASES} mutants (seed ${SEED}): one valid result each, no process exit, no stack trace`, { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-fuzz-'));
    const names: string[] = makeMutants(dir, CASES, SEED);
    const run = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', dir, '--ndjson', '--file-timeout', '20', '--max-file-memory', '600'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // Mutants may add up or not; a run that crashed or lost files would end otherwise.
    expect([0, 1]).toContain(run.status);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: { path: string }; findings: { message: string }[] });
    expect(lines.map((l) => l.source.path.split('/').pop())).toEqual(names);
    for (const line of lines) {
      expect(reportSchemaErrors(line)).toBe('');
      for (const finding of line.findings) expect(finding.message).not.toMatch(/undefined|NaN|^$/);
    }
  });
});
