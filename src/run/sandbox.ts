import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Document } from '../text/document.js';
import { DocumentError, type BinaryFormat } from '../text/readers.js';
import { binaryFormat } from '../text/sniff.js';
import type { EncodingName, Report } from '../types.js';
import { DEFAULT_LIMITS, OCR_PAGE_SECONDS, type FileLimits } from './limits.js';
import type { SandboxReply, SandboxRequest } from './sandbox-child.js';

/** Why a file was lost when its reader died of it without a limit being hit. */
const DIED_READING: Record<BinaryFormat | 'text', string> = {
  pdf: 'PDF 文件已损坏（读取它的进程中止）',
  docx: 'Word 文件已损坏（读取它的进程中止）',
  doc: 'Word 文件已损坏（读取它的进程中止）',
  image: '图片已损坏（读取它的进程中止）',
  text: '读取它的进程中止',
};

/** What the child was reading: the document format asked for, or the one the bytes of a whole file show. */
function formatOf(ask: Ask): BinaryFormat | 'text' {
  return ask.kind === 'document' ? ask.format : (binaryFormat(ask.bytes) ?? 'text');
}

/** How often the child's memory is looked at while it reads. */
const WATCH_MS = 100;
const PAGE_BYTES = 4096;

/** The child's resident memory in MB, where the system tells (Linux); elsewhere the heap limit and the time limit still hold. */
function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * PAGE_BYTES) / 2 ** 20;
  } catch {
    return null;
  }
}

/** What a request to the child asks of it, less its id. */
type Ask = SandboxRequest extends infer R ? (R extends SandboxRequest ? Omit<R, 'id'> : never) : never;

interface Reading {
  id: number;
  ask: Ask;
  resolve: (reply: SandboxReply) => void;
  reject: (error: DocumentError) => void;
}

/**
 * How a reader child is launched: its heap bound. The build makes pdfjs's code cache under the
 * flags of the default limits (scripts/cache-pdfjs.js), since V8 refuses a cache made under others.
 */
export const readerFlags = (limits: FileLimits): string[] => [`--max-old-space-size=${limits.heapMb ?? limits.memoryMb}`];

/** The children of this process's sandboxes: ended with the run, however it ends. */
const children = new Set<ChildProcess>();

/** What a child started early loads before its first file: the parse pipeline, the checks for check, pdfjs for a PDF. */
export type Preload = 'parse' | 'check' | 'pdf';

