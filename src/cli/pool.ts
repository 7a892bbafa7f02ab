import { Worker } from 'node:worker_threads';
import { digestOf } from '../check.js';
import { unreadableReport } from '../parse.js';
import type { Job } from './job.js';
import { Result } from './result.js';
import type { Done, Message, Posted } from './worker.js';

interface Waiting {
  resolve: (done: Done) => void;
  job: Job;
  worker: Worker;
}

/** What a file gets when the worker reading it died. */
function failed(id: number, job: Job, error: Error): Done {
  const report = unreadableReport(job.path, `内部错误：${error.message}`);
  return { id, result: Result.ofReport(report, job.check ? digestOf(report) : null) };
}

/**
 * A small pool of worker threads that runs jobs and yields their results in the order the jobs
 * were given, with a bounded number in flight so that memory does not grow with the run.
 * Workers cost ~25 ms each to start: the CLI uses a pool only for large batches.
 */
export class Pool {
  private readonly workers: Worker[];
  /** Jobs sent to each worker and not yet answered: a job goes to the least busy. */
  private readonly busy: number[];
  private readonly waiting = new Map<number, Waiting>();
  /** Jobs not yet sent, per worker. */
  private readonly outbox: Message[][];
  private flushing: NodeJS.Immediate | null = null;
  private next = 0;
  /** Set when a worker died: every later file gets this as its reason instead of hanging. */
  private failure: Error | null = null;

  constructor(size: number) {
    this.busy = Array<number>(size).fill(0);
    this.outbox = Array.from({ length: size }, () => []);
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      worker.on('message', (results: Posted[]) => {
        for (const { id, json, digest, unreadable } of results) {
          this.busy[index]!--;
          this.waiting.get(id)?.resolve({ id, result: Result.ofJson(json, digest), ...(unreadable === undefined ? {} : { unreadable }) });
          this.waiting.delete(id);
        }
      });
      // A worker that dies still owes each of its files a result.
      worker.on('error', (error) => {
        this.failure = error;
        for (const [id, wait] of this.waiting) {
          if (wait.worker !== worker) continue;
          this.waiting.delete(id);
          wait.resolve(failed(id, wait.job, error));
        }
      });
      return worker;
    });
  }

  run(job: Job): Promise<Done> {
    const id = this.next++;
    const index = this.busy.indexOf(Math.min(...this.busy));
    const worker = this.workers[index]!;
    if (this.failure) return Promise.resolve(failed(id, job, this.failure));
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, job, worker });
      this.busy[index]!++;
      this.outbox[index]!.push({ ...job, id });
      // Jobs started in the same turn of the event loop go to each worker as one message.
      this.flushing ??= setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.flushing = null;
    this.outbox.forEach((batch, index) => {
      if (batch.length === 0) return;
      // The bytes move to the worker rather than being copied.
      const transfer = batch.flatMap(({ bytes }) => (bytes?.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : []));
      this.workers[index]!.postMessage(batch, transfer);
      this.outbox[index] = [];
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Results in input order, at most `inFlight` jobs running at once. */
export async function* ordered<T, R>(items: AsyncIterable<T>, start: (item: T) => Promise<R>, inFlight: number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(start(item));
    if (queue.length >= inFlight) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
