import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';

/** One input as the CLI found it: its bytes, or why it could not be read at all. */
export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** Files a directory walk takes; a file named on the command line is always read. */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.htm', '.html', '.pdf', '']);

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在（或是断开的链接）';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'ELOOP') return '符号链接循环';
  if (code === 'EISDIR') return '是目录';
  return error instanceof Error ? error.message : String(error);
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Input> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { path: dir, error: reason(error) };
    return;
  }
  // A link back up the tree would walk forever: each real directory is entered once.
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    yield { path: dir, error: reason(error) };
    return;
  }
  for (const name of names) yield* visit(join(dir, name), seen, false);
}

/** A file named on the command line is always read; one met in a walk only if it can be a report. */
async function* visit(path: string, seen: Set<string>, named: boolean): AsyncGenerator<Input> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { path, error: reason(error) };
    return;
  }
  if (info.isDirectory()) yield* walk(path, seen);
  else if (named || (info.isFile() && REPORT_EXTENSIONS.has(extname(path).toLowerCase()))) yield await readOne(path);
}

async function readOne(path: string): Promise<Input> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (error) {
    return { path, error: reason(error) };
  }
}

/** Every input named on the command line, directories walked in a stable order, `-` as stdin. */
export async function* inputs(paths: readonly string[], stdin: Readable): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') yield { path: '-', bytes: await readStream(stdin) };
    else yield* visit(path, seen, true);
  }
}
