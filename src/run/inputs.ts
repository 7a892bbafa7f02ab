import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, sep } from 'node:path';
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
  /** The path as shown (see shownPath). */
  path: string;
  /** The path as the file system knows it, when that is not `path` (a name that is not UTF-8). */
  fsPath?: string | Buffer;
  /** A file on disk: a worker thread can read it itself. */
  onDisk?: boolean;
  read(): Promise<Input>;
}

/**
 * Files a directory walk takes; a file named on the command line is always read. Formats that
 * are not read (spreadsheets, OFD, images) are taken too, so that each gets a finding that names
 * it rather than being passed over without a word.
 */
const REPORT_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.md',
  '.htm',
  '.html',
  '.pdf',
  '.docx',
  '.doc',
  '.wps',
  '',
  '.xls',
  '.xlsx',
  '.et',
  '.ofd',
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
]);

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在（或是断开的链接）';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'ELOOP') return '符号链接循环';
  if (code === 'EISDIR') return '是目录';
  if (code === 'ENOTDIR') return '不是目录';
  return error instanceof Error ? error.message : String(error);
}

const tooLarge = (path: string, maxBytes: number): Input => ({
  path,
  error: `文件过大（超过 ${Math.round(maxBytes / 2 ** 20)} MB；--max-file-size 可放宽）`,
  refused: true,
});

/**
 * A file's bytes, counted as they are read: the size a file reports is not to be trusted (files
 * of /proc report 0 and hold gigabytes), so reading stops once `maxBytes` is passed.
 */
function readCapped(fd: number, maxBytes: number, sizeHint: number): Uint8Array | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // One read of the size the file reports (and one more to see its end) for an ordinary file.
    const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(sizeHint + 1, 1 << 16)));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) return null;
    chunks.push(chunk.subarray(0, read));
  }
}

/** What a path that is no regular file is: a pipe or a device would block the run, or never end. */
function notAFile(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (info.isFIFO()) return '是命名管道（FIFO），不是普通文件，未读';
  if (info.isSocket()) return '是套接字，不是普通文件，未读';
  if (info.isCharacterDevice() || info.isBlockDevice()) return '是设备，不是普通文件，未读';
  return null;
}

/**
 * A synchronous read: a report is small, and the promise API's four round trips through the
 * thread pool (open, stat, read, close) cost ten times the read itself. A file over `maxBytes`
 * is not read; a pipe or a device is not read.
 */
