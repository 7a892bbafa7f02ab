// npm run bench: generates a reproducible corpus of composed reports (mixed templates, layouts,
// encodings and scripts, a share with errors), then measures on this machine, in this run:
// the floor (read and decode every file), check --ndjson on one and on all cores, cold start,
// peak memory and speed-up at N and 10×N files, a 10 MB single line and a 6-page PDF. Writes the table into README.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './bench-corpus.js';
import { model } from './report-model.js';
import { machine, median, publishTable, time as timeOf, timed } from './bench-common.js';
import { reportPdf } from './report-pdf.js';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench/out');
const BIN = join(ROOT, 'bin/gov-disclose.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const N = arg('n', 10_000);
const RUNS = arg('runs', 5);

/**
 * Several copies of a command at once, in ms: two one-worker runs side by side show how much
 * two cores of this machine can do together (cores that share caches do less than twice one).
 */
async function together(args, copies) {
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from(
      { length: copies },
      () => new Promise((resolve, reject) => spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', resolve).on('error', reject)),
    ),
  );
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const time = (command, args, runs = RUNS) => timeOf(command, args, runs);

/** Wall time (ms) and peak resident memory (MB) of one run, from GNU time. */
function measured(args) {
  const out = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const [seconds, kilobytes] = out.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms: seconds * 1000, mb: kilobytes / 1024 };
}

const FLOOR = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '${join(ROOT, 'dist/text/decode.js')}';
let n = 0;
const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
  if (e.isDirectory()) walk(join(dir, e.name)); else if (!e.name.startsWith('.')) { decode(readFileSync(join(dir, e.name))); n++; } } };
walk(process.argv[1]);
`;

const corpus = join(OUT, `corpus-${N}`);
const big = join(OUT, `corpus-${N * 10}`);
console.error(`generating ${N} reports in ${corpus} …`);
makeCorpus(corpus, N);
// Reports of their own, not copies: anything kept per agency or per label grows with them.
makeCorpus(big, N * 10);
const one = join(ROOT, 'fixtures/parse/2021-pipe.txt');
const line = join(OUT, 'single-line-10mb.txt');
if (!existsSync(line)) writeFileSync(line, '| 1 '.repeat(2_500_000));
const cores = availableParallelism();
// A report PDF of six pages, the length of a typical city report (淮安 2024 has six).
const pdf = join(OUT, 'report-6-pages.pdf');
{
  const pageCount = (bytes) => bytes.toString('latin1').split('/Type /Page ').length - 1;
  let filler = 0;
  let bytes = reportPdf(model('2021'));
  while (pageCount(bytes) < 6) bytes = reportPdf(model('2021'), { filler: ++filler });
  writeFileSync(pdf, bytes);
}

console.error('measuring …');
// The corpus runs take turns, round after round, and each ratio is taken within its round: this
// machine's speed drifts by a quarter over minutes, which would otherwise land in the ratios.
const rounds = [];
for (let run = 0; run < RUNS; run++) {
  const floor = timed(process.execPath, ['--input-type=module', '-e', FLOOR, corpus]);
  const single = timed(process.execPath, [BIN, 'check', corpus, '--ndjson', '--jobs', '1']);
  const all = timed(process.execPath, [BIN, 'check', corpus, '--ndjson', '--jobs', String(cores)]);
  const pair = await together([BIN, 'check', corpus, '--ndjson', '--jobs', '1'], cores);
  rounds.push({ floor, single, all, pair, overFloor: single / floor, speedup: single / all, ceiling: (cores * single) / pair });
}
const mid = (key) => median(rounds.map((r) => r[key]));
const [floor, single, all, pair] = ['floor', 'single', 'all', 'pair'].map(mid);
const bare = time(process.execPath, ['-e', '0'], 11);
const cold = time(process.execPath, [BIN, 'parse', one, '--json'], 11);
const lineMs = time(process.execPath, [BIN, 'parse', line, '--json'], 3);
const pdfMs = time(process.execPath, [BIN, 'parse', pdf, '--json'], 5);
// Peak memory moves by a tenth from run to run (when the collector happens to run): the short runs take a median of three.
const peakMb = (args) => median([0, 1, 2].map(() => measured(args).mb));
const mem = peakMb(['check', corpus, '--ndjson']);
const memSingle = peakMb(['check', corpus, '--ndjson', '--jobs', '1']);
// The big run is timed too, against one worker: a thread's warm-up is paid once per thread
// whatever the corpus, so what the cores give shows best at the scale of a province's reports.
const allBig = measured(['check', big, '--ndjson']);
const singleBig = measured(['check', big, '--ndjson', '--jobs', '1']);
const memBig = allBig.mb;
const memSingleBig = singleBig.mb;

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const rows = [
  ['floor: read and decode every file', `${N} files`, fmt(floor), '1.00×', ''],
  ['`check --ndjson`, 1 worker', `${N} files`, fmt(single), `${mid('overFloor').toFixed(2)}× floor`, '≤ 3× floor'],
  [`\`check --ndjson\`, ${cores} workers`, `${N} files`, fmt(all), `${mid('speedup').toFixed(2)}× faster than 1`, 'not slower than 1'],
  [
    `\`check --ndjson\`, ${cores} workers (one run each)`,
    `${N * 10} files`,
    fmt(allBig.ms),
    `${(singleBig.ms / allBig.ms).toFixed(2)}× faster than 1 (${fmt(singleBig.ms)})`,
    'not slower than 1',
  ],
  [
    `${cores} one-worker runs at once: the most ${cores} cores here can give`,
    `${cores} × ${N} files`,
    fmt(pair),
    `${mid('ceiling').toFixed(2)}× the work of one run`,
    '',
  ],
  ['cold start: `parse one.txt --json`', '1 file', fmt(cold), `${(cold / bare).toFixed(2)}× \`node -e 0\` (${fmt(bare)})`, '≤ 2×'],
  ['peak memory, `check --ndjson`', `${N} files`, `${mem.toFixed(0)} MB`, '', ''],
  ['peak memory, `check --ndjson`', `${N * 10} files`, `${memBig.toFixed(0)} MB`, `${(memBig / mem).toFixed(2)}× the ${N}-file run`, '≤ 250 MB'],
  ['peak memory, `check --ndjson`, 1 worker', `${N} files`, `${memSingle.toFixed(0)} MB`, '', ''],
  [
    'peak memory, `check --ndjson`, 1 worker',
    `${N * 10} files`,
    `${memSingleBig.toFixed(0)} MB`,
    `${(memSingleBig / memSingle).toFixed(2)}× the ${N}-file run`,
    '≤ 150 MB',
  ],
  ['a 10 MB single line of pipe-separated ones', '1 file', fmt(lineMs), '', '< 1 s'],
  ['`parse report.pdf --json`, a 6-page report PDF', '1 file', fmt(pdfMs), `${(pdfMs / cold).toFixed(2)}× the text report`, ''],
];
publishTable(
  join(ROOT, 'README.md'),
  'bench',
  `Measured by \`npm run bench\` (medians of ${RUNS} runs, the corpus runs taking turns and each ratio taken within its round; ${machine(cores)}):`,
  ['what', 'input', 'time / memory', 'ratio', 'target'],
  rows,
);
