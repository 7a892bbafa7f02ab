import { parentPort } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';

export interface Message extends Job {
  id: number;
}

export interface Done extends JobResult {
  id: number;
}

/**
 * What a worker posts back: reports as JSON text. Copying a string costs a fraction of cloning
 * a report's object graph, and each message has a fixed cost of its own (measured: 0.16 ms a
 * postMessage), so jobs come in batches and results go back a few at a time.
 */
export interface Posted {
  id: number;
  json: string;
  unreadable?: string;
}

/** Results posted together: small enough that the main thread can send more work early. */
const RESULTS_PER_MESSAGE = 8;

parentPort?.on('message', async (batch: Message[]) => {
  let results: Posted[] = [];
  for (const message of batch) {
    const { report, unreadable } = await runJob(message);
    results.push({ id: message.id, json: JSON.stringify(report), ...(unreadable === undefined ? {} : { unreadable }) });
    if (results.length === RESULTS_PER_MESSAGE) {
      parentPort!.postMessage(results);
      results = [];
    }
  }
  if (results.length > 0) parentPort!.postMessage(results);
});
