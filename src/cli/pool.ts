import { Worker } from 'node:worker_threads';
import { unreadableReport } from '../parse.js';
import type { Job } from './job.js';
import type { Done } from './worker.js';

interface Waiting {
  resolve: (done: Done) => void;
  path: string;
  worker: Worker;
}

/**
 * A small pool of worker threads that runs jobs and yields their results in the order the jobs
 * were given, with a bounded number in flight so that memory does not grow with the run.
 * Workers cost ~25 ms each to start: the CLI uses a pool only for large batches.
 */
export class Pool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  /** Set when a worker died: every later file gets this as its reason instead of hanging. */
  private failure: Error | null = null;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      worker.on('message', (done: Done) => {
        this.waiting.get(done.id)?.resolve(done);
        this.waiting.delete(done.id);
      });
      // A worker that dies still owes each of its files a result.
      worker.on('error', (error) => {
        this.failure = error;
        for (const [id, wait] of this.waiting) {
          if (wait.worker !== worker) continue;
          this.waiting.delete(id);
          wait.resolve({ id, report: unreadableReport(wait.path, `内部错误：${error.message}`) });
        }
      });
      return worker;
    });
  }

  run(job: Job): Promise<Done> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    if (this.failure) return Promise.resolve({ id, report: unreadableReport(job.path, `内部错误：${this.failure.message}`) });
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, path: job.path, worker });
      // The bytes move to the worker rather than being copied.
      const buffer = job.bytes.buffer;
      const transfer = buffer instanceof ArrayBuffer && job.bytes.byteLength === buffer.byteLength ? [buffer] : [];
      worker.postMessage({ ...job, id }, transfer);
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
