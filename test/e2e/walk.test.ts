import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';
import { sizeUp } from '../../src/run/files.js';
import type { Entry } from '../../src/run/inputs.js';

const cli = (args: string[]) => spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8' });
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { source: { path: string }; agency: string | null; findings: { rule: string; message: string }[] });

describe('the directory walk', () => {
  it.each([['1'], ['2']])(
    'reads files whose names are not UTF-8 (GBK names from a Windows archive) by their bytes, each shown escaped (%s worker(s))',
    { timeout: 30_000 },
    (jobs) => {
      const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-gbk-'));
      // 中文 and 中闻 in GBK: as UTF-8 both would read as the same four replacement characters.
      copyFileSync(`${FIXTURES}parse/2021-pipe.txt`, Buffer.from(`${dir}/\xd6\xd0\xce\xc4.txt`, 'latin1'));
      copyFileSync(`${FIXTURES}parse/2019-pipe.txt`, Buffer.from(`${dir}/\xd6\xd0\xce\xc5.txt`, 'latin1'));
      const run = cli(['check', dir, '--ndjson', '--jobs', jobs]);
      expect(run.status).toBe(0);
      expect(lines(run.stdout).map((l) => [l.source.path.slice(dir.length), l.agency, l.findings])).toEqual([
        ['/\\xd6\\xd0\\xce\\xc4.txt', '示例市交通运输局', []],
        ['/\\xd6\\xd0\\xce\\xc5.txt', '示例市住房和城乡建设局', []],
      ]);
    },
  );

  it('names a link that leads out of the directory and does not follow it, unless asked', { timeout: 30_000 }, () => {
    const outside = mkdtempSync(join(tmpdir(), 'gov-disclose-outside-'));
    copyFileSync(`${FIXTURES}parse/2021-pipe.txt`, join(outside, 'elsewhere.txt'));
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-links-'));
    mkdirSync(join(dir, 'reports'));
    copyFileSync(`${FIXTURES}parse/2019-pipe.txt`, join(dir, 'reports', 'own.txt'));
    symlinkSync(outside, join(dir, 'reports', 'out'));
    symlinkSync(join(dir, 'reports', 'own.txt'), join(dir, 'same.txt'));
    const walked = lines(cli(['check', dir, '--ndjson']).stdout).map((l) => [l.source.path.slice(dir.length), l.findings.map((f) => f.rule)]);
    expect(walked).toEqual([
      ['/reports/out', ['input.unreadable']],
      ['/reports/own.txt', []],
      ['/same.txt', ['continuity.duplicateYear']],
    ]);
    const followed = lines(cli(['check', dir, '--ndjson', '--follow-links']).stdout).map((l) => l.source.path.slice(dir.length));
    expect(followed).toEqual(['/reports/out/elsewhere.txt', '/reports/own.txt', '/same.txt']);
  });
});

describe('how large a run is, walked ahead', () => {
  async function* walk(paths: string[]): AsyncGenerator<Entry> {
    for (const path of paths) yield { path } as Entry;
  }
  const paths = async (entries: AsyncGenerator<Entry>) => {
    const out: string[] = [];
    for await (const entry of entries) out.push(entry.path);
    return out;
  };

  it('calls a run large from 8,000 text files, 160 PDFs or 40 Word files, and hands on every entry in order', async () => {
    const cases: [string[], boolean][] = [
      [Array.from({ length: 7_999 }, (_, i) => `${i}.txt`), false],
      [Array.from({ length: 8_000 }, (_, i) => `${i}.txt`), true],
      [[...Array.from({ length: 159 }, (_, i) => `${i}.pdf`), 'a.txt'], false],
      [Array.from({ length: 160 }, (_, i) => `${i}.PDF`), true],
      [[...Array.from({ length: 39 }, (_, i) => `${i}.docx`), 'a.txt'], false],
      [[...Array.from({ length: 80 }, (_, i) => `${i}.PDF`), ...Array.from({ length: 20 }, (_, i) => `${i}.docx`)], true],
    ];
    for (const [files, large] of cases) {
      const sized = await sizeUp(walk(files));
      expect(sized.large).toBe(large);
      expect(await paths(sized.entries)).toEqual(files);
    }
  });
});
