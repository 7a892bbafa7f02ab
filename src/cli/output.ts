import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * Writes to a stream and stops once it cannot: quietly when the reader has gone (`… | head`:
 * EPIPE is the reader's choice, not an error of ours); with the failure kept when the output
 * itself failed (a full disk), so that the run can say so and end with its own status.
 */
export class Output {
  /** True once nothing more can be written: there is no point reading more files. */
  closed = false;
  /** Why writing failed, when it was not the reader going away. */
  failure: NodeJS.ErrnoException | null = null;

  constructor(
    private readonly stream: Writable,
    /** A file this run opened (`-o`): ended when the run is done. */
    private readonly owned = false,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  static toFile(path: string): Output {
    return new Output(createWriteStream(path), true);
  }

  private fail(error: NodeJS.ErrnoException): void {
    this.closed = true;
    if (error.code !== 'EPIPE') this.failure ??= error;
  }

  write(text: string): void {
    if (this.closed || text === '') return;
    try {
      this.stream.write(text);
    } catch (error) {
      // A file or device written synchronously throws rather than emitting 'error'.
      this.fail(error as NodeJS.ErrnoException);
    }
  }

  /**
   * Resolves once the reader has taken enough of what was written (at once unless the stream's
   * buffer is full): a reader that reads slowly slows the run down instead of filling memory.
   */
  drained(): Promise<void> {
    if (this.closed || !this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        for (const event of ['drain', 'close', 'error']) this.stream.off(event, done);
        resolve();
      };
      for (const event of ['drain', 'close', 'error']) this.stream.once(event, done);
    });
  }

  /** Resolves once what was written has gone out or failed: a failure shows only then. */
  flushed(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.owned) return new Promise((resolve) => this.stream.once('error', () => resolve()).end(() => resolve()));
    return new Promise((resolve) => this.stream.write('', () => setImmediate(resolve)));
  }

  get isTTY(): boolean {
    return (this.stream as Writable & { isTTY?: boolean }).isTTY === true;
  }
}
