import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// The built CLI and library, as users run them: the CLI's worker threads load compiled files.
import { main } from '../../dist/cli/main.js';
import { checkReports, parseReport } from '../../dist/index.js';
import { CORPUS, FIXTURES, hasCorpus } from '../helpers.js';

const FOLDERS = [`${FIXTURES}check`, `${FIXTURES}check/carryover`, `${FIXTURES}parse`, ...(hasCorpus ? [`${CORPUS}real`, `${CORPUS}peer`] : [])];

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function cli(argv: string[]): Promise<string> {
  const stdin = new PassThrough();
  stdin.end();
  const stdout = new Capture();
  await main({ argv, stdin, stdout, stderr: new Capture(), env: {} });
  return stdout.text;
}

/** file → its findings as "severity rule message", for the files that have any. */
type Said = Record<string, string[]>;

interface Checked {
  source: { path: string };
  findings: { severity: string; rule: string; message: string }[];
}

function fromReports(files: readonly Checked[]): Said {
  const said: Said = {};
  for (const f of files) if (f.findings.length > 0) said[f.source.path] = f.findings.map((x) => `${x.severity} ${x.rule} ${x.message}`);
  return said;
}

const SEVERITY: Record<string, string> = { 错误: 'error', 警告: 'warning', 提示: 'info' };

/** People's view: a file's path, then one indented line per finding. */
function fromPeople(text: string): Said {
  const said: Said = {};
  let file = '';
  for (const line of text.split('\n')) {
    const finding = /^ {2}(错误|警告|提示) (\S+) (.*)$/.exec(line);
    if (finding) (said[file] ??= []).push(`${SEVERITY[finding[1]!]} ${finding[2]} ${finding[3]}`);
    else if (line.startsWith('/')) file = line;
  }
  return said;
}

async function fromLibrary(): Promise<Said> {
  const reports = [];
  for (const folder of FOLDERS) {
    const names = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.json'))
      .map((e) => e.name)
      .sort();
    for (const name of names) reports.push(await parseReport(readFileSync(`${folder}/${name}`), { path: `${folder}/${name}` }));
  }
  return fromReports(checkReports(reports).files);
}

describe('one answer in every output', () => {
  it("people's view, --json, --ndjson, --csv, worker threads and the library give the same findings for the same files", { timeout: 180_000 }, async () => {
    // The library is given the folders' own files in the walk's order (no subfolders): the CLI gets the same.
    const paths = FOLDERS.flatMap((folder) =>
      readdirSync(folder, { withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.endsWith('.json'))
        .map((e) => `${folder}/${e.name}`)
        .sort(),
    );
    const json = fromReports((JSON.parse(await cli(['check', ...paths, '--json'])) as { files: Checked[] }).files);
    const ndjson = fromReports(
      (await cli(['check', ...paths, '--ndjson']))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Checked),
    );
    const people = fromPeople(await cli(['check', ...paths, '--no-color']));
    // --csv: one row per finding, for people: its 严重程度 (in Chinese), 规则 and 说明 columns.
    const rows = parse((await cli(['check', ...paths, '--csv'])).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const severities: Record<string, string> = { 错误: 'error', 警告: 'warning', 提示: 'info' };
    const csv: Said = {};
    for (const row of rows) (csv[row['文件']!] ??= []).push(`${severities[row['严重程度']!]} ${row['规则']} ${row['说明']}`);
    const workers = fromReports((JSON.parse(await cli(['check', ...paths, '--json', '--jobs', '2'])) as { files: Checked[] }).files);
    expect(Object.keys(json).length).toBeGreaterThan(30);
    // Carry-over, a year met twice and glued figures settled by the series are among them.
    const all = Object.values(json).flat().join('\n');
    expect(all).toContain('continuity.carryover');
    expect(all).toContain('continuity.duplicateYear');
    if (hasCorpus) expect(all).toContain('相邻年度报告的历年累计');
    expect(ndjson).toEqual(json);
    expect(people).toEqual(json);
    expect(csv).toEqual(json);
    expect(workers).toEqual(json);
    expect(await fromLibrary()).toEqual(json);
  });
});
