import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { checkReports, createStreamChecker, digestOf, type CheckOptions, type Summary } from '../check.js';
import { readText, unreadableReport } from '../parse.js';
import { fact } from '../findings/fact.js';
import { formatFact } from '../findings/index.js';
import { CSV_BOM, CSV_HEADER, csvRows } from '../render/csv.js';
import { checkJson, parseJson } from '../render/json.js';
import { sanitise, sanitiseText } from '../render/sanitise.js';
import { ENCODINGS } from '../text/decode.js';
import type { EncodingName, Report } from '../types.js';
import { useColour } from './colour.js';
import { DEFAULT_LIMITS, type FileLimits } from '../run/limits.js';
import { inputs, type Entry } from './inputs.js';
import { runJob, type Job } from './job.js';
import { ordered } from './ordered.js';
import type { Pool } from './pool.js';
import { Result } from './result.js';
import { Output } from './output.js';

export interface Io {
  argv: readonly string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/** Exit statuses of SPEC §5. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

interface Common {
  /** Worker threads; by default all cores for a directory or many files, else one. */
  jobs?: string;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  encoding?: EncodingName;
  color?: boolean;
  fileTimeout?: string;
  followLinks?: boolean;
  maxFileSize?: string;
  maxFileMemory?: string;
}

interface Run {
  out: Output;
  err: Output;
  io: Io;
  /** Set when a path could not be read at all: exit 2 after every other file has its result. */
  unreadable: boolean;
}

function encodingOption(): Option {
  return new Option('--encoding <name>', 'decode with this encoding instead of detecting it').choices([...ENCODINGS]);
}

/** What one file may take: every command that reads files has these. */
function limitOptions(command: Command): Command {
  return command
    .option('--file-timeout <seconds>', `time one PDF or Word file may take to read (default ${DEFAULT_LIMITS.seconds})`)
    .option('--max-file-size <MB>', `files larger than this are not read (default ${DEFAULT_LIMITS.sizeMb})`)
    .option('--max-file-memory <MB>', `memory one PDF or Word file may take to read (default ${DEFAULT_LIMITS.memoryMb})`);
}

/** Options every reading command shares: colour, how many threads read the files, what one file may take. */
function readingOptions(command: Command): Command {
  return limitOptions(command)
    .option('--jobs <n>', 'worker threads (default: all cores once a run reaches 32 files, else 1)')
    .option('--follow-links', 'follow links that lead out of a directory named (by default they are named, not read)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output');
}

/** The limits asked for, each a positive number or the default. */
function limitsOf(options: Common): FileLimits {
  const number = (value: string | undefined, fallback: number): number => {
    const n = Number(value);
    return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    seconds: number(options.fileTimeout, DEFAULT_LIMITS.seconds),
    sizeMb: number(options.maxFileSize, DEFAULT_LIMITS.sizeMb),
    memoryMb: number(options.maxFileMemory, DEFAULT_LIMITS.memoryMb),
  };
}

/** Worker threads pay off from this many files on; below it one thread is faster (~25 ms a worker to start). */
const POOL_FROM = 32;
/**
 * Files in flight per worker: enough that a worker never waits for the main thread, few enough
 * that memory does not grow. Without workers one at a time: the reads are synchronous, so files
 * in flight would overlap nothing and only keep more reports alive at once (~7 % slower).
 */
const IN_FLIGHT_PER_THREAD = 32;

/**
 * Each input parsed (and, for `check`, its own identities checked), in input order; a path that
 * cannot be read still yields a result, and a message on stderr. A run that reaches POOL_FROM
 * files goes on in worker threads (`--jobs` sets their number and starts them at once).
 */
