import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { unreadableReport } from '../parse.js';
import type { EncodingName } from '../types.js';
import { inputs, type Entry } from './inputs.js';
import { runJob, type Job } from './job.js';
import type { FileLimits } from './limits.js';
import { ordered } from './ordered.js';
import type { Pool } from './pool.js';
import { Result } from './result.js';

export interface RunOptions {
  /** Worker threads asked for (a positive integer); by default all cores once a run reaches POOL_FROM files, else one. */
  jobs: number | null;
  encoding: EncodingName | undefined;
  limits: FileLimits;
  followLinks: boolean;
  /** False for `parse`: the reports are not checked. */
  check: boolean;
  stdin: Readable;
  /** A path that could not be read at all (missing, no permission): the run goes on, and ends with exit 2. */
  cannotRead(path: string, reason: string): void;
}

/** Worker threads pay off from this many files on; below it one thread is faster (~25 ms a worker to start). */
const POOL_FROM = 32;
/**
 * Files in flight per worker: enough that a worker never waits for the main thread, few enough
 * that memory does not grow. Without workers one at a time: the reads are synchronous, so files
 * in flight would overlap nothing, keep more reports alive and hold back the first result.
 */
const IN_FLIGHT_PER_THREAD = 32;

/**
 * Each input parsed (and, for `check`, its own checks made), in input order; a path that cannot
 * be read still yields a result. A run that reaches POOL_FROM files goes on in worker threads.
 */
export async function* readReports(paths: readonly string[], options: RunOptions): AsyncGenerator<Result> {
  const jobs = options.jobs ?? availableParallelism();
  // Set from inside `start`: an object, so that the `finally` below sees it.
  const workers: { pool: Promise<Pool> | null } = { pool: null };
  let started = 0;
  const start = async (entry: Entry): Promise<Result> => {
    started++;
    // The pool and its package load only for a run that uses them: a single report starts faster.
    if (!workers.pool && jobs > 1 && (options.jobs !== null || started >= POOL_FROM)) {
      workers.pool = import('./pool.js').then(({ Pool }) => new Pool(jobs, options.limits));
    }
    const pool = await workers.pool;
    // A worker reads a file on disk itself; standard input, and any file without a pool, is read here.
    const input = pool && entry.onDisk ? null : await entry.read();
    if (input && 'error' in input) {
      if (!input.refused) options.cannotRead(input.path, input.error);
      const report = unreadableReport(input.path, input.error);
      return Result.ofReport(report, null);
    }
    const job: Job = { path: entry.path, fsPath: entry.fsPath, bytes: input?.bytes, encoding: options.encoding, check: options.check, limits: options.limits };
    const done = pool
      ? await pool.run(job)
      : await runJob(job).then(({ report, digest, unreadable }) => ({ result: Result.ofReport(report, digest), unreadable }));
    if (done.unreadable !== undefined) options.cannotRead(entry.path, done.unreadable);
    return done.result;
  };
  try {
    const entries = inputs(paths, options.stdin, options.limits.sizeMb * 2 ** 20, options.followLinks);
    // Until the pool has started, files are read here one at a time: the first result is written at once.
    yield* ordered(entries, start, () => (workers.pool ? jobs * IN_FLIGHT_PER_THREAD : 1));
  } finally {
    await (await workers.pool)?.close();
  }
}
