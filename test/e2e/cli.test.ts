import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// The built CLI, as users run it: its worker threads load compiled files.
import { runJob } from '../../dist/run/job.js';
import { main } from '../../dist/cli/main.js';
import { CATALOGUE, type FindingId } from '../../dist/findings/index.js';
import type { Document, TableBlock } from '../../dist/index.js';
import { checkSchemaErrors, FIXTURES, fixtureFiles, reportSchemaErrors, ROOT, stem } from '../helpers.js';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(argv: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean } = {}): Promise<Ran> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const code = await main({ argv, stdin, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const clean = `${FIXTURES}check/clean.txt`;
const broken = `${FIXTURES}check/outcome-cell.txt`;
const scratch = mkdtempSync(join(tmpdir(), 'gov-disclose-'));
const empty = join(scratch, 'empty.txt');
const binary = join(scratch, 'photo.txt');
const unrelated = join(scratch, 'notes.txt');
writeFileSync(empty, '');
writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 13) % 256)));
writeFileSync(unrelated, 'Shopping list: apples, pears.\n');

describe('cli', () => {
  it('parse --json prints one report that validates', async () => {
    const { code, stdout } = await run(['parse', `${FIXTURES}parse/2019-pipe.txt`, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(reportSchemaErrors(report)).toBe('');
    expect(report.tables).toEqual(JSON.parse(readFileSync(`${FIXTURES}parse/2019-pipe.expected.json`, 'utf8')).tables);
  });

  it('parse --ndjson over a directory: one valid line per file, in a stable order', { timeout: 120_000 }, async () => {
    const { code, stdout } = await run(['parse', `${FIXTURES}parse`, '--ndjson']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(readdirSync(`${FIXTURES}parse`).filter((f) => !f.endsWith('.json')).length);
    for (const line of lines) expect(reportSchemaErrors(line)).toBe('');
    const paths = lines.map((l) => l.source.path);
    expect(paths).toEqual([...paths].sort());
  });

  it('parse --csv is long format with the Chinese labels beside the keys, UTF-8 with BOM', async () => {
    const { stdout } = await run(['parse', `${FIXTURES}parse/2021-tab.txt`, '--csv']);
    const [head, ...rows] = stdout.split('\n');
    expect(head).toBe('\uFEFFfile,agency,year,template,table,row,column,row_label,column_label,value');
    const total = JSON.parse(readFileSync(`${FIXTURES}parse/2021-tab.expected.json`, 'utf8')).tables.requests.rows.total[6];
    expect(rows).toContain(`${FIXTURES}parse/2021-tab.txt,示例市交通运输局,2023,2021,requests,total,total,（七）总计,总计,${total}`);
    expect(rows).toContain(`${FIXTURES}parse/2021-tab.txt,示例市交通运输局,2023,2021,active,fees,amount,行政事业性收费,本年收费金额（万元）,35.6`);
  });

  it('parse --csv gives a report with figures only in its text its rows: the prose figures', async () => {
    const prose = '2012年，本机关共收到政府信息公开申请23件，其中当面申请5件。\n';
    const { stdout } = await run(['parse', '-', '--csv'], { stdin: prose });
    expect(
      stdout
        .split('\n')
        .filter((l) => l.startsWith("'-,"))
        .map((l) => l.split(',').slice(4, 7).concat(l.split(',').at(-1)!)),
    ).toContainEqual(['prose', 'requests.received', '件', '23']);
  });

  it('check --csv is one row per finding, with the wrong cell; --report-csv one row per report; -o writes the file, in Chinese', async () => {
    const findings = (await run(['check', broken, '--csv'])).stdout.split('\n');
    expect(findings[0]).toBe('\uFEFF文件,机关,年度,状态,规则,严重程度,表,行,列,左边,右边,出错的单元格,印为,应为,说明');
    expect(findings[1]).toContain(',有错,requests.total,错误,表三,,自然人,2898,2900,表三「三、本年度办理结果（一）予以公开」「自然人」,1290,1288,');
    const out = join(scratch, 'reports.csv');
    const reports = await run(['check', clean, broken, '--report-csv', '-o', out]);
    expect(reports.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^\uFEFF文件,机关,年度,格式,状态,错误,警告,未核对,本年新收,/);
    expect(lines.slice(1, 3).map((l) => l.split(',').slice(4, 7))).toEqual([
      ['核对无误', '0', '0'],
      ['有错', '1', '0'],
    ]);
    expect((await run(['check', clean, '--csv', '-o', clean])).code).toBe(2);
  });

  it('parse - reads standard input', async () => {
    const { code, stdout } = await run(['parse', '-', '--json'], { stdin: readFileSync(`${FIXTURES}parse/2021-gb18030.txt`) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source).toMatchObject({ path: '-', encoding: 'gb18030' });
  });

  it('parse for people draws the tables in Chinese labels', async () => {
    const { stdout } = await run(['parse', `${FIXTURES}parse/2019-pipe.txt`]);
    expect(stdout).toContain('三、收到和处理政府信息公开申请情况');
    expect(stdout).toMatch(/│ 其他对外管理服务事项 +│ +62 │ +-14 │ +18390 │/);
    expect(stdout).toMatch(/│ 行政许可 +│ +27 │ +\+6 │/);
  });

  it('parse for people draws the 统计指标 table and lists the figures stated in the text', async () => {
    const legacy = await run(['parse', `${FIXTURES}parse/legacy-pipe.txt`]);
    expect(legacy.stdout).toMatch(/│ （一）收到申请数 +│ +件 │ +20 │/);
    const prose = await run(['parse', `${FIXTURES}check/prose-clean.txt`]);
    expect(prose.stdout).toContain('requests.received = 1468 件');
  });

  it('check exits 0 on a report that adds up, 1 on one that does not', async () => {
    const ok = await run(['check', clean]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('1 个文件：1 个核对无误，0 个有错；0 个错误，0 个警告。\n');
    const bad = await run(['check', broken, '--show-table']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('错误 requests.total 表三「自然人」列');
    expect(bad.stdout).toContain('1290→1288');
  });

  it('check --json validates and counts; --ndjson gives one line per file', { timeout: 120_000 }, async () => {
    const json = await run(['check', `${FIXTURES}check`, '--json']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(checkSchemaErrors(result)).toBe('');
    // Each fixture (a report as text, or as PDF, .docx and .doc beside one expectation), and the two years of the carry-over pair.
    const files = fixtureFiles('check');
    // The carry-over pair (an agency of its own) has one error, on 2023.
    const errorsIn = (f: string) =>
      (JSON.parse(readFileSync(`${FIXTURES}check/${stem(f)}.expected.json`, 'utf8')) as { findings: { rule: FindingId }[] }).findings;
    const withErrors = files.filter((f) => errorsIn(f).some((x) => CATALOGUE[x.rule].severity === 'error')).length + 1;
    // And the two years of each pair: carry-over, stock, text copied and text rewritten.
    const count = files.length + 8;
    expect(result.summary).toMatchObject({ files: count, withErrors });
    const ndjson = await run(['check', `${FIXTURES}check`, '--ndjson']);
    expect(ndjson.stdout.trim().split('\n')).toHaveLength(count);
  });

  it('check streams the carry-over: on the later year in year order, on the second file otherwise', async () => {
    const [earlier, later] = ['2022', '2023'].map((y) => `${FIXTURES}check/carryover/${y}.txt`) as [string, string];
    const rules = (stdout: string): [string, string[]][] =>
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((r: { source: { path: string }; findings: { rule: string; row: string }[] }) => [
          r.source.path.slice(-8),
          r.findings.map((f) => `${f.rule}:${f.row}`),
        ]);
    const inOrder = await run(['check', earlier, later, '--ndjson']);
    expect(inOrder.code).toBe(1);
    expect(rules(inOrder.stdout)).toEqual([
      ['2022.txt', []],
      ['2023.txt', ['continuity.carryover:carriedOver']],
    ]);
    const reversed = await run(['check', later, earlier, '--ndjson']);
    expect(rules(reversed.stdout)).toEqual([
      ['2023.txt', []],
      ['2022.txt', ['continuity.carryover:carriedForward']],
    ]);
    // One checking path: the document says what the stream said.
    const json = JSON.parse((await run(['check', later, earlier, '--json'])).stdout);
    expect(json.files.map((f: { findings: { rule: string; row: string }[] }) => f.findings.map((x) => `${x.rule}:${x.row}`))).toEqual([
      [],
      ['continuity.carryover:carriedForward'],
    ]);
  });

  it('check gives the same results with worker threads, in every output, carry-over findings included', { timeout: 180_000 }, async () => {
    for (const format of [['--ndjson'], ['--ndjson', '--quiet'], [], ['--json'], ['--strict']]) {
      const one = await run(['check', `${FIXTURES}check`, ...format, '--jobs', '1']);
      const two = await run(['check', `${FIXTURES}check`, ...format, '--jobs', '2']);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
    }
    expect((await run(['check', `${FIXTURES}check`, '--ndjson', '--jobs', '2'])).stdout).toContain('continuity.carryover');
  });

  it('check --quiet lists only files with errors', async () => {
    const { stdout } = await run(['check', clean, broken, '--quiet']);
    const files = stdout.split('\n').filter((line) => line.startsWith('/'));
    expect(files).toEqual([broken]);
  });

  it('a path that cannot be read gives exit 2, and every other file still its result', async () => {
    const { code, stdout, stderr } = await run(['check', join(scratch, 'missing.txt'), clean, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.txt');
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule))).toEqual([['input.unreadable'], []]);
  });

  it('a job that reads its file itself (as workers do) says why it could not', async () => {
    const missing = await runJob({ path: join(scratch, 'gone.txt'), encoding: undefined, check: false });
    expect(missing.unreadable).toBe('文件不存在（或是断开的链接）');
    expect(missing.report.findings.map((f) => f.rule)).toEqual(['input.unreadable']);
    const read = await runJob({ path: clean, encoding: undefined, check: true });
    expect(read.unreadable).toBeUndefined();
    expect(read.report.tables.requests).not.toBeNull();
  });

  it('empty, binary and unrelated files are findings, not failures; --strict counts them without changing their severity', async () => {
    const { code, stdout } = await run(['check', empty, binary, unrelated, clean, '--json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout).files.map((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
    expect(rules).toEqual([['input.empty'], ['input.binary'], ['structure.unknownFormat'], []]);
    const strict = await run(['check', empty, clean, '--strict', '--json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
  });

  it('no report found is no success: an empty folder, or files none of which is a report, exit 2 with one line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gd-empty-'));
    try {
      const nothing = await run(['check', folder, '--strict']);
      expect([nothing.code, nothing.stdout]).toEqual([2, '']);
      expect(nothing.stderr.trim().split('\n')).toEqual([expect.stringContaining('没有找到可读的文件')]);
      const noReport = await run(['check', empty, binary, unrelated]);
      expect(noReport.code).toBe(2);
      expect(noReport.stderr.trim().split('\n')).toEqual([expect.stringContaining('3 个文件中没有一份是年度报告')]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([[['check', '--bogus', clean]], [['check']], [['frobnicate']], [['parse', clean, '--json', '--csv']], [['parse', clean, '--encoding', 'latin1']]])(
    'bad usage %j exits 2',
    async (argv) => {
      expect((await run(argv)).code).toBe(2);
    },
  );

  it('convert prints Simplified UTF-8 text', async () => {
    const { code, stdout } = await run(['convert', `${FIXTURES}parse/2019-big5.txt`]);
    expect(code).toBe(0);
    expect(stdout).toContain('三、收到和处理政府信息公开申请情况');
    expect(stdout).toContain('区档案馆');
  });

  it('convert prints a PDF in reading order, each ruled table row as its cells between bars', async () => {
    const { code, stdout } = await run(['convert', `${FIXTURES}parse/2019-pdf-blank.pdf`]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const expected = JSON.parse(readFileSync(`${FIXTURES}parse/2019-pdf-blank.expected.json`, 'utf8')).tables.requests.rows;
    const cells = (values: (number | null)[]) => values.map((v) => (v === null ? '' : String(v))).join(' | ');
    // Zero cells are blank in this PDF: the row keeps all seven cells, empty where nothing is printed.
    expect(lines).toContain(`|  | （七）总计 | ${cells(expected.total)} |`);
    expect(lines).toContain(`| 二、上年结转政府信息公开申请数量 | ${cells(expected.carriedOver)} |`);
    // Paragraphs wrapped at the right margin come back as one line; page numbers are gone.
    expect(lines.some((l) => l.includes('统计期限自2020年1月1日至2020年12月31日'))).toBe(true);
    expect(lines.filter((l) => /^- \d+ -$/.test(l))).toEqual([]);
  });

  it('reads a PDF as a PDF from standard input and whatever --encoding says', async () => {
    const pdf = readFileSync(`${FIXTURES}parse/2021-pdf.pdf`);
    for (const argv of [
      ['parse', '-', '--json'],
      ['parse', `${FIXTURES}parse/2021-pdf.pdf`, '--json', '--encoding', 'gb18030'],
    ]) {
      const { code, stdout } = await run(argv, { stdin: pdf });
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.tables.requests.rows.total).toEqual([2898, 53, 0, 0, 61, 4, 3016]);
    }
  });

  it('convert names a scanned PDF and says why it has no text', async () => {
    const { code, stdout, stderr } = await run(['convert', `${FIXTURES}hostile/scanned.pdf`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('scanned.pdf');
    expect(stderr).toContain('没有文字层');
  });

  it('schema prints the schema file', async () => {
    const { stdout } = await run(['schema']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8')));
  });

  it('never echoes control characters from a report to the terminal', async () => {
    const hostile = join(scratch, 'hostile\u001b[2J.txt');
    writeFileSync(hostile, '示例局\u001b]0;owned\u0007\u001b[2J2023年政府信息公开工作年度报告\n');
    const { stdout } = await run(['parse', hostile], { tty: true });
    expect(stdout).toContain('hostile\\u001b[2J.txt');
    expect(stdout).not.toContain('\u001b]0;');
    expect(stdout).not.toContain('\u001b[2J');
    expect(stdout).not.toContain('\u0007');
  });

  it('colours only when asked or on a terminal, never with NO_COLOR', async () => {
    expect((await run(['check', broken])).stdout).not.toContain('\u001b[');
    expect((await run(['check', broken], { tty: true })).stdout).toContain('\u001b[');
    expect((await run(['check', broken], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run(['check', broken, '--color'])).stdout).toContain('\u001b[');
  });

  it('walks a directory with a symlink loop once', async () => {
    const dir = join(scratch, 'loop');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), readFileSync(clean));
    symlinkSync(dir, join(dir, 'again'));
    const { code, stdout } = await run(['check', dir, '--ndjson']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('skips hidden files and folders in a walk, and reads a hidden file named on the command line', async () => {
    const dir = join(scratch, 'hidden');
    mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), readFileSync(clean));
    writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    writeFileSync(join(dir, '.git', 'objects', 'ab12'), Buffer.from([0x78, 0x01, 0, 0, 0]));
    const walked = await run(['parse', dir, '--ndjson']);
    expect(
      walked.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).source.path),
    ).toEqual([join(dir, 'a.txt')]);
    const named = await run(['parse', join(dir, '.DS_Store'), '--ndjson']);
    expect(JSON.parse(named.stdout).findings[0].rule).toBe('input.binary');
  });

  it('the installed binary runs, and stops quietly when its reader goes away', () => {
    const bin = `${ROOT}bin/gov-disclose.js`;
    const direct = spawnSync(process.execPath, [bin, 'check', broken], { encoding: 'utf8' });
    expect(direct.status).toBe(1);
    const piped = spawnSync('bash', ['-c', `node "${bin}" parse "${FIXTURES}parse" --ndjson | head -c 10`], { encoding: 'utf8' });
    expect(piped.stdout).toHaveLength(10);
    expect(piped.stderr).toBe('');
  });

  it('convert --json prints the document itself: running text and tables of cells', { timeout: 30_000 }, () => {
    const run = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'convert', '--json', join(FIXTURES, 'document/bars.doc')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const { source, document } = JSON.parse(run.stdout) as { source: { format: string }; document: Document };
    expect(source.format).toBe('doc');
    expect(document.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    const table = document.blocks[1] as TableBlock;
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['甲|乙', '丙｜丁', '戊\t己'],
      ['1|2', '3', ''],
    ]);
  });
});
