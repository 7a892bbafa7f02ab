import { parentPort } from 'node:worker_threads';
import type { Report } from '../types.js';
import { runJob, type Job } from './job.js';

export interface Message extends Job {
  id: number;
}

export interface Done {
  id: number;
  report: Report;
}

parentPort?.on('message', (message: Message) => {
  void runJob(message).then((report) => parentPort!.postMessage({ id: message.id, report } satisfies Done));
});
