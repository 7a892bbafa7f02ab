import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { earlyPreload } from '../../src/cli/early-reader.js';
import { DEFAULT_LIMITS } from '../../src/run/limits.js';
import type { DocumentSandbox as Sandbox, Preload } from '../../src/run/sandbox.js';
import { FIXTURES } from '../helpers.js';

const PDF = `${FIXTURES}parse/form-2021-printed.pdf`;
const DOCX = `${FIXTURES}parse/form-2019-blank.docx`;
const TEXT = `${FIXTURES}parse/2019-pipe.txt`;

// The child forks the built sandbox-child.js: the sandbox is the built one (npm test builds first).
const built = (await import(new URL('../../dist/run/sandbox.js', import.meta.url).href)) as {
  DocumentSandbox: typeof Sandbox;
  startReaderEarly: (preload: readonly Preload[]) => ChildProcess;
};

const ended = (child: ChildProcess): Promise<string | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.signalCode)
    : new Promise((resolve) => child.once('exit', (_, signal) => resolve(signal)));

describe('the reader child a command starts before the CLI loads', () => {
  it('is started for check and parse of a few PDF or Word files, with what their first one needs', () => {
    expect(earlyPreload(['parse', PDF, '--json'])).toEqual(['parse', 'pdf']);
    expect(earlyPreload(['check', TEXT, DOCX])).toEqual(['parse', 'check']);
    // An option's value is no file; a text is read without the child.
    expect(earlyPreload(['check', '--encoding', 'gbk', PDF])).toEqual(['parse', 'check', 'pdf']);
    expect(earlyPreload(['check', TEXT])).toBeNull();
    // The fixtures' folder holds folders: its run may be large.
    expect(earlyPreload(['check', FIXTURES])).toBeNull();
    expect(earlyPreload(['convert', PDF])).toBeNull();
    expect(earlyPreload(['check', `${FIXTURES}missing.pdf`])).toBeNull();
  });

  it('counts a small flat folder by its files; a folder of folders or of many files may start workers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'early-'));
    try {
      writeFileSync(join(dir, 'a.txt'), '');
      copyFileSync(PDF, join(dir, 'b.pdf'));
      expect(earlyPreload(['check', dir])).toEqual(['parse', 'check', 'pdf']);
      mkdirSync(join(dir, 'older'));
      expect(earlyPreload(['check', dir])).toBeNull();
      rmSync(join(dir, 'older'), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `${i}.txt`), '');
      expect(earlyPreload(['check', dir])).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never opens what is not a plain file: a FIFO would wait for its writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'early-'));
    const fifo = join(dir, 'report.pdf');
    execFileSync('mkfifo', [fifo]);
    try {
      expect(earlyPreload(['check', fifo, '/dev/zero', PDF])).toEqual(['parse', 'check', 'pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not started where the run would launch its readers otherwise: other limits, worker threads', () => {
    expect(earlyPreload(['check', '--max-file-memory', '512', PDF])).toBeNull();
    expect(earlyPreload(['check', '--jobs', '2', PDF])).toBeNull();
    expect(earlyPreload(['check', '--jobs=2', PDF])).toBeNull();
    expect(earlyPreload(['check', '--jobs', '1', PDF])).toEqual(['parse', 'check', 'pdf']);
    expect(earlyPreload(['check', ...Array.from({ length: 160 }, () => PDF)])).toBeNull();
    expect(earlyPreload(['check', ...Array.from({ length: 159 }, () => PDF)])).toEqual(['parse', 'check', 'pdf']);
  });

  it('reads the first file of a sandbox under the default limits, and is ended by one under others', { timeout: 60_000 }, async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    const ask = { path: PDF, encoding: undefined, ocr: false, check: false };
    const early = built.startReaderEarly(['parse', 'check', 'pdf']);
    const report = await new built.DocumentSandbox().report(bytes, ask);
    expect(report.tables.requests?.rows['new']?.at(-1)).toBeGreaterThan(0);
    // The early child answered the sandbox, and still runs for its next file.
    expect(early.listenerCount('message')).toBe(1);
    expect(early.connected).toBe(true);

    const second = built.startReaderEarly(['parse', 'check', 'pdf']);
    expect(second.pid).not.toBe(early.pid);
    const other = new built.DocumentSandbox({ ...DEFAULT_LIMITS, memoryMb: DEFAULT_LIMITS.memoryMb / 2 });
    expect((await other.report(bytes, ask)).tables.requests?.rows['new']).toEqual(report.tables.requests?.rows['new']);
    expect(await ended(second)).toBe('SIGKILL');
    early.kill('SIGKILL');
  });
});
