import { checkReport, type CheckOptions } from '../check.js';
import { parseReport, unreadableReport } from '../parse.js';
import type { EncodingName, Report } from '../types.js';

/** One file's work, on the main thread or in a worker: parse it, and for `check` its own identities. */
export interface Job {
  path: string;
  bytes: Uint8Array;
  encoding: EncodingName | undefined;
  /** Null for `parse`. */
  check: CheckOptions | null;
}

/** A bug of ours on one file must not cost the other files their results. */
export async function runJob(job: Job): Promise<Report> {
  try {
    const report = await parseReport(job.bytes, { path: job.path, encoding: job.encoding });
    return job.check ? checkReport(report, job.check) : report;
  } catch (error) {
    return unreadableReport(job.path, `内部错误：${error instanceof Error ? error.message : String(error)}`);
  }
}
