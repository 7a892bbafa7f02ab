// npm run bench (third part): scans read by OCR (--ocr), as a user meets them. Seconds a scanned
// page at 150 and 300 dpi (whole process, `check --ocr` of a four-page scan of the official form,
// fixtures/ocr/), the peak memory of all the run's processes (tesseract runs in the reader's
// child), the share of cells read right (scripts/ocr-accuracy.js), and what a run without --ocr
// pays for it: one text report from a cold start, which must not load the OCR packages.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { machine, publishTable, time, treePeakMb } from './bench-common.js';
import { accuracy } from './ocr-accuracy.js';
import { stopEngine } from '../dist/text/ocr/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/gov-disclose.js');
const RUNS = 3;
const PAGES = 4;
const scan = (name) => join(ROOT, 'fixtures/ocr', `${name}.pdf`);

const rows = [];
for (const [name, dpi] of [
  ['form-2021-random-3-150dpi', 150],
  ['form-2021-random-3-300dpi', 300],
]) {
  const ms = time(process.execPath, [BIN, 'check', '--ocr', scan(name)], RUNS);
  const mb = await treePeakMb(process.execPath, [BIN, 'check', '--ocr', scan(name)]);
  const { right, total, figuresRight, figures } = await accuracy(name);
  const share = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
  rows.push([
    `\`check --ocr\`, a scan at ${dpi} dpi`,
    `${PAGES} pages`,
    `${(ms / 1000 / PAGES).toFixed(1)} s a page`,
    `${mb.toFixed(0)} MB`,
    `${share(right, total)} (figures ${share(figuresRight, figures)})`,
  ]);
}
await stopEngine();
const text = join(ROOT, 'fixtures/check/clean.txt');
const cold = time(process.execPath, [BIN, 'check', text], 5);
const coldOcr = time(process.execPath, [BIN, 'check', '--ocr', text], 5);
rows.push(['`check` of one text report, cold, without and with `--ocr`', '1 text', `${cold.toFixed(0)} ms / ${coldOcr.toFixed(0)} ms`, '', '']);
publishTable(
  join(ROOT, 'README.md'),
  'bench-ocr',
  `Scans, measured by \`npm run bench\` (medians of ${RUNS} runs; ${machine(availableParallelism())}; cells right against the PDF the scan was made from):`,
  ['what', 'input', 'time', 'peak memory, all processes', 'cells right'],
  rows,
);
