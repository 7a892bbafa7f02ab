import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * One input as the CLI found it: its bytes, or why it could not be read at all. A file that was
 * there but not read on purpose (`refused`: too large) is a finding of that file, not a path
 * that could not be read.
 */
export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string; refused?: true };

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

/**
 * Files a directory walk takes; a file named on the command line is always read. Formats that
 * are not read (spreadsheets, OFD, images) are taken too, so that each gets a finding that names
 * it rather than being passed over without a word.
 */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.htm', '.html', '.pdf', '.docx', '.doc', '.wps', '', '.xls', '.xlsx', '.et', '.ofd', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

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

const tooLarge = (path: string, maxBytes: number): Input => ({ path, error: `文件过大（超过 ${Math.round(maxBytes / 2 ** 20)} MB；--max-file-size 可放宽）`, refused: true });

/** What a device or a pipe holds (no size is told), read until `maxBytes` is passed. */
function readCapped(fd: number, maxBytes: number): Uint8Array | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) return null;
    chunks.push(chunk.subarray(0, read));
  }
}

/**
 * A synchronous read: a report is small, and the promise API's four round trips through the
 * thread pool (open, stat, read, close) cost ten times the read itself. A file over `maxBytes`
 * is not read (a device such as /dev/zero is read only that far).
 */
export function readInput(path: string, maxBytes: number): Input {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isFile()) return info.size > maxBytes ? tooLarge(path, maxBytes) : { path, bytes: readFileSync(fd) };
    const bytes = readCapped(fd, maxBytes);
    return bytes ? { path, bytes } : tooLarge(path, maxBytes);
  } catch (error) {
    return { path, error: reason(error) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function file(path: string, maxBytes: number): Entry {
  return { path, onDisk: true, read: async () => readInput(path, maxBytes) };
}

async function readStream(path: string, stream: Readable, maxBytes: number): Promise<Input> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += bytes.length;
    if (total > maxBytes) {
      stream.destroy();
      return tooLarge(path, maxBytes);
    }
    chunks.push(bytes);
  }
  return { path, bytes: Buffer.concat(chunks) };
}

/**
 * The walk is synchronous, like the reads: one listing is quick, and an asynchronous walk spent
 * more time in promise round trips than the whole run spends reading.
 */
function* walk(dir: string, seen: Set<string>, maxBytes: number): Generator<Entry> {
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
    if (entry.isSymbolicLink()) yield* visit(path, seen, false, maxBytes);
    else if (entry.isDirectory()) yield* walk(path, seen, maxBytes);
    else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(path).toLowerCase())) yield file(path, maxBytes);
  }
}

/** A file named on the command line is always read; one met in a walk only if it can be a report. */
function* visit(path: string, seen: Set<string>, named: boolean, maxBytes: number): Generator<Entry> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    yield failed(path, error);
    return;
  }
  if (info.isDirectory()) yield* walk(path, seen, maxBytes);
  else if (named || (info.isFile() && REPORT_EXTENSIONS.has(extname(path).toLowerCase()))) yield file(path, maxBytes);
}

/** Every input named on the command line, directories walked in a stable order, `-` as stdin; none read past `maxBytes`. */
export async function* inputs(paths: readonly string[], stdin: Readable, maxBytes: number): AsyncGenerator<Entry> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') yield { path, read: () => readStream(path, stdin, maxBytes) };
    else yield* visit(path, seen, true, maxBytes);
  }
}
