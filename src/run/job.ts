import { DocumentError } from '../text/readers.js';
import { binaryFormat, sniff } from '../text/sniff.js';
import type { EncodingName, Report } from '../types.js';
import { DEFAULT_LIMITS, type FileLimits } from './limits.js';
import type { DocumentSandbox } from './sandbox.js';
import type { Digest } from './summary.js';
import { readInput } from './inputs.js';

/** One file's work, on the main thread or in a worker: parse it, and for `check` its own checks. */
export interface Job {
  path: string;
  /** The path as the file system knows it, when its name is not UTF-8 (bytes arrive in a worker as a Uint8Array). */
  fsPath?: string | Uint8Array | undefined;
  /** The file's bytes; absent when the job reads the file itself (in a worker, which spares the main thread). */
  bytes?: Uint8Array | undefined;
  encoding: EncodingName | undefined;
  /** Read pictures and scanned pages by OCR (--ocr). */
  ocr?: boolean | undefined;
  /** False for `parse`. */
  check: boolean;
  /** What one file may take; the defaults when absent. */
  limits?: FileLimits | undefined;
}

export interface JobResult {
  report: Report;
  /** For `check`: what the main thread needs without the report. */
  digest: Digest | null;
  /** Why the file could not be read at all: the run ends with exit 2. */
  unreadable?: string;
}

/**
 * Texts up to this size are read in this thread; larger ones go to the reader's child, where its
 * time and memory limits bound them (no real report comes near: the largest in the corpus are
 * ~300 KB, and a pathological 1 MB takes ~1 s and ~100 MB here).
 */
export const TEXT_IN_THREAD_MAX = 2 ** 20;

/**
 * This thread's reader: a child process, so that no file can take the run down (one per limits
 * asked for). Made with the first file that needs it — once, however many ask at the same time —
 * so that a run of small text files pays nothing for it.
 */
let sandbox: { limits: string; reader: Promise<DocumentSandbox> } | null = null;
function reader(limits: FileLimits | undefined): Promise<DocumentSandbox> {
  const key = JSON.stringify(limits ?? null);
  if (sandbox?.limits !== key) sandbox = { limits: key, reader: import('../run/sandbox.js').then(({ DocumentSandbox }) => new DocumentSandbox(limits)) };
  return sandbox.reader;
}

/**
 * The parse pipeline loads with the first file read in this thread (a text) or lost to its
 * reader: a run of PDFs or Word files, read in the reader's child, starts without it (70 ms).
 */
const parsing = () => import('../parse.js');

/** The checks load for `check` only: `parse` of one file starts without the rules (a fifth of its modules). */
let checks: Promise<{ checkOwn: (report: Report) => Report; digestOf: (report: Report) => Digest }> | null = null;
const loadChecks = () =>
  (checks ??= Promise.all([import('./checker.js'), import('./summary.js')]).then(([{ checkOwn }, { digestOf }]) => ({ checkOwn, digestOf })));

const isDocument = (bytes: Uint8Array): boolean => binaryFormat(bytes) !== null;

/** A web page read with --ocr: its pictures are read beside it, in the child, under its limits. */
const pageWithPictures = (job: Job, bytes: Uint8Array): boolean => {
  if (!job.ocr) return false;
  const sniffed = sniff(bytes);
  return 'read' in sniffed && sniffed.read === 'html';
};

/** Whether a file is read in the reader's child: a PDF or Word file, a large text, a web page whose pictures OCR reads. */
const readsInChild = (job: Job, bytes: Uint8Array): boolean => bytes.length > TEXT_IN_THREAD_MAX || isDocument(bytes) || pageWithPictures(job, bytes);

/**
 * A file read in the child: the report it sends back, or, where the child died of the file (a
 * limit, a crash), the report of a file that could not be read — as parseReport makes it for a
 * document its reader rejects, so that every path gives the same result.
 */
async function reportInChild(job: Job, bytes: Uint8Array, checkOwn: ((report: Report) => Report) | null): Promise<Report> {
  try {
    // A page's pictures are found beside it by the path the file system knows (not one of stdin).
    const file = job.fsPath ?? (job.path === '-' ? null : job.path);
    const page = file && pageWithPictures(job, bytes) ? { file, maxBytes: (job.limits ?? DEFAULT_LIMITS).sizeMb * 2 ** 20 } : undefined;
    return await (await reader(job.limits)).report(bytes, { path: job.path, encoding: job.encoding, ocr: job.ocr ?? false, check: job.check, page });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    const { parseReport, unreadableReport } = await parsing();
    const failed = isDocument(bytes)
      ? await parseReport(bytes, { path: job.path, encoding: job.encoding, readBinary: () => Promise.reject(error) })
      : unreadableText(unreadableReport(job.path, error.message), bytes.length);
    return checkOwn ? checkOwn(failed) : failed;
  }
}

/** A text its reader died of: its size and format are known, nothing else. */
const unreadableText = (report: Report, bytes: number): Report => ({ ...report, source: { ...report.source, bytes, format: 'text' } });

/** A bug of ours on one file must not cost the other files their results. */
export async function runJob(job: Job): Promise<JobResult> {
  const { checkOwn, digestOf } = job.check ? await loadChecks() : { checkOwn: null, digestOf: null };
  const done = (report: Report, unreadable?: string): JobResult => ({
    report,
    digest: digestOf ? digestOf(report) : null,
    ...(unreadable === undefined ? {} : { unreadable }),
  });
  const fsPath = typeof job.fsPath === 'object' ? Buffer.from(job.fsPath) : (job.fsPath ?? job.path);
  const input = job.bytes ? { path: job.path, bytes: job.bytes } : readInput(fsPath, (job.limits ?? DEFAULT_LIMITS).sizeMb * 2 ** 20);
  const checked = (report: Report): Report => (checkOwn ? checkOwn(report) : report);
  if ('error' in input) return done(checked((await parsing()).unreadableReport(job.path, input.error)), input.refused ? undefined : input.error);
  try {
    if (readsInChild(job, input.bytes)) return done(await reportInChild(job, input.bytes, checkOwn));
    const { parseReport } = await parsing();
    return done(checked(await parseReport(input.bytes, { path: job.path, encoding: job.encoding, ocr: job.ocr ?? false })));
  } catch (error) {
    const { unreadableReport } = await parsing();
    return done(checked(unreadableReport(job.path, `内部错误：${error instanceof Error ? error.message : String(error)}`)));
  }
}

/** The report of a file that could not be read at all, checked for check like every other (its status and coverage). */
export async function unreadableResult(path: string, reason: string, check: boolean): Promise<Report> {
  const report = (await parsing()).unreadableReport(path, reason);
  return check ? (await loadChecks()).checkOwn(report) : report;
}
