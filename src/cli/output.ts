import { createWriteStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { PendingFile } from './pending.js';

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
    /** Where the opened file is a regular one: named only once it was written whole. */
    private readonly file: PendingFile | null = null,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  static toFile(path: string): Output {
    // A device or a pipe (-o /dev/stdout, a FIFO) is written as it is: only a file can be replaced whole.
    if (!isFileOrAbsent(path)) return new Output(createWriteStream(path), true);
    const file = new PendingFile(path);
    return new Output(createWriteStream(file.temp), true, file);
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

  /**
   * Resolves once what was written has gone out or failed: a failure shows only then. A file
   * of the run's own takes its name here, when all of it was written; else it is removed.
   */
  async flushed(): Promise<void> {
    if (this.owned) return this.finishFile();
    if (this.closed) return;
    await new Promise((resolve) => this.stream.write('', () => setImmediate(resolve)));
  }

  private async finishFile(): Promise<void> {
    // 'close' comes after the last write has reached the file, or after the error that stopped it.
    if (!this.stream.destroyed) await new Promise((resolve) => this.stream.once('close', resolve).end());
    const file = this.file;
    if (!file) return;
    try {
      if (this.failure) file.discard();
      else file.commit();
    } catch (error) {
      this.failure ??= error as NodeJS.ErrnoException;
      file.discard();
    }
  }

  get isTTY(): boolean {
    return (this.stream as Writable & { isTTY?: boolean }).isTTY === true;
  }
}

function isFileOrAbsent(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined || stats.isFile();
}