function launch(flags: string[], preload: readonly Preload[]): ChildProcess {
  const child = fork(new URL('./sandbox-child.js', import.meta.url), preload, {
    serialization: 'advanced',
    // The heap bound is the child's own launch setting; V8's report of running out goes nowhere.
    execArgv: flags,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** A reader child started before any sandbox asked for one, with the flags it was launched with. */
let early: { flags: string; child: ChildProcess } | null = null;

/**
 * Starts this process's reader child now, under the default limits, loading what its first file
 * will need: a CLI that is given a PDF starts it before loading itself, so that the child's start
 * (its Node, our modules and pdfjs: ~300 ms) goes on beside the CLI's own (~150 ms) on another
 * core. Idle, it keeps nothing alive; the first sandbox launched with the same flags takes it.
 */
export function startReaderEarly(preload: readonly Preload[]): ChildProcess {
  if (early) return early.child;
  const child = launch(readerFlags(DEFAULT_LIMITS), preload);
  // A child that cannot start is as good as none: the sandbox launches its own.
  child.on('error', () => {});
  child.unref();
  child.channel?.unref();
  early = { flags: readerFlags(DEFAULT_LIMITS).join(' '), child };
  return child;
}

/** The child started early, when it runs under these flags; one under others is ended. */
function takeEarly(flags: string[]): ChildProcess | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  const alive = taken.child.connected && taken.child.exitCode === null && taken.child.signalCode === null;
  if (alive && taken.flags === flags.join(' ')) return taken.child;
  taken.child.kill('SIGKILL');
  return null;
}

/** Ends every reader child at once (the CLI stopped by a signal): none outlives the run. */
export function stopReaders(): void {
  for (const child of children) child.kill('SIGKILL');
}

/**
 * Reads PDFs and Word files in a child process, one file at a time, under a time and a memory limit. A file
 * that runs over either, or that makes the child die in any way, costs that file only: it gets
 * the reason (超时, 内存, 文件损坏) and the next file gets a new child. The child is forked on
 * the first such file, and does not keep the run alive while it waits.
 */
export class DocumentSandbox {
  private child: ChildProcess | null = null;
  private readonly queue: Reading[] = [];
  private current: {
    reading: Reading;
    timer: NodeJS.Timeout;
    watch: NodeJS.Timeout;
    killedFor: string | null;
    kill: (reason: string) => () => void;
    started: number;
    allowed: number;
  } | null = null;
  private next = 0;

  constructor(private readonly limits: FileLimits = DEFAULT_LIMITS) {}

  /** A PDF or Word file read into its document in the child. */
  read = async (format: BinaryFormat, bytes: Uint8Array, options: { ocr?: boolean } = {}): Promise<Document> => {
    const reply = await this.ask({ kind: 'document', format, bytes, ocr: options.ocr ?? false });
    return 'document' in reply ? reply.document : Promise.reject(new DocumentError('读取进程的回复有误'));
  };

  /** A whole file read, parsed and (for check) checked in the child: its time and memory bound all of it. */
  report = async (
    bytes: Uint8Array,
    options: {
      path: string;
      encoding: EncodingName | undefined;
      ocr: boolean;
      check: boolean;
      page?: { file: string | Uint8Array; maxBytes: number } | undefined;
    },
  ): Promise<Report> => {
    const reply = await this.ask({ kind: 'report', bytes, ...options });
    return 'report' in reply ? reply.report : Promise.reject(new DocumentError('读取进程的回复有误'));
  };

  private ask(ask: Ask): Promise<SandboxReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, ask, resolve, reject });
      this.pump();
    });
  }

  private spawn(): ChildProcess {
    const flags = readerFlags(this.limits);
    const child = takeEarly(flags) ?? launch(flags, []);
    child.on('message', (reply: SandboxReply) => this.answer(reply));
    child.on('exit', () => this.died(child));
    // A child that could not start (or be signalled) may never exit: the reading in hand ends either way.
    child.on('error', () => this.died(child));
    return child;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const reading = this.queue.shift()!;
    this.child ??= this.spawn();
    const child = this.child;
    child.ref();
    child.channel?.ref();
    const kill = (reason: string) => () => {
      if (this.current) this.current.killedFor = reason;
      child.kill('SIGKILL');
    };
    const timer = this.timer(kill, this.limits.seconds);
    const watch = setInterval(() => {
      const mb = child.pid === undefined ? null : residentMb(child.pid);
      if (mb !== null && mb > this.limits.memoryMb) kill(`内存：读取时用了超过 ${this.limits.memoryMb} MB`)();
    }, WATCH_MS);
    this.current = { reading, timer, watch, killedFor: null, kill, started: Date.now(), allowed: this.limits.seconds };
    child.send({ id: reading.id, ...reading.ask });
  }

  private finish(): Reading | null {
    if (!this.current) return null;
    const { reading, timer, watch } = this.current;
    clearTimeout(timer);
    clearInterval(watch);
    this.current = null;
    return reading;
  }

  /** The time limit's timer: the file's limit, and OCR_PAGE_SECONDS more for each page read by OCR. */
  private timer(kill: (reason: string) => () => void, allowed: number, started = Date.now()): NodeJS.Timeout {
    return setTimeout(kill(`超时：读取超过 ${allowed} 秒`), allowed * 1000 - (Date.now() - started));
  }

  private answer(reply: SandboxReply): void {
    if (this.current?.reading.id !== reply.id) return;
    if ('ocrPage' in reply) {
      const current = this.current;
      clearTimeout(current.timer);
      current.allowed += OCR_PAGE_SECONDS;
      current.timer = this.timer(current.kill, current.allowed, current.started);
      return;
    }
    const reading = this.finish()!;
    if ('error' in reply) reading.reject(new DocumentError(reply.error));
    else reading.resolve(reply);
    // Idle, the child does not keep the run from ending.
    if (this.queue.length === 0) {
      this.child?.unref();
      this.child?.channel?.unref();
    }
    this.pump();
  }

  private died(child: ChildProcess): void {
    if (this.child !== child) return;
    this.child = null;
    // After an 'error' the child may still run: it is not to be heard from again.
    child.kill('SIGKILL');
    const killedFor = this.current?.killedFor ?? null;
    const reading = this.finish();
    if (reading) reading.reject(new DocumentError(killedFor ?? DIED_READING[formatOf(reading.ask)]));
    this.pump();
  }
}
