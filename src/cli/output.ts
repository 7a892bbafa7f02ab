import type { Writable } from 'node:stream';

/**
 * Writes to a stream and stops quietly once the reader has gone (`… | head`): EPIPE is the
 * reader's choice, not an error of ours.
 */
export class Output {
  /** True once the reader has gone: there is no point reading more files. */
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.closed = true;
    });
  }

  write(text: string): void {
    if (!this.closed && text !== '') this.stream.write(text);
  }

  get isTTY(): boolean {
    return (this.stream as Writable & { isTTY?: boolean }).isTTY === true;
  }
}
