import { closeSync, openSync, opendirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Preload } from '../run/sandbox.js';
import { documentByHead } from '../text/sniff.js';
import { POOL_FROM_WORK, workOfPath } from '../run/work.js';

/** The commands that read files in a reader child. */
const READING = new Set(['check', 'parse']);
/** An option under which the child would be launched with other flags. */
const OTHER_FLAGS = /^--max-file-memory\b/;
/** A folder's entries looked at, at most: a larger one makes a run that may start workers. */
const MOST_ENTRIES = 100;

/** The files of a folder that holds no folder and few entries; null for any other. */
function smallFolder(path: string): string[] | null {
  const dir = opendirSync(path);
  try {
    const files: string[] = [];
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
      if (entry.isDirectory() || files.length === MOST_ENTRIES) return null;
      if (entry.isFile()) files.push(join(path, entry.name));
    }
    return files;
  } finally {
    dir.closeSync();
  }
}

/** Worker threads asked for with --jobs, each with a reader of its own; null when not asked. */
function jobsAsked(args: readonly string[]): string | null {
  const at = args.findIndex((arg) => arg === '--jobs' || arg.startsWith('--jobs='));
  if (at < 0) return null;
  return args[at]!.startsWith('--jobs=') ? args[at]!.slice('--jobs='.length) : (args[at + 1] ?? '');
}

/** The plain files a path names, as near as the walk would read them: itself, or a small flat folder's files; null where the run may be large. */
function filesOf(path: string): string[] | null {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return smallFolder(path);
    // Only a plain file is opened: opening a FIFO waits for its writer, a device may never end.
    return stats.isFile() ? [path] : [];
  } catch {
    // Missing, or a folder that cannot be read: the run says so in its own time.
    return [];
  }
}

/** Whether a plain file's first bytes say it is read in the reader child, and pdfjs is needed there; null for a file read in this thread (or none). */
function childNeeds(path: string): { pdf: boolean } | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(8);
    const kind = documentByHead(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
    return kind && { pdf: kind === 'pdf' };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * What the reader child of `check` or `parse` of a few PDF or Word files (named, or in a small
 * flat folder) will need; null when the command reads none, or more than the main thread reads
 * itself. Only the first bytes of those files are read, and a folder's first entries.
 */
export function earlyPreload(argv: readonly string[]): Preload[] | null {
  const [command, ...rest] = argv;
  if (!command || !READING.has(command) || rest.some((arg) => OTHER_FLAGS.test(arg))) return null;
  const jobs = jobsAsked(rest);
  if (jobs !== null && jobs !== '1') return null;
  const files: string[] = [];
  for (const path of rest.filter((arg) => !arg.startsWith('-'))) {
    const found = filesOf(path);
    if (!found) return null;
    files.push(...found);
  }
  // More files may start worker threads, each with a reader of its own: this one would sit idle.
  if (files.reduce((work, path) => work + workOfPath(path), 0) >= POOL_FROM_WORK) return null;
  // The first that is a PDF or Word file (an option's value, a text are passed over); the rest are not opened.
  for (const file of files) {
    const needs = childNeeds(file);
    if (!needs) continue;
    const preload: Preload[] = command === 'check' ? ['parse', 'check'] : ['parse'];
    return needs.pdf ? [...preload, 'pdf'] : preload;
  }
  return null;
}

/**
 * The reader child of such a command starts before the rest of the CLI loads, and loads pdfjs
 * and the parse pipeline meanwhile (one PDF from a cold start: see docs/speed.md). A wrong guess
 * costs an idle child that ends with the run.
 */
export async function startReaderEarly(argv: readonly string[]): Promise<void> {
  const preload = earlyPreload(argv);
  if (preload) (await import('../run/sandbox.js')).startReaderEarly(preload);
}