async function* reports(paths: readonly string[], options: Common, run: Run, check: CheckOptions | null = null): AsyncGenerator<Result> {
  const asked = options.jobs === undefined ? null : Math.max(1, Number.parseInt(options.jobs, 10) || 1);
  const jobs = asked ?? availableParallelism();
  const limits = limitsOf(options);
  // Set from inside `start`: an object, so that the `finally` below sees it.
  const workers: { pool: Promise<Pool> | null } = { pool: null };
  let started = 0;
  const progress = run.err.isTTY && (paths.length > 1 || paths.some((p) => p !== '-'));
  const cannotRead = (path: string, error: string): void => {
    run.unreadable = true;
    run.err.write(`gov-disclose: 无法读取 ${sanitise(path)}：${error}\n`);
  };
  const start = async (entry: Entry): Promise<Result> => {
    started++;
    // The pool and its package load only for a run that uses them: a single report starts faster.
    if (!workers.pool && jobs > 1 && (asked !== null || started >= POOL_FROM)) workers.pool = import('./pool.js').then(({ Pool }) => new Pool(jobs, limits));
    const pool = await workers.pool;
    // A worker reads a file on disk itself; standard input, and any file without a pool, is read here.
    const input = pool && entry.onDisk ? null : await entry.read();
    if (input && 'error' in input) {
      if (!input.refused) cannotRead(input.path, input.error);
      const report = unreadableReport(input.path, input.error);
      return Result.ofReport(report, check ? digestOf(report) : null);
    }
    const job: Job = { path: entry.path, fsPath: entry.fsPath, bytes: input?.bytes, encoding: options.encoding, check, limits };
    if (pool) {
      const done = await pool.run(job);
      if (done.unreadable !== undefined) cannotRead(entry.path, done.unreadable);
      return done.result;
    }
    const done = await runJob(job);
    if (done.unreadable !== undefined) cannotRead(entry.path, done.unreadable);
    return Result.ofReport(done.report, done.digest);
  };
  let count = 0;
  try {
    for await (const result of ordered(inputs(paths, run.io.stdin, limits.sizeMb * 2 ** 20, options.followLinks === true), start, jobs > 1 ? jobs * IN_FLIGHT_PER_THREAD : 1)) {
      yield result;
      count++;
      if (progress) run.err.write(`\r已读 ${count} 个文件`);
    }
  } finally {
    if (progress && count > 0) run.err.write('\r\u001b[K');
    await (await workers.pool)?.close();
  }
}

/** The people's renderer and its table and colour packages, loaded only when people read the output. */
function people(): Promise<typeof import('../render/people.js')> {
  return import('../render/people.js');
}

function colourOf(options: Common, run: Run): boolean {
  return useColour({ flag: options.color, isTTY: run.out.isTTY, env: run.io.env });
}

async function parseCommand(paths: string[], options: Common, run: Run): Promise<number> {
  const color = colourOf(options, run);
  const collected: Report[] = [];
  if (options.csv) run.out.write(`${CSV_BOM}${CSV_HEADER}\n`);
  for await (const result of reports(paths, options, run)) {
    if (run.out.closed) break;
    if (options.json) collected.push(result.report);
    else if (options.ndjson) run.out.write(result.ndjson);
    else if (options.csv) run.out.write(csvRows(result.report));
    else run.out.write((await people()).renderReport(result.report, { color }));
  }
  if (options.json) run.out.write(parseJson(collected, collected.length === 1 && paths.length === 1));
  return run.unreadable ? EXIT.usage : EXIT.ok;
}

interface CheckFlags extends Common {
  strict?: boolean;
  quiet?: boolean;
  showTable?: boolean;
}

async function checkCommand(paths: string[], options: CheckFlags, run: Run): Promise<number> {
  const color = colourOf(options, run);
  const strict = { strict: options.strict === true };
  let summary: Summary;
  if (options.json) {
    // One document: it holds every file anyway, and files carry-over on the later year.
    const parsed: Report[] = [];
    for await (const result of reports(paths, options, run)) parsed.push(result.report);
    const result = checkReports(parsed, strict);
    summary = result.summary;
    run.out.write(checkJson(result));
  } else {
    const checker = createStreamChecker(strict);
    for await (const checked of reports(paths, options, run, strict)) {
      if (run.out.closed) break;
      // Mostly the carry-over adds nothing, and a worker's JSON is written as it came.
      const own = checked.digest ?? digestOf(checked.report);
      const withCarryOver = checker.addDigest(own, () => checked.report);
      const result = withCarryOver ? Result.ofReport(withCarryOver, null) : checked;
      const digest = withCarryOver ? digestOf(withCarryOver) : own;
      if (options.quiet && digest.errors === 0) continue;
      if (options.ndjson) run.out.write(result.ndjson);
      else if (digest.findings > 0) run.out.write((await people()).renderChecked(result.report, { color, showTable: options.showTable === true }));
    }
    summary = checker.summary();
    if (!options.ndjson) run.out.write((await people()).renderSummary(summary, { color }));
  }
  if (run.unreadable) return EXIT.usage;
  return summary.errors > 0 ? EXIT.errors : EXIT.ok;
}

