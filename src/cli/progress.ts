import type { Output } from './output.js';

/** Before this many files and seconds, a run's pace says too little to tell the time left. */
const ESTIMATE_AFTER_FILES = 5;
const ESTIMATE_AFTER_MS = 2_000;

/** Seconds as a person reads them: 40 秒, 3 分钟, 1 小时 20 分钟. */
function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? `${minutes} 分钟` : `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
}

/**
 * 已读 N / M 个文件，约剩 … on a terminal's stderr, redrawn in place. The total comes from a walk
 * counting ahead of the reading (the walk is far faster); until it is known, the count alone.
 * Anything else written to the terminal clears it first, so that the count never runs into a
 * file name.
 */
export class Progress {
  private onScreen = false;
  private total: number | null = null;
  private finished = false;
  private readonly started = performance.now();

  constructor(
    private readonly err: Output,
    private readonly shown: boolean,
  ) {}

  /** Counts the files of the run as the walk finds them; the total is shown once it is known. */
  async count(entries: AsyncIterable<unknown>): Promise<void> {
    if (!this.shown) return;
    let total = 0;
    const walk = entries[Symbol.asyncIterator]();
    // The run is over: the rest of the walk is left, and closed.
    while (!this.finished) {
      const next = await walk.next();
      if (next.done) {
        this.total = total;
        return;
      }
      total++;
    }
    await walk.return?.();
  }

  /** The run is over: a count still walking stops, and the line is cleared. */
  finish(): void {
    this.finished = true;
    this.clear();
  }

  step(count: number): void {
    if (!this.shown) return;
    this.err.write(`\r\u001b[K${this.line(count)}`);
    this.onScreen = true;
  }

  clear(): void {
    if (!this.onScreen) return;
    this.err.write('\r\u001b[K');
    this.onScreen = false;
  }

  private line(count: number): string {
    if (this.total === null || count > this.total) return `已读 ${count} 个文件`;
    const elapsed = performance.now() - this.started;
    const left = count >= ESTIMATE_AFTER_FILES && elapsed >= ESTIMATE_AFTER_MS ? `，约剩 ${duration((elapsed / count) * (this.total - count))}` : '';
    return `已读 ${count} / ${this.total} 个文件${left}`;
  }
}
