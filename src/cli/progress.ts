import type { Output } from './output.js';

/**
 * 已读 N 个文件 on a terminal's stderr, redrawn in place. Anything else written to the terminal
 * clears it first, so that the count never runs into a file name.
 */
export class Progress {
  private onScreen = false;

  constructor(
    private readonly err: Output,
    private readonly shown: boolean,
  ) {}

  step(count: number): void {
    if (!this.shown) return;
    this.err.write(`\r已读 ${count} 个文件`);
    this.onScreen = true;
  }

  clear(): void {
    if (!this.onScreen) return;
    this.err.write('\r\u001b[K');
    this.onScreen = false;
  }
}
