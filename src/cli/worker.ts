import { parentPort } from 'node:worker_threads';
import { checkReport } from '../check.js';
import { parseReport } from '../parse.js';
import type { EncodingName, Report } from '../types.js';
import { unreadableReport } from '../parse.js';

/** A job for a worker: one file's bytes, parsed and (for `check`) checked on its own. */
export interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
  encoding: EncodingName | undefined;
  check: boolean;
  strict: boolean;
}

export interface Done {
  id: number;
  report: Report;
}

async function work(job: Job): Promise<Report> {
  try {
    const report = await parseReport(job.bytes, { path: job.path, encoding: job.encoding });
    return job.check ? checkReport(report, { strict: job.strict }) : report;
  } catch (error) {
    return unreadableReport(job.path, `内部错误：${error instanceof Error ? error.message : String(error)}`);
  }
}

parentPort?.on('message', (job: Job) => {
  void work(job).then((report) => parentPort!.postMessage({ id: job.id, report } satisfies Done));
});
