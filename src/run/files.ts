import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { EncodingName } from '../types.js';
import { inputs, type Entry } from './inputs.js';
import { runJob, unreadableResult, type Job } from './job.js';
import { shareOf, type FileLimits } from './limits.js';
import { POOL_FROM_WORK, workOfPath } from './work.js';
import { ordered } from './ordered.js';
import type { Pool } from './pool.js';
import { Result } from './result.js';

export interface RunOptions {
  /** Worker threads asked for (a positive integer); by default all cores for a run of POOL_FROM_WORK or more, else one. */
  jobs: number | null;
  encoding: EncodingName | undefined;
  /** Read pictures and scanned pages by OCR. */
  ocr?: boolean;
  limits: FileLimits;
  followLinks: boolean;
  /** Files the run writes: a walk passes them over. */
  outputs?: readonly string[];
  /** False for `parse`: the reports are not checked. */
  check: boolean;
  stdin: Readable;
  /** A path that could not be read at all (missing, no permission): the run goes on, and ends with exit 2. */
  cannotRead(path: string, reason: string): void;
}

const workOf = (entry: Entry): number => workOfPath(entry.path);

/**
 * Whether the run is large enough for workers, found by walking ahead (the walk is far faster
 * than the reading): the entries walked are kept and handed on first, the rest still to walk.
 */
export async function sizeUp(entries: AsyncGenerator<Entry>): Promise<{ large: boolean; entries: AsyncGenerator<Entry> }> {
  const walked: Entry[] = [];
  let work = 0;
  while (work < POOL_FROM_WORK) {
    const next = await entries.next();
    if (next.done) break;
    walked.push(next.value);
    work += workOf(next.value);
  }
  async function* all(): AsyncGenerator<Entry> {
    yield* walked.splice(0);
    yield* entries;
  }
  return { large: work >= POOL_FROM_WORK, entries: all() };
}
/**
 * Files in flight per worker: enough that a worker never waits for the main thread, few enough
 * that memory does not grow.
 */
const IN_FLIGHT_PER_THREAD = 32;
/**
 * Without workers, two: a PDF or Word file is read in the reader's child process while this thread
 * checks and writes the one before (216 PDFs: 44–49 → 38–39 ms a PDF); a text file is read here
 * either way, and one more in flight keeps one more report alive.
 */
const IN_FLIGHT_ALONE = 2;

/**
 * Each input parsed (and, for `check`, its own checks made), in input order; a path that cannot
 * be read still yields a result. A run of POOL_FROM_WORK or more goes on in worker threads.
 */
export async function* readReports(paths: readonly string[], options: RunOptions): AsyncGenerator<Result> {
  const jobs = options.jobs ?? availableParallelism();
  // With workers, each worker and its reader have their share of the run's memory limit.
  const shared = shareOf(options.limits, jobs);
  // Set from inside `start`: an object, so that the `finally` below sees it.
  const workers: { pool: Promise<Pool> | null } = { pool: null };
  const start = async (entry: Entry): Promise<Result> => {
    const pool = await workers.pool;
    // A worker reads a file on disk itself; standard input, and any file without a pool, is read here.
    const input = pool && entry.onDisk ? null : await entry.read();
    if (input && 'error' in input) {
      if (!input.refused) options.cannotRead(input.path, input.error);
      const report = await unreadableResult(input.path, input.error, options.check);
      return Result.ofReport(report, null);
    }
    const job: Job = {
      path: entry.path,
      fsPath: entry.fsPath,
      bytes: input?.bytes,
      encoding: options.encoding,
      ocr: options.ocr ?? false,
      check: options.check,
      limits: pool ? shared : options.limits,
    };
    const done = pool
      ? await pool.run(job)
      : await runJob(job).then(({ report, digest, unreadable }) => ({ result: Result.ofReport(report, digest), unreadable }));
    if (done.unreadable !== undefined) options.cannotRead(entry.path, done.unreadable);
    return done.result;
  };
  try {
    const walk = inputs(paths, options.stdin, options.limits.sizeMb * 2 ** 20, options.followLinks, options.outputs);
    const { large, entries } = options.jobs === null ? await sizeUp(walk) : { large: true, entries: walk };
    // The pool and its package load only for a run that uses them: a single report starts faster.
    if (jobs > 1 && large) workers.pool = import('./pool.js').then(({ Pool }) => new Pool(jobs, shared));
    yield* ordered(entries, start, () => (workers.pool ? jobs * IN_FLIGHT_PER_THREAD : IN_FLIGHT_ALONE));
  } finally {
    await (await workers.pool)?.close();
  }
}
