import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * A run over many reports must not keep their texts: what outlives a report (the carry-over
 * index, the label and conversion caches) keeps copies of short strings, not views into the
 * report, and the conversion cache leaves long runs out. Each report here is Traditional and has
 * a sentence of its own, some 3,000 characters long (the conversion cache), names its own agency
 * (the carry-over index), spaces a row label its own way (the label cache), and carries 20,000
 * characters of padding, so a report kept alive costs at least 40 KB. Measured in a child
 * process, where a full collection can be asked for.
 */
const RUN = `
import { readFileSync } from 'node:fs';
import { createStreamChecker, parseText } from '${ROOT}dist/index.js';
const base = readFileSync('${ROOT}fixtures/parse/2021-traditional.txt', 'utf8');
const padding = '\\n' + 'x'.repeat(20000) + '\\n';
const spaced = (label, i) => [...label].map((c, k) => ((i >> k) & 1 ? c + ' ' : c)).join('');
const inWords = (i) => [...String(i)].map((d) => '〇一二三四五六七八九'[d]).join('');
const checker = createStreamChecker();
const heap = [];
const N = Number(process.argv[1]);
for (let i = 0; i < N; i++) {
  const text = base
    .replace('示例市交通運輸局', '示例市人民政府第' + i + '區交通運輸局')
    .replace('本年新收政府信息公開申請數量', spaced('本年新收政府信息公開申請數量', i)) +
    '\\n本報告編號為' + ('第' + inWords(i) + '號，').repeat(400) + '請向本機關查閱。' + padding;
  const [report] = checker.add(await parseText(text, { path: 'report-' + i + '.txt' }));
  if (report.agency === null || report.tables.requests?.rows.new === undefined) throw new Error('report ' + i + ' was not read');
  if ((i + 1) % (N / 3) === 0) {
    globalThis.gc();
    heap.push(process.memoryUsage().heapUsed);
  }
}
console.log(JSON.stringify(heap));
`;

describe('memory over a long run', () => {
  it('does not keep the reports it has streamed', { timeout: 60_000 }, () => {
    const reports = 1500;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', RUN, String(reports)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const [, second, third] = JSON.parse(run.stdout) as number[];
    // 500 more reports: kept alive they would add 20 MB or more, their long sentences cached 6 MB;
    // what is kept of each (a carry-over link, a label, a run) is about a kilobyte.
    expect(third! - second!).toBeLessThan(2 * 2 ** 20);
  });
});
