import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

const run = promisify(execFile);
const PDFS = ['parse/form-2021-blank.pdf', 'parse/2021-pdf-unruled.pdf', 'check/form-two-errors.pdf', 'hostile/scanned.pdf'].map((f) => `${FIXTURES}${f}`);

/** The built CLI (npm test builds first), optionally as if @napi-rs/canvas were not installed. */
async function checkJson(withoutCanvas: boolean): Promise<{ stdout: string; stderr: string }> {
  const preload = withoutCanvas ? ['--require', `${ROOT}test/e2e/support/no-canvas.cjs`] : [];
  try {
    return await run(process.execPath, [...preload, `${ROOT}bin/gov-disclose.js`, 'check', '--json', ...PDFS]);
  } catch (error) {
    // check exits 1 when it finds errors, as form-two-errors.pdf has.
    const { stdout, stderr, code } = error as { stdout: string; stderr: string; code: number };
    if (code !== 1) throw error;
    return { stdout, stderr };
  }
}

describe('PDF without the optional native canvas package', () => {
  it('reads every PDF exactly as with it, and says nothing about the missing package', { timeout: 60_000 }, async () => {
    const [without, withCanvas] = await Promise.all([checkJson(true), checkJson(false)]);
    expect(without.stderr).toBe('');
    const result = JSON.parse(without.stdout);
    expect(result.summary.files).toBe(PDFS.length);
    const file = (name: string) => result.files.find((f: { source: { path: string } }) => f.source.path.endsWith(name));
    expect(file('form-2021-blank.pdf').tables.requests.rows.new).toEqual([2967, 53, null, null, 61, 4, 3085]);
    expect(
      file('form-two-errors.pdf')
        .findings.filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { rule: string }) => f.rule)
        .sort(),
    ).toEqual(['requests.balance', 'requests.total']);
    expect(file('scanned.pdf').findings.map((f: { rule: string }) => f.rule)).toEqual(['input.noText']);
    expect(without.stdout).toBe(withCanvas.stdout);
  });
});
