import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import type { CheckOptions } from '../check.js';
import { readText } from '../parse.js';
import { fact } from '../findings/fact.js';
import { formatFact } from '../findings/index.js';
import { sanitise, sanitiseText } from '../render/sanitise.js';
import { ENCODINGS } from '../text/decode.js';
import type { EncodingName } from '../types.js';
import { useColour } from './colour.js';
import { Checker } from '../run/checker.js';
import { readReports, type RunOptions } from '../run/files.js';
import { inputs } from '../run/inputs.js';
import { DEFAULT_LIMITS, type FileLimits } from '../run/limits.js';
import { formatFor } from './formats.js';
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

/** How the run reads files: the CLI's options, and stderr for a path that cannot be read. */
function runOptions(options: Common, run: Run, check: CheckOptions | null): RunOptions {
  return {
    jobs: options.jobs === undefined ? null : Math.max(1, Number.parseInt(options.jobs, 10) || 1),
    encoding: options.encoding,
    limits: limitsOf(options),
    followLinks: options.followLinks === true,
    check,
    stdin: run.io.stdin,
    cannotRead: (path, reason) => {
      run.unreadable = true;
      run.err.write(`gov-disclose: 无法读取 ${sanitise(path)}：${reason}\n`);
    },
  };
}

/** Progress on stderr, only when it is a terminal and more than one file may come. */
function progressOf(paths: readonly string[], run: Run): { step(count: number): void; done(count: number): void } {
  const shown = run.err.isTTY && (paths.length > 1 || paths.some((p) => p !== '-'));
  return {
    step: (count) => shown && run.err.write(`\r已读 ${count} 个文件`),
    done: (count) => shown && count > 0 && run.err.write('\r\u001b[K'),
  };
}

function colourOf(options: Common, run: Run): boolean {
  return useColour({ flag: options.color, isTTY: run.out.isTTY, env: run.io.env });
}

/** parse and check: every file read, checked by the one checking path for `check`, and written in the format asked for. */
async function readCommand(command: 'parse' | 'check', paths: string[], options: CheckFlags, run: Run): Promise<number> {
  const check = command === 'check' ? { strict: options.strict === true } : null;
  const format = await formatFor(command, { ...options, color: colourOf(options, run), single: paths.length === 1 }, (text) => run.out.write(text));
  const checker = check ? new Checker(check) : null;
  const progress = progressOf(paths, run);
  let count = 0;
  try {
    for await (const result of readReports(paths, runOptions(options, run, check))) {
      if (run.out.closed) break;
      progress.step(++count);
      for (const checked of checker ? checker.add(result) : [{ order: count - 1, result }]) format.file(checked);
    }
  } finally {
    progress.done(count);
  }
  for (const checked of checker?.finish() ?? []) format.file(checked);
  const summary = checker?.summary() ?? null;
  format.end(summary);
  if (run.unreadable) return EXIT.usage;
  return summary && summary.errors > 0 ? EXIT.errors : EXIT.ok;
}

interface CheckFlags extends Common {
  strict?: boolean;
  quiet?: boolean;
  showTable?: boolean;
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
    command
      .addOption(new Option('--json', 'one JSON document').conflicts(['ndjson', 'csv']))
      .addOption(new Option('--ndjson', 'one JSON object per file, per line').conflicts('csv'));

  readingOptions(
    format(root.command('parse').description('extract the statistical tables').argument('<path...>', 'report files or directories; - reads stdin'))
      .addOption(new Option('--csv', 'long-format CSV (UTF-8 with BOM)'))
      .addOption(encodingOption()),
  ).action((paths: string[], options: Common) => setResult(readCommand('parse', paths, options, run)));

  readingOptions(
    format(
      root
        .command('check')
        .description('check the arithmetic of the tables; exit 1 when something does not add up')
        .argument('<path...>', 'report files or directories; - reads stdin'),
    )
      .option('--strict', 'count warnings as errors')
      .option('--quiet', 'list only files with errors')
      .option('--show-table', 'draw tables 三 and 四 with the broken cells marked')
      .addOption(encodingOption()),
  ).action((paths: string[], options: CheckFlags) => setResult(readCommand('check', paths, options, run)));

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
