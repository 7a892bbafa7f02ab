import { closeSync, openSync, opendirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Preload } from '../run/sandbox.js';
import { documentByHead } from '../text/sniff.js';
import { POOL_FROM_WORK, workOfPath } from '../run/work.js';

/** The commands that read files in a reader child. */
const READING = new Set(['check', 'parse']);
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
  if (!command || !READING.has(command)) return null;
  // Only --jobs is told apart; any other option's value passes for a path (and is passed over below).
  const { values, positionals } = parseArgs({ args: rest, strict: false, allowPositionals: true, options: { jobs: { type: 'string' } } });
  // With more threads each has a reader of its own; with --max-file-memory the child is launched with other flags.
  if ((values.jobs !== undefined && values.jobs !== '1') || 'max-file-memory' in values) return null;
  const files: string[] = [];
  for (const path of positionals) {
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
