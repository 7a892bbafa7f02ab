import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The files this process is writing and has not finished: an interrupted run removes them. */
const unfinished = new Set<PendingFile>();

/**
 * A file written whole or not at all: written under a hidden name beside its target, it takes the
 * target's name only when the run has written all of it (a rename, so that a reader never sees half
 * a file, two runs never interleave, and a link at the target is replaced rather than written through).
 */
export class PendingFile {
  readonly temp: string;

  constructor(readonly target: string) {
    this.temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
    unfinished.add(this);
  }

  /** The file is whole: it takes its name. */
  commit(): void {
    unfinished.delete(this);
    renameSync(this.temp, this.target);
  }

  /** The run failed or was stopped: the target keeps what it held before. */
  discard(): void {
    unfinished.delete(this);
    rmSync(this.temp, { force: true });
  }
}

/** Called when the run is interrupted: no half-written file is left under any name. */
export function discardUnfinished(): void {
  for (const file of [...unfinished]) file.discard();
}
