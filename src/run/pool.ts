import Tinypool from 'tinypool';
import { DEFAULT_LIMITS, type FileLimits } from './limits.js';
import { unreadableResult, type Job } from './job.js';
import { Result } from './result.js';
import type { Posted } from './worker.js';

export interface Done {
  result: Result;
  /** Why the file could not be read at all. */
  unreadable?: string;
}

/**
 * A PDF gets its own time limit in its reader's child process (the sandbox); a worker is given
 * this much longer before it is stopped, so that the reader's reason is the one a file gets.
 */
const WORKER_GRACE_SECONDS = 15;

/** Why a worker gave no result: stopped for time, out of memory, or another failure. */
function reasonOf(error: unknown, limits: FileLimits): string {
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'AbortError') return `超时：处理超过 ${limits.seconds + WORKER_GRACE_SECONDS} 秒`;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `内存：处理时用了超过 ${limits.memoryMb} MB`;
  return `内部错误：${message ?? String(error)}`;
}

const YOUNG_GENERATION_MB = 8;

/**
 * Worker threads for a long run (tinypool): one file at a time per worker, each under a time and
 * a heap limit. A worker that runs over, or dies in any way, is replaced, and only the file it
 * was reading is lost: that file gets the reason. Workers cost ~25 ms each to start: the CLI
 * uses a pool only for large batches.
 */
export class Pool {
  private readonly pool: Tinypool;
  /** Jobs handed to tinypool and not yet done: never more than there are workers. */
  private running = 0;
  /** Jobs waiting for a worker to be free, in order. */
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly limits: FileLimits = DEFAULT_LIMITS,
  ) {
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: size,
      maxThreads: size,
      // A worker's young generation is kept small: what a report allocates dies young, and the
      // default let each worker's heap grow by tens of MB (20,000 files on two workers: peak
      // 231–247 MB by default, 179 MB with 8 MB, 5 % slower; 100,000: 348 → 291 MB).
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  }

  /**
   * A job is handed to tinypool only when a worker is free, and its time starts then: queued in
   * tinypool behind slow files, a file's time ran out before it was read (three hostile files of
   * a thousand were told 超时 so; a good file behind them could have been).
   */
  async run(job: Job): Promise<Done> {
    await this.freeWorker();
    const signal = AbortSignal.timeout((this.limits.seconds + WORKER_GRACE_SECONDS) * 1000);
    try {
      const { json, digest, unreadable }: Posted = await this.pool.run(job, { signal });
      return { result: Result.ofJson(json, digest), ...(unreadable === undefined ? {} : { unreadable }) };
    } catch (error) {
      const report = await unreadableResult(job.path, reasonOf(error, this.limits), job.check);
      return { result: Result.ofReport(report, null) };
    } finally {
      this.done();
    }
  }

  private async freeWorker(): Promise<void> {
    if (this.running < this.size) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** The worker goes to the next job waiting, if any. */
  private done(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
