import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';

/** One input as the CLI found it: its bytes, or why it could not be read at all. */
export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

/**
 * An input found by the walk, not yet read: reading starts when `read` is called, so that the
 * caller can have several files in flight while it parses others.
 */
export interface Entry {
  path: string;
  /** A file on disk: a worker thread can read it itself. */
  onDisk?: boolean;
  read(): Promise<Input>;
}

/** Files a directory walk takes; a file named on the command line is always read. */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.htm', '.html', '.pdf', '']);

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在（或是断开的链接）';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'ELOOP') return '符号链接循环';
  if (code === 'EISDIR') return '是目录';
  if (code === 'ENOTDIR') return '不是目录';
  return error instanceof Error ? error.message : String(error);
}

function failed(path: string, error: unknown): Entry {
  const input = { path, error: reason(error) };
  return { path, read: async () => input };
}

/**
 * A synchronous read: a report is small, and the promise API's four round trips through the
 * thread pool (open, stat, read, close) cost ten times the read itself.
 */
export function readInput(path: string): Input {
  try {
    return { path, bytes: readFileSync(path) };
  } catch (error) {
    return { path, error: reason(error) };
  }
}

function file(path: string): Entry {
  return { path, onDisk: true, read: async () => readInput(path) };
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/**
 * The walk is synchronous, like the reads: one listing is quick, and an asynchronous walk spent
 * more time in promise round trips than the whole run spends reading.
 */
function* walk(dir: string, seen: Set<string>): Generator<Entry> {
  let entries: Dirent[];
  try {
    // A link back up the tree would walk forever: each real directory is entered once. (The native
    // realpath is one system call; the JS one stats every component of the path.)
    const real = realpathSync.native(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    yield failed(dir, error);
    return;
  }
  for (const entry of entries) {
    // Hidden entries are not reports: .git, .DS_Store, an editor's swap files.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Only links need a stat of their own: the listing already says what the rest are.
    if (entry.isSymbolicLink()) yield* visit(path, seen, false);
    else if (entry.isDirectory()) yield* walk(path, seen);
    else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(path).toLowerCase())) yield file(path);
  }
}

/** A file named on the command line is always read; one met in a walk only if it can be a report. */
function* visit(path: string, seen: Set<string>, named: boolean): Generator<Entry> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    yield failed(path, error);
    return;
  }
  if (info.isDirectory()) yield* walk(path, seen);
  else if (named || (info.isFile() && REPORT_EXTENSIONS.has(extname(path).toLowerCase()))) yield file(path);
}

/** Every input named on the command line, directories walked in a stable order, `-` as stdin. */
export async function* inputs(paths: readonly string[], stdin: Readable): AsyncGenerator<Entry> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') yield { path, read: async () => ({ path, bytes: await readStream(stdin) }) };
    else yield* visit(path, seen, true);
  }
}