async function convertCommand(path: string, options: Common, run: Run): Promise<number> {
  const limits = limitsOf(options);
  const { value: entry } = await inputs([path], run.io.stdin, limits.sizeMb * 2 ** 20).next();
  const input = await entry?.read();
  if (!input || 'error' in input) {
    run.err.write(`gov-disclose: 无法读取 ${sanitise(path)}：${input?.error ?? ''}\n`);
    return EXIT.usage;
  }
  // A PDF or Word file is read where it cannot take this process down, as in parse and check.
  const sandbox = async () => new (await import('../run/sandbox.js')).DocumentSandbox(limits);
  const read = await readText(input.bytes, { path, encoding: options.encoding, readDocument: async (format, bytes) => (await sandbox()).read(format, bytes) });
  if (read.text.trim() === '') {
    run.err.write(`gov-disclose: ${sanitise(path)}：${formatFact(read.facts[0] ?? fact('input.empty'))}\n`);
    return EXIT.errors;
  }
  run.out.write(sanitiseText(read.text));
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
  const root = new Command('gov-disclose')
    .description('读取并核对政府信息公开工作年度报告的统计表')
    .exitOverride()
    .configureOutput({ writeOut: (s) => run.out.write(s), writeErr: (s) => run.err.write(sanitiseText(s)) })
    .showHelpAfterError();
  const format = (command: Command): Command =>
    command.addOption(new Option('--json', 'one JSON document').conflicts(['ndjson', 'csv'])).addOption(new Option('--ndjson', 'one JSON object per file, per line').conflicts('csv'));

  readingOptions(
    format(root.command('parse').description('extract the statistical tables').argument('<path...>', 'report files or directories; - reads stdin'))
      .addOption(new Option('--csv', 'long-format CSV (UTF-8 with BOM)'))
      .addOption(encodingOption()),
  ).action((paths: string[], options: Common) => setResult(parseCommand(paths, options, run)));

  readingOptions(
    format(root.command('check').description('check the arithmetic of the tables; exit 1 when something does not add up').argument('<path...>', 'report files or directories; - reads stdin'))
      .option('--strict', 'count warnings as errors')
      .option('--quiet', 'list only files with errors')
      .option('--show-table', 'draw tables 三 and 四 with the broken cells marked')
      .addOption(encodingOption()),
  ).action((paths: string[], options: CheckFlags) => setResult(checkCommand(paths, options, run)));

  limitOptions(root.command('convert'))
    .description('print the decoded, Simplified UTF-8 text')
    .argument('<path>', 'a report file; - reads stdin')
    .addOption(encodingOption())
    .action((path: string, options: Common) => setResult(convertCommand(path, options, run)));

  root
    .command('rules')
    .description('list every finding check can report: id, severity, what it checks')
    .option('--json', 'as a JSON array')
    .action((options: { json?: boolean }) => setResult(rulesCommand(options, run)));

  root
    .command('schema')
    .description('print the JSON Schema of the report object')
    .action(() => setResult(schemaCommand(run)));
  return root;
}

/** The whole CLI, in-process: arguments and streams in, exit status out. */
export async function main(io: Io): Promise<number> {
  const run: Run = { out: new Output(io.stdout), err: new Output(io.stderr), io, unreadable: false };
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
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    run.err.write(`gov-disclose: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}
