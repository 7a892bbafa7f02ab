import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/run/limits.js';
import { readerFlags } from '../../src/run/sandbox.js';
import { ROOT } from '../helpers.js';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const patches = parsePatch(readFileSync(`${ROOT}patches/pdfjs-dist.patch`, 'utf8'));

/** What a process launched with `flags` finds when it loads pdfjs as the tool does. */
function loaded(flags: string[]): { rejected: boolean[]; scripts: number; canvas: boolean } {
  const probe = `
    const { compiledScripts } = await import(${JSON.stringify(`${ROOT}dist/text/pdf/compiled.js`)});
    const { readPdf } = await import(${JSON.stringify(`${ROOT}dist/text/pdf/load.js`)});
    await readPdf(new Uint8Array(0)).catch(() => {});
    const { createRequire } = await import('node:module');
    const canvas = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('@napi-rs'));
    console.log(JSON.stringify({ rejected: [...compiledScripts.values()].map((s) => s.cachedDataRejected), scripts: compiledScripts.size, canvas }));`;
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', probe], { encoding: 'utf8' })) as ReturnType<typeof loaded>;
}

describe("the build's pdfjs", () => {
  it('is the installed pdfjs changed by patches/pdfjs-dist.patch, each hunk saying why; a hunk that no longer applies is refused', () => {
    expect(patches.map((p) => p.oldFileName)).toEqual(['a/legacy/build/pdf.mjs', 'a/legacy/build/pdf.worker.mjs']);
    for (const patch of patches) {
      const source = readFileSync(join(PDFJS, patch.oldFileName!.slice(2)), 'utf8');
      expect(applyPatch(source, patch)).not.toBe(false);
      for (const hunk of patch.hunks) expect(hunk.lines.some((line) => line.startsWith('+') && line.includes('gov-disclose:'))).toBe(true);
      // pdfjs changed a line the first hunk stands on: the patch does not apply, and the build stops.
      const [hunk] = patch.hunks;
      const standsOn = hunk!.oldStart - 1 + hunk!.lines.filter((line) => !line.startsWith('+')).findIndex((line) => line.trim() !== '');
      const lines = source.split('\n');
      lines[standsOn] += ' ';
      expect(applyPatch(lines.join('\n'), patch)).toBe(false);
    }
  });

  it('loads from the code cache the build made, in a reader child, and loads no canvas', { timeout: 60_000 }, () => {
    const child = loaded(readerFlags(DEFAULT_LIMITS));
    expect(child).toEqual({ rejected: [false, false], scripts: 2, canvas: false });
    // Under other flags V8 refuses the cache, and pdfjs compiles as it loads: the same pdfjs, slower.
    expect(loaded(['--max-old-space-size=999']).rejected).toEqual([true, true]);
  });
});
