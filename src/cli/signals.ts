import { discardUnfinished } from './pending.js';

/** The signals a scheduler, `timeout`, `kill` or a closed terminal send to stop a run. */
const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The CLI told to stop: no half-written output is left under any name, no reader child is left
 * running, and the process then ends
 * as the signal would have ended it (so a shell or scheduler sees the signal, not an exit code).
 * For the CLI's own process only: the library sets no handler.
 */
export function stopCleanlyOnSignals(): void {
  for (const signal of STOPPING) {
    process.once(signal, async () => {
      discardUnfinished();
      // This thread's reader ends at once; a worker's notices within a quarter second (sandbox-child.ts).
      (await import('../run/sandbox.js')).stopReaders();
      process.kill(process.pid, signal);
    });
  }
}
