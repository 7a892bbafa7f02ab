import { parseReport, unreadableReport } from '../parse.js';
import type { BinaryFormat, DocumentText } from '../text/binary.js';
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
 * This thread's reader of PDFs and Word files: a child process, so that no such file can take
 * the run down (one per limits asked for). Loaded with the first of them: a run of text files
 * pays nothing for it.
 */
let sandbox: { limits: string; reader: DocumentSandbox } | null = null;
async function readInSandbox(format: BinaryFormat, bytes: Uint8Array, limits: FileLimits | undefined): Promise<DocumentText> {
  const key = JSON.stringify(limits ?? null);
  if (sandbox?.limits !== key) sandbox = { limits: key, reader: new (await import('../run/sandbox.js')).DocumentSandbox(limits) };
  return sandbox.reader.read(format, bytes);
}

/** The checks load for `check` only: `parse` of one file starts without the rules (a fifth of its modules). */
let checks: Promise<{ checkOwn: (report: Report) => Report; digestOf: (report: Report) => Digest }> | null = null;
const loadChecks = () =>
  (checks ??= Promise.all([import('./checker.js'), import('./summary.js')]).then(([{ checkOwn }, { digestOf }]) => ({ checkOwn, digestOf })));

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
  if ('error' in input) return done(unreadableReport(job.path, input.error), input.refused ? undefined : input.error);
  try {
    const report = await parseReport(input.bytes, {
      path: job.path,
      encoding: job.encoding,
      readDocument: (format, bytes) => readInSandbox(format, bytes, job.limits),
    });
    return done(checkOwn ? checkOwn(report) : report);
  } catch (error) {
    return done(unreadableReport(job.path, `内部错误：${error instanceof Error ? error.message : String(error)}`));
  }
}
