import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { readLattice } from '../../src/text/pdf/lattice.js';
import { onPage, type Rule } from '../../src/text/pdf/ruling.js';
import { shareOf } from '../../src/run/limits.js';
import { FIXTURES, ROOT } from '../helpers.js';

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

/** Three megabytes of one 其中 list: seconds of work, so it goes to the reader's child and its limits. */
function slowText(): string {
  const path = join(scratch, 'slow-list.txt');
  if (!existsSync(path)) writeFileSync(path, `全年受理申请5件，${'其中1件，'.repeat(250_000)}`);
  return path;
}

describe('F1: normalising is linear and cannot abort the process', () => {
  it('45 million full-width characters (a replace over them all aborted V8 past ~40 M matches)', () => {
    const text = normalise(`１２，\r\n${'４'.repeat(45_000_000)}\r\n- 3 -\r\n（完）`);
    expect(text.length).toBe(3 + 1 + 45_000_000 + 1 + 0 + 1 + 3);
    expect(text.startsWith('12,\n44')).toBe(true);
    expect(text.endsWith('44\n\n(完)')).toBe(true);
  }, 120_000);

  it('a line longer than a slice is cut nowhere, and a page number is judged on whole lines only', () => {
    const long = `${'x'.repeat(3 * 2 ** 20)}\r\n— 5 —\n- 3 -`;
    expect(normalise(long)).toBe(`${'x'.repeat(3 * 2 ** 20)}\n\n`);
    expect(normalise(`${'y'.repeat(2 ** 20 - 1)}\r\n第 3 页`)).toBe(`${'y'.repeat(2 ** 20 - 1)}\n`);
  });
});

describe('F2: text is read under the same time and memory bounds as documents', () => {
  it('a large text that runs over --file-timeout gets 超时, and the good file after it is read', () => {
    const run = cli(['check', slowText(), clean, '--file-timeout', '1', '--ndjson']);
    expect(run.status).toBe(0);
    const [slow, good] = ndjson(run.stdout);
    expect(slow!.findings.map((f) => f.message)).toEqual([expect.stringContaining('超时')]);
    expect(good!.findings).toEqual([]);
    expect(run.stderr).not.toMatch(STACK);
  });
});

/** The reader children of a process, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}
const alive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

describe('F4: no reader outlives the CLI', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)(
    '%s to the CLI alone, its reader busy with a file: the reader is gone within two seconds',
    async (signal) => {
      const main = spawn(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', slowText(), '--ndjson'], { stdio: 'ignore' });
      let readers: number[] = [];
      for (let waited = 0; waited < 10_000 && readers.length === 0; waited += 100) {
        await sleep(100);
        readers = childrenOf(main.pid!);
      }
      expect(readers.length).toBeGreaterThan(0);
      main.kill(signal);
      await sleep(2000);
      expect(readers.filter(alive)).toEqual([]);
    },
    30_000,
  );
});

describe('F5: the ruled-table reader is near-linear in lines', () => {
  const staircase = (steps: number) => ({
    level: Array.from({ length: steps }, (_, i): Rule => ({ at: 3 * i, from: 3 * i, to: 3 * i + 3 })),
    upright: Array.from({ length: steps }, (_, i): Rule => ({ at: 3 * i, from: 3 * i - 3, to: 3 * i })),
  });

  it('a staircase of 40,000 short rules (one chain of touching lines) is read in a moment, without recursion', () => {
    const started = performance.now();
    expect(readLattice(staircase(20_000), [], 1).tables).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a 1000 × 1000 ruled grid is too large to be a table: its text is left to the text reader', () => {
    const lines = Array.from({ length: 1001 }, (_, i): Rule => ({ at: 6 + 3 * i, from: 6, to: 3006 }));
    const run = { text: '7', x: 10, y: 10, width: 1, size: 2 };
    const { tables, rest } = readLattice({ level: lines, upright: lines }, [run], 1);
    expect([tables, rest]).toEqual([[], [run]]);
  });

  it('lines drawn off the page are not the page’s', () => {
    const rules = {
      level: [
        { at: -50, from: 0, to: 100 },
        { at: 50, from: 0, to: 100 },
      ],
      upright: [{ at: 700, from: 0, to: 100 }],
    };
    expect(onPage(rules, [0, 0, 595, 842])).toEqual({ level: [{ at: 50, from: 0, to: 100 }], upright: [] });
  });
});

describe('F7: one memory budget for the run', () => {
  it('each of several readers takes its share of the limit, never below what a report needs; its heap bound stays the whole', () => {
    const limits = { sizeMb: 200, seconds: 30, memoryMb: 2048 };
    expect(shareOf(limits, 1).memoryMb).toBe(2048);
    expect(shareOf(limits, 2)).toMatchObject({ memoryMb: 1024, heapMb: 2048 });
    expect(shareOf(limits, 8).memoryMb).toBe(512);
    expect(shareOf({ ...limits, memoryMb: 300 }, 4).memoryMb).toBe(300);
  });
});

describe('F9: reasons that say what is wrong; a .docx reads what it can', () => {
  it('a .doc cut short is said to be truncated, not a format the tool does not read', () => {
    const whole = readFileSync(`${FIXTURES}check/form-clean.doc`);
    for (const length of [8, 512, 4096, whole.length - 512]) writeFileSync(join(scratch, `cut-${length}.doc`), whole.subarray(0, length));
    const run = cli(['check', ...[8, 512, 4096, whole.length - 512].map((length) => join(scratch, `cut-${length}.doc`)), clean, '--ndjson']);
    const reports = ndjson(run.stdout);
    for (const report of reports.slice(0, 4)) expect(report.findings.map((f) => f.message)).toEqual([expect.stringMatching(/截断/)]);
    expect(reports[4]!.findings).toEqual([]);
  });

  it('a .docx whose numbering part loops, or whose body nests 100,000 deep, still gives its report', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(`${FIXTURES}check/form-clean.docx`));
    const body = await zip.file('word/document.xml')!.async('string');
    // Every paragraph numbered by a numbering that links to a numbering style the file does not have.
    const numbered = body.replace(/<w:p( [^>]*)?>/g, '$&<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>');
    zip.file(
      'word/numbering.xml',
      '<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L1"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    );
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    if (!rels.includes('numbering.xml'))
      zip.file(
        'word/_rels/document.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
        ),
      );
    zip.file('word/document.xml', numbered);
    writeFileSync(join(scratch, 'numbering.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const depth = 100_000;
    zip.file(
      'word/document.xml',
      body.replace(
        /<w:body>([\s\S]*)<w:sectPr/,
        (_, inner: string) => `<w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}${inner}${'</w:sdtContent></w:sdt>'.repeat(depth)}<w:sectPr`,
      ),
    );
    writeFileSync(join(scratch, 'nested.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const run = cli(['check', join(scratch, 'numbering.docx'), join(scratch, 'nested.docx'), '--json']);
    const { files } = JSON.parse(run.stdout) as { files: { status: string; tables: { requests: unknown } }[] };
    expect(files.map((f) => f.tables.requests !== null)).toEqual([true, true]);
    expect(run.stderr).not.toMatch(STACK);
  }, 60_000);
});
