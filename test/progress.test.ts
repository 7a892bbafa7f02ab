import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../src/cli/output.js';
import { Progress } from '../src/cli/progress.js';

class Terminal extends Writable {
  text = '';
  readonly isTTY = true;
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function* files(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('the progress line', () => {
  it('counts alone until the walk has counted the run, then shows the total', async () => {
    const terminal = new Terminal();
    const progress = new Progress(new Output(terminal), true);
    progress.step(1);
    expect(terminal.text.endsWith('已读 1 个文件')).toBe(true);
    await progress.count(files(20));
    progress.step(2);
    expect(terminal.text.endsWith('已读 2 / 20 个文件')).toBe(true);
    progress.finish();
    expect(terminal.text.endsWith('\r\u001b[K')).toBe(true);
  });

  it('stops a count still walking when the run is over', async () => {
    const progress = new Progress(new Output(new Terminal()), true);
    let walked = 0;
    async function* endless(): AsyncGenerator<number> {
      for (;;) {
        walked++;
        if (walked === 5) progress.finish();
        yield walked;
      }
    }
    await progress.count(endless());
    expect(walked).toBe(5);
  });
});
