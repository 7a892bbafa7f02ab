import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

/**
 * What a person may read in Latin letters: rule ids, option flags, file names, the commands'
 * own names, and names of formats, encodings and units (PDF, UTF-8, MB).
 */
const NAMES = new Set(
  'PDF Word JSON NDJSON CSV BOM UTF-8 UTF-16LE UTF-16BE GB18030 Big5 OFD Excel MB OCR ZIP PNG JPEG GIF TIFF WPS HTML Schema gov-disclose parse check convert rules schema help V utf-8 utf-16le utf-16be gb18030 big5 gbk gb2312 cp936 utf8 big5hkscs'.split(
    ' ',
  ),
);

/** The Latin words left in a text once rule ids, flags, paths and the names above are set aside. */
function englishWords(text: string): string[] {
  const words = text
    .replace(/\S*(?:fixtures|tmp)\/\S*/g, '')
    .replace(/\b[a-z]+\.[a-zA-Z]+\b/g, '')
    .replace(/(?<![\w-])--?[a-z][a-z-]*/g, '')
    .match(/[A-Za-z][A-Za-z0-9.+-]*/g);
  return [...new Set(words ?? [])].filter((word) => !NAMES.has(word.replace(/[.]+$/, '')));
}

describe('Chinese for people, keys for programs', { timeout: 120_000 }, () => {
  it('the people view, report CSV, findings CSV, workbook, rules and help hold no English word', async () => {
    const folders = [`${FIXTURES}check`, `${FIXTURES}parse`, `${FIXTURES}coverage`];
    const out = join(mkdtempSync(join(tmpdir(), 'gov-disclose-zh-')), 'run.xlsx');
    cli(['check', ...folders, '--xlsx', out]);
    const { default: JSZip } = await import('jszip');
    const workbook = await (await JSZip.loadAsync(readFileSync(out))).file('xl/sharedStrings.xml')!.async('string');
    const texts = {
      people: cli(['check', ...folders]).stdout,
      reportCsv: cli(['check', ...folders, '--report-csv']).stdout,
      findingsCsv: cli(['check', ...folders, '--csv']).stdout,
      workbook: [...workbook.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join('\n'),
      rules: cli(['rules']).stdout,
      help: ['', 'parse', 'check', 'convert', 'rules', 'schema'].map((command) => cli([...(command ? [command] : []), '--help']).stdout).join('\n'),
    };
    for (const [output, text] of Object.entries(texts)) {
      expect(text.length, output).toBeGreaterThan(100);
      expect(englishWords(text), output).toEqual([]);
    }
  });

  it('programs keep their keys: parse --csv and --json', () => {
    expect(cli(['parse', `${FIXTURES}check/clean.txt`, '--csv']).stdout.split('\n')[0]).toBe(
      '\ufefffile,agency,year,template,table,row,column,row_label,column_label,value',
    );
    expect(JSON.parse(cli(['parse', `${FIXTURES}check/clean.txt`, '--json']).stdout).template).toBe('2021');
  });

  it('gbk is taken as a name of gb18030; a written file is said on stderr', () => {
    const run = cli([
      'check',
      `${FIXTURES}parse/2021-html-gbk.html`,
      '--encoding',
      'GBK',
      '--report-csv',
      '-o',
      join(mkdtempSync(join(tmpdir(), 'gov-disclose-gbk-')), 'r.csv'),
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/已写入 .*r\.csv/);
  });
});
