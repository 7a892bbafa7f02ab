import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Preload } from '../run/sandbox.js';
import { POOL_FROM_WORK, workOfPath } from '../run/work.js';

/** The commands that read files in a reader child. */
const READING = new Set(['check', 'parse']);
/** Options under which the child would be launched otherwise, or not used by this thread. */
const OTHER_READER = /^--(?:jobs|max-file-memory)\b/;
const WORD_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('d0cf11e0a1b11ae1', 'hex')];

/** Whether a file's first bytes say it is read in the reader child, and pdfjs is needed there; null for a file read in this thread (or none). */
function childNeeds(path: string): { pdf: boolean } | null {
  let fd: number | null = null;
  try {
    // Only a plain file is opened: opening a FIFO waits for its writer, a device may never end.
    if (!statSync(path).isFile()) return null;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(8);
    const length = readSync(fd, head, 0, head.length, 0);
    const bytes = head.subarray(0, length);
    if (bytes.toString('latin1').startsWith('%PDF')) return { pdf: true };
    return WORD_MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic)) ? { pdf: false } : null;
  } catch {
    // A directory, a missing file: the run says so in its own time.
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * What the reader child of `check` or `parse` of a few named PDF or Word files will need; null
 * when the command reads none, or more than the main thread reads itself. Only the first bytes of
 * the paths named are read.
 */
export function earlyPreload(argv: readonly string[]): Preload[] | null {
  const [command, ...rest] = argv;
  if (!command || !READING.has(command) || rest.some((arg) => OTHER_READER.test(arg))) return null;
  // More files may start worker threads, each with a reader of its own: this one would sit idle.
  const paths = rest.filter((arg) => !arg.startsWith('-'));
  if (paths.reduce((work, path) => work + workOfPath(path), 0) >= POOL_FROM_WORK) return null;
  // The first that is a PDF or Word file (an option's value, a text, a folder are passed over).
  const needs = paths.map(childNeeds).find((found) => found !== null);
  if (!needs) return null;
  const preload: Preload[] = command === 'check' ? ['parse', 'check'] : ['parse'];
  return needs.pdf ? [...preload, 'pdf'] : preload;
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
