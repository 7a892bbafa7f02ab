import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isBlank } from '../text/document.js';
import { fact } from '../findings/fact.js';
import { formatFact } from '../findings/index.js';
import { sanitise, sanitiseText } from '../render/sanitise.js';
import { documentJson } from '../render/json.js';
import { ENCODINGS } from '../text/decode.js';
import type { EncodingName } from '../types.js';
import { chineseError, inChinese, positiveInteger, positiveNumber } from './chinese.js';
import { useColour } from './colour.js';
import { Progress } from './progress.js';
import { readReports, type RunOptions } from '../run/files.js';
import { PDF_WORK, POOL_FROM_WORK, WORD_WORK } from '../run/work.js';
import { inputs } from '../run/inputs.js';
import { DEFAULT_LIMITS, OCR_PAGE_SECONDS, type FileLimits } from '../run/limits.js';
import { formatFor } from './formats.js';
import { Output } from './output.js';

export interface Io {
  argv: readonly string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Exit statuses of SPEC §5. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

interface Common {
  /** Worker threads asked for; by default all cores for a large run (POOL_FROM_WORK in run/work.ts), else one. */
  jobs?: number;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  output?: string;
  encoding?: EncodingName;
  ocr?: boolean;
  color?: boolean;
  fileTimeout?: number;
  followLinks?: boolean;
  maxFileSize?: number;
  maxFileMemory?: number;
}

interface Run {
  out: Output;
  err: Output;
  io: Io;
  /** Set when a path could not be read at all: exit 2 after every other file has its result. */
  unreadable: boolean;
  /** Called before a message goes to stderr: clears the progress line. */
  beforeWrite?: () => void;
  /** Files the run writes (-o, --xlsx): said on stderr once written, so that a user knows where the result went. */
  writes: string[];
}

/** More threads than this many per core only cost memory (each holds its own copy of the parser). */
const THREADS_PER_CORE = 2;

/** Names people give the encodings we read: GBK and GB2312 files are read as GB18030, which holds both. */
const ENCODING_ALIASES: Record<string, EncodingName> = { gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', utf8: 'utf-8', big5hkscs: 'big5' };

function encodingOption(): Option {
  const names = [...ENCODINGS, ...Object.keys(ENCODING_ALIASES)];
  return new Option('--encoding <编码>', `按此编码解码，不自动判断（${names.join('、')}）`).argParser((name: string) => {
    const key = name.toLowerCase().replace(/[-_]/g, '');
    const known = ENCODINGS.find((e) => e.replace(/-/g, '') === key) ?? ENCODING_ALIASES[key];
    if (!known) throw new InvalidArgumentError(`不认识的编码 ${name}（可用：${names.join('、')}）`);
    return known;
  });
}

function outputOption(): Option {
  return new Option('-o, --output <文件>', '写入文件而不是标准输出（CSV 开头的 BOM 不会被命令行改写）');
}

/** What one file may take: every command that reads files has these. */
function limitOptions(command: Command): Command {
  return command
    .option('--file-timeout <秒>', `一个 PDF 或 Word 文件最多读多久（默认 ${DEFAULT_LIMITS.seconds} 秒）`, positiveNumber)
    .option('--max-file-size <兆字节>', `大于此值的文件不读（默认 ${DEFAULT_LIMITS.sizeMb} MB）`, positiveNumber)
    .option('--max-file-memory <兆字节>', `读一个 PDF 或 Word 文件最多用多少内存（默认 ${DEFAULT_LIMITS.memoryMb} MB）`, positiveNumber)
    .option('--ocr', `用文字识别读扫描件（PDF、TIFF）、图片（PNG、JPEG）和网页中作为图片的表格；较慢，每识别一页，该文件的时限加 ${OCR_PAGE_SECONDS} 秒`);
}

/** Options every reading command shares: colour, how many threads read the files, what one file may take. */
function readingOptions(command: Command): Command {
  return limitOptions(command)
    .addOption(outputOption())
    .option(
      '--jobs <个数>',
      `工作线程数（默认：文本文件达到 ${POOL_FROM_WORK} 个、PDF 文件达到 ${POOL_FROM_WORK / PDF_WORK} 个或 Word 文件达到 ${POOL_FROM_WORK / WORD_WORK} 个时用全部核心，否则 1；最多核心数的 ${THREADS_PER_CORE} 倍）`,
      positiveInteger,
    )
    .option('--follow-links', '跟随指向所查目录之外的链接（默认只列出，不读取）')
    .option('--color', '即使不是终端也上色')
    .option('--no-color', '不上色');
}

function limitsOf(options: Common): FileLimits {
  return {
    seconds: options.fileTimeout ?? DEFAULT_LIMITS.seconds,
    sizeMb: options.maxFileSize ?? DEFAULT_LIMITS.sizeMb,
    memoryMb: options.maxFileMemory ?? DEFAULT_LIMITS.memoryMb,
  };
}

/** How the run reads files: the CLI's options, and stderr for a path that cannot be read. */
function runOptions(options: Common & { xlsx?: string; html?: string }, run: Run, check: boolean): RunOptions {
  return {
    // What the run writes is never read as a report, should a directory walked hold it.
    outputs: [options.output, options.xlsx, options.html].filter((path): path is string => path !== undefined),
    jobs: options.jobs === undefined ? null : Math.min(options.jobs, availableParallelism() * THREADS_PER_CORE),
    encoding: options.encoding,
    ocr: options.ocr === true,
    limits: limitsOf(options),
    followLinks: options.followLinks === true,
    check,
    stdin: run.io.stdin,
    cannotRead: (path, reason) => {
      run.unreadable = true;
      run.beforeWrite?.();
      run.err.write(`gov-disclose: 无法读取 ${sanitise(path)}：${reason}\n`);
    },
  };
}

function colourOf(options: Common, run: Run): boolean {
  return useColour({ flag: options.color, isTTY: run.out.isTTY, env: run.io.env });
}

/** The file a path names, by device and inode: a link, hard or symbolic, names the file it leads to. */
function fileId(path: string): string | null {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? `${info.dev}:${info.ino}` : null;
}

/** A file the run writes (`-o`, `--xlsx`) is never one it reads, under any name: asked to, the run refuses. */
function writesAnInput(run: Run, written: string | undefined, inputs: readonly string[]): boolean {
  if (written === undefined) return false;
  const target = fileId(written);
  const same = (path: string): boolean => path !== '-' && (resolve(path) === resolve(written) || (target !== null && fileId(path) === target));
  if (!inputs.some(same)) return false;
  run.err.write(`gov-disclose: 不会写入所读的文件：${sanitise(written)}\n`);
  return true;
}

/** `-o`: the output goes to a file of its own. */
function redirect(run: Run, output: string | undefined, inputs: readonly string[]): boolean {
  if (output === undefined) return true;
  if (writesAnInput(run, output, inputs)) return false;
  run.out = Output.toFile(output);
  run.writes.push(output);
  return true;
}

/** `parse --json` of one file gives the report itself; of a directory or several files, an array. */
function namesOneFile(paths: readonly string[]): boolean {
  if (paths.length !== 1) return false;
  try {
    return paths[0] === '-' || !statSync(paths[0]!).isDirectory();
  } catch {
    return true;
  }
}

/** parse and check: every file read, checked by the one checking path for `check`, and written in the format asked for. */
async function readCommand(command: 'parse' | 'check', paths: string[], options: CheckFlags, run: Run): Promise<number> {
  if (!redirect(run, options.output, paths) || writesAnInput(run, options.xlsx, paths) || writesAnInput(run, options.html, paths)) return EXIT.usage;
  for (const written of [options.xlsx, options.html]) if (written !== undefined) run.writes.push(written);
  const check = command === 'check';
  // Progress on stderr, only when it is a terminal and more than one file may come.
  const progress = new Progress(run.err, run.err.isTTY && (paths.length > 1 || paths.some((p) => p !== '-')));
  run.beforeWrite = () => progress.clear();
  const reading = runOptions(options, run, check);
  // A second walk only counts (it reads no file): a path it cannot read is said by the run's own walk.
  void progress
    .count(
      inputs(
        paths.filter((p) => p !== '-'),
        run.io.stdin,
        0,
        reading.followLinks,
        reading.outputs,
      ),
    )
    .catch(() => {});
  const format = await formatFor(command, { ...options, color: colourOf(options, run), single: namesOneFile(paths) }, (text) => {
    progress.clear();
    run.out.write(text);
  });
  // The checker (and the checks across years) loads for check only.
  const checker = check ? new (await import('../run/checker.js')).Checker() : null;
  let count = 0;
  let reports = 0;
  try {
    for await (const result of readReports(paths, reading)) {
      if (run.out.closed) break;
      progress.step(++count);
      // parse counts every file (its results carry no digest); check counts the reports among them.
      if (!check || result.digest.isReport) reports++;
      for (const checked of checker ? checker.add(result) : [{ order: count - 1, result }]) format.file(checked);
      await run.out.drained();
    }
  } finally {
    progress.finish();
  }
  for (const checked of checker?.finish() ?? []) format.file(checked);
  if (count === 0 && !run.unreadable) return nothingFound(run, paths, '没有找到可读的文件');
  const summary = checker?.summary() ?? null;
  try {
    await format.end(summary);
  } catch (error) {
    // The workbook is written whole at the end: a folder that is not there, a disk that is full.
    run.err.write(`gov-disclose: 无法写出结果：${sanitise(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.usage;
  }
  if (run.unreadable) return EXIT.usage;
  if (reports === 0 && !run.out.closed) return nothingFound(run, paths, `${count} 个文件中没有一份是年度报告`);
  // --strict changes what fails the run, never the severity a finding is written with; it fails on 部分核对 too.
  const failing = summary ? summary.errors + (options.strict ? summary.warnings + summary.partial : 0) : 0;
  return failing > 0 ? EXIT.errors : EXIT.ok;
}

/** A run that found nothing to check is no success: one line, exit 2 (as ESLint says of a pattern that matches no file). */
function nothingFound(run: Run, paths: readonly string[], what: string): number {
  run.err.write(`gov-disclose: ${what}：${paths.map(sanitise).join(' ')}\n`);
  return EXIT.usage;
}

interface CheckFlags extends Common {
  reportCsv?: boolean;
  xlsx?: string;
  html?: string;
  strict?: boolean;
  quiet?: boolean;
  showTable?: boolean;
}

async function convertCommand(path: string, options: Common & { json?: boolean }, run: Run): Promise<number> {
  if (!redirect(run, options.output, [path])) return EXIT.usage;
  const limits = limitsOf(options);
  const { value: entry } = await inputs([path], run.io.stdin, limits.sizeMb * 2 ** 20).next();
  const input = await entry?.read();
  if (!input || 'error' in input) {
    run.err.write(`gov-disclose: 无法读取 ${sanitise(path)}：${input?.error ?? ''}\n`);
    return EXIT.usage;
  }
  // A PDF or Word file is read where it cannot take this process down, as in parse and check.
  const sandbox = async () => new (await import('../run/sandbox.js')).DocumentSandbox(limits);
  const { documentText, readDocument } = await import('../parse.js');
  const read = await readDocument(input.bytes, {
    path,
    encoding: options.encoding,
    ocr: options.ocr === true,
    readBinary: async (format, bytes, reading) => (await sandbox()).read(format, bytes, reading),
  });
  if (isBlank(read.document)) {
    run.err.write(`gov-disclose: ${sanitise(path)}：${formatFact(read.facts[0] ?? fact('input.empty'))}\n`);
    return EXIT.errors;
  }
  run.out.write(options.json ? documentJson(read) : sanitiseText(documentText(read.document)));
  return EXIT.ok;
}

async function rulesCommand(options: { json?: boolean }, run: Run): Promise<number> {
  const { rulesJson, rulesText } = await import('../render/rules.js');
  run.out.write(options.json ? rulesJson() : rulesText());
  return EXIT.ok;
}

async function schemaCommand(run: Run): Promise<number> {
  run.out.write(await readFile(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
  return EXIT.ok;
}

function program(run: Run, setResult: (p: Promise<number>) => void): Command {
  const root = inChinese(new Command('gov-disclose'))
    .description('读取并核对政府信息公开工作年度报告的统计表')
    .version(VERSION, '-V, --version', '显示版本号')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => run.out.write(s),
      writeErr: (s) => run.err.write(sanitiseText(s)),
      outputError: (s, write) => write(chineseError(s)),
    })
    .showHelpAfterError('（用 --help 查看用法）');
  const format = (command: Command): Command =>
    command
      .addOption(new Option('--json', '输出一个 JSON 文档').conflicts(['ndjson', 'csv']))
      .addOption(new Option('--ndjson', '每个文件一行 JSON').conflicts('csv'));
  const paths = '报告文件或目录；- 读标准输入';

  readingOptions(
    format(root.command('parse').description('读出统计表').argument('<路径...>', paths))
      .addOption(new Option('--csv', '长格式 CSV，每个单元格一行（UTF-8，带 BOM）'))
      .addOption(encodingOption()),
  ).action((paths: string[], options: Common) => setResult(readCommand('parse', paths, options, run)));

  readingOptions(
    format(root.command('check').description('核对统计表和正文；有错时退出码为 1').argument('<路径...>', paths))
      .addOption(new Option('--csv', '每条发现一行 CSV（UTF-8，带 BOM）').conflicts(['json', 'ndjson']))
      .addOption(new Option('--report-csv', '每份报告一行 CSV：状态、错误数和主要数字').conflicts(['json', 'ndjson', 'csv']))
      .addOption(new Option('--xlsx <文件>', '写一个 Excel 工作簿：报告、发现、单元格各一张表').conflicts(['json', 'ndjson', 'csv', 'reportCsv']))
      .addOption(
        new Option('--html <文件>', '写一个网页：可排序筛选的报告表、按印出样式画出的表格（标出错的单元格）、各机关历年对照').conflicts([
          'json',
          'ndjson',
          'csv',
          'reportCsv',
          'xlsx',
        ]),
      )
      .option('--strict', '有警告时退出码也为 1（警告仍按警告写出）')
      .option('--quiet', '只列出有错误的文件，且只列错误')
      .option('--show-table', '画出表三、表四并标出出错的单元格')
      .addOption(encodingOption()),
  ).action((paths: string[], options: CheckFlags) => setResult(readCommand('check', paths, options, run)));

  limitOptions(root.command('convert'))
    .description('输出解码、转为简体后的 UTF-8 文本：正文，表格逐行、单元格以 | 分隔')
    .argument('<路径>', '一个报告文件；- 读标准输入')
    .option('--json', '输出文档结构（JSON）：正文段落和表格的每个单元格')
    .addOption(encodingOption())
    .addOption(outputOption())
    .action((path: string, options: Common & { json?: boolean }) => setResult(convertCommand(path, options, run)));

  root
    .command('rules')
    .description('列出 check 可能给出的每一种发现：编号、严重程度、核对什么')
    .option('--json', '输出 JSON 数组')
    .action((options: { json?: boolean }) => setResult(rulesCommand(options, run)));

  root
    .command('schema')
    .description('输出报告对象的 JSON Schema')
    .action(() => setResult(schemaCommand(run)));
  return root;
}

/** The whole CLI, in-process: arguments and streams in, exit status out. */
export async function main(io: Io): Promise<number> {
  const run: Run = { out: new Output(io.stdout), err: new Output(io.stderr), io, unreadable: false, writes: [] };
  let result: Promise<number> = Promise.resolve(EXIT.ok);
  try {
    await program(run, (p) => (result = p)).parseAsync([...io.argv], { from: 'user' });
    const status = await result;
    await run.out.flushed();
    // Output that could not be written is no result: a script must not take a cut file for one.
    const failure = run.out.failure;
    if (failure) {
      run.err.write(`gov-disclose: 无法写出结果：${failure.code === 'ENOSPC' ? '磁盘已满' : sanitise(failure.message)}\n`);
      return EXIT.usage;
    }
    // A device or a pipe (-o /dev/stdout) is no file to point to.
    for (const path of run.writes) if (statSync(path, { throwIfNoEntry: false })?.isFile()) run.err.write(`gov-disclose: 已写入 ${sanitise(path)}\n`);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    run.err.write(`gov-disclose: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}