export function readInput(path: string | Buffer, maxBytes: number): Input {
  const shown = shownPath(path);
  let fd: number | null = null;
  try {
    // Opened without waiting: opening a FIFO for reading otherwise waits for a writer for ever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    const what = notAFile(info);
    if (what) return { path: shown, error: what, refused: true };
    if (info.size > maxBytes) return tooLarge(shown, maxBytes);
    const bytes = readCapped(fd, maxBytes, info.size);
    return bytes ? { path: shown, bytes } : tooLarge(shown, maxBytes);
  } catch (error) {
    return { path: shown, error: reason(error) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
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

/** A path as bytes (a name need not be UTF-8: GBK names from archives made on Chinese Windows). */
type FsPath = string | Buffer;

const SEP = Buffer.from(sep);
const joinPath = (dir: FsPath, name: Buffer): FsPath => Buffer.concat([Buffer.isBuffer(dir) ? dir : Buffer.from(dir), SEP, name]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One part of a path: as UTF-8 when it is, else its bytes past ASCII escaped (\xd6). */
function shownPart(part: Buffer): string {
  try {
    return strictUtf8.decode(part);
  } catch {
    return [...part].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('');
  }
}

/** A path as shown: each part that is UTF-8 as it is, the others escaped, so that two such names never look alike. */
export function shownPath(path: FsPath): string {
  if (typeof path === 'string') return path;
  const parts: string[] = [];
  for (let start = 0; start <= path.length;) {
    const end = path.indexOf(SEP, start);
    parts.push(shownPart(path.subarray(start, end < 0 ? path.length : end)));
    start = end < 0 ? path.length + 1 : end + SEP.length;
  }
  return parts.join(sep);
}

const extensionOf = (name: Buffer): string => extname(name.toString('latin1')).toLowerCase();

function failed(path: FsPath, error: unknown): Entry {
  const input = { path: shownPath(path), error: reason(error) };
  return { path: input.path, read: async () => input };
}

function file(path: FsPath, maxBytes: number): Entry {
  const shown = shownPath(path);
  return { path: shown, fsPath: path, onDisk: true, read: async () => ({ ...readInput(path, maxBytes), path: shown }) };
}

/** A link the walk does not follow: it says so, rather than leaving it out without a word. */
function notFollowed(path: FsPath): Entry {
  const input = { path: shownPath(path), error: '链接指向所查目录之外，未跟随（--follow-links 可跟随）', refused: true as const };
  return { path: input.path, read: async () => input };
}

const NODE_MODULES = Buffer.from('node_modules');

/**
 * The folders a browser saves a page's pictures in beside it (报告.html and 报告_files): they
 * belong to the page, which reads them with --ocr, and are not reports of their own.
 */
function pagesFolders(entries: readonly Dirent<Buffer>[]): Set<string> {
  const folders = new Set<string>();
  for (const entry of entries) {
    const name = entry.name.toString('latin1');
    const page = /^(.*)\.html?$/i.exec(name);
    if (page) for (const suffix of ['_files', '.files']) folders.add(`${page[1]}${suffix}`);
  }
  return folders;
}

/**
 * A walk over the paths named on the command line. Synchronous, like the reads: one listing is
 * quick, and an asynchronous walk spent more time in promise round trips than the whole run
 * spends reading. Each real directory is entered once (a link back up the tree would walk for
 * ever); a link out of the directory named is followed only when asked.
 */
class Walk {
  private readonly seen = new Set<string>();

  constructor(
    private readonly maxBytes: number,
    private readonly followLinks: boolean,
    /** The run's own outputs, as real paths: never read as reports (check DIR -o DIR/results.txt). */
    private readonly outputs: ReadonlySet<string>,
  ) {}

  /** A file named on the command line is always read; one met in a walk only if it can be a report. */
  *visit(path: FsPath, named: boolean, root: string | null): Generator<Entry> {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      yield failed(path, error);
      return;
    }
    if (info.isDirectory()) yield* this.directory(path, root);
    else if (named || (info.isFile() && REPORT_EXTENSIONS.has(extensionOf(Buffer.from(path))))) yield file(path, this.maxBytes);
  }

  private *directory(dir: FsPath, root: string | null): Generator<Entry> {
    let entries: Dirent<Buffer>[];
    let real: string;
    try {
      // The native realpath is one system call; the JS one stats every component of the path.
      real = realpathSync.native(dir);
      if (this.seen.has(real)) return;
      this.seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
    } catch (error) {
      yield failed(dir, error);
      return;
    }
    const inside = root ?? real;
    const pageFolders = pagesFolders(entries);
    for (const entry of entries) {
      // Hidden entries are not reports: .git, .DS_Store, an editor's swap files; nor is a package folder.
      if (entry.name[0] === 0x2e || entry.name.equals(NODE_MODULES)) continue;
      const path = joinPath(dir, entry.name);
      if (this.outputs.has(`${real}${sep}${entry.name.toString()}`)) continue;
      // Only links need a stat of their own: the listing already says what the rest are.
      if (entry.isSymbolicLink()) yield* this.link(path, inside);
      else if (entry.isDirectory()) {
        if (!pageFolders.has(entry.name.toString('latin1'))) yield* this.directory(path, inside);
      } else if (entry.isFile() && REPORT_EXTENSIONS.has(extensionOf(entry.name))) yield file(path, this.maxBytes);
    }
  }

  private *link(path: FsPath, root: string): Generator<Entry> {
    let target: string;
    try {
      target = realpathSync.native(path);
    } catch (error) {
      yield failed(path, error);
      return;
    }
    const within = target === root || target.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
    if (within || this.followLinks) yield* this.visit(path, false, root);
    else if (statSync(target, { throwIfNoEntry: false })?.isDirectory() || REPORT_EXTENSIONS.has(extname(target).toLowerCase())) yield notFollowed(path);
  }
}

/** Where a file to be written will be, its folder's links resolved (the file itself may not be there yet). */
function realTarget(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try {
      return `${realpathSync.native(dirname(path))}${sep}${basename(path)}`;
    } catch {
      return path;
    }
  }
}

/**
 * Every input named on the command line, directories walked in a stable order, `-` as stdin;
 * none read past `maxBytes`; links out of a directory named followed only with `followLinks`.
 */
export async function* inputs(
  paths: readonly string[],
  stdin: Readable,
  maxBytes: number,
  followLinks = false,
  outputs: readonly string[] = [],
): AsyncGenerator<Entry> {
  const walk = new Walk(maxBytes, followLinks, new Set(outputs.map(realTarget)));
  for (const path of paths) {
    if (path === '-') yield { path, read: () => readStream(path, stdin, maxBytes) };
    else yield* walk.visit(path, true, null);
  }
}
