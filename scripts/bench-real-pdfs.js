// npm run bench (fourth part): the PDFs people have, against poppler's `pdftotext -layout` (one
// process per file, as a script over a folder runs it), every command of a round taking its turn
// and each ratio taken within its round: the three real reports of ../shared/corpus six times over
// at one thread, and thirty times over; those and the official-form PDFs of fixtures/ four times
// over with default threads and with --jobs 1; and one real PDF and one text report from a cold
// start, against `node -e 0`. Needs ../shared/corpus and pdftotext; writes the table into README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { machine, median, publishTable, timed } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, '../shared/corpus');
const BIN = join(ROOT, 'bin/gov-disclose.js');
const REAL = ['real/020_huaian_2024.pdf', 'peer/kiro_hongze_2023_report.pdf', 'peer/kiro_hongze_2024_report.pdf'].map((f) => join(CORPUS, f));
const ROUNDS = 3;
const COLD_ROUNDS = 7;

if (!REAL.every((f) => existsSync(f)) || spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench-real-pdfs: needs ../shared/corpus and pdftotext; skipped');
  process.exit(0);
}

/** A folder made anew with `times` copies of each file. */
function folder(name, files, times) {
  const dir = join(ROOT, 'bench/out', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of files) for (let copy = 1; copy <= times; copy++) copyFileSync(file, join(dir, `${copy}-${file.split('/').pop()}`));
  return dir;
}

const forms = ['parse', 'check'].flatMap((f) =>
  readdirSync(join(ROOT, 'fixtures', f))
    .filter((name) => name.startsWith('form-') && name.endsWith('.pdf'))
    .map((name) => join(ROOT, 'fixtures', f, name)),
);
const real = folder('pdfs-real', REAL, 6);
// The same PDFs thirty times: what a PDF costs once the reader has started and warmed up.
const realMany = folder('pdfs-real-90', REAL, 30);
const mix = folder('pdfs-mix', [...forms, ...REAL, join(CORPUS, 'peer/govnianbao_huaian_city_2024_report.pdf')].filter(existsSync), 4);
const count = (dir) => readdirSync(dir).length;

const check = (dir, jobs) => () => timed(process.execPath, [BIN, 'check', dir, '--ndjson', ...(jobs ? ['--jobs', String(jobs)] : [])]);
const poppler = (dir) => () => readdirSync(dir).reduce((sum, f) => sum + timed('pdftotext', ['-layout', join(dir, f), '/dev/null']), 0);

/** Each command once a round, in turn; the median of each, and of each ratio to the last command within its round. */
function turns(commands, rounds) {
  const runs = Array.from({ length: rounds }, () => commands.map((run) => run()));
  const base = commands.length - 1;
  return commands.map((_, i) => ({ ms: median(runs.map((r) => r[i])), ratio: median(runs.map((r) => r[i] / r[base])) }));
}

const [realOne, realPoppler] = turns([check(real, 1), poppler(real)], ROUNDS);
const [manyOne, manyPoppler] = turns([check(realMany, 1), poppler(realMany)], ROUNDS);
const [mixDefault, mixOne, mixPoppler] = turns([check(mix), check(mix, 1), poppler(mix)], ROUNDS);
const onePdf = REAL[0];
const text = join(CORPUS, 'real/001_pingtan_2019.txt');
const [coldPdf, coldText, node] = turns(
  [
    () => timed(process.execPath, [BIN, 'parse', onePdf, '--json']),
    () => timed(process.execPath, [BIN, 'parse', text, '--json']),
    () => timed(process.execPath, ['-e', '0']),
  ],
  COLD_ROUNDS,
);

const per = ({ ms }, dir) => `${(ms / count(dir)).toFixed(0)} ms a PDF`;
const x = (value) => `${value.toFixed(2)}×`;
publishTable(
  join(ROOT, 'README.md'),
  'bench-real-pdfs',
  `Measured by \`npm run bench\` (every command of a round in turn, medians of ${ROUNDS} rounds, ${COLD_ROUNDS} for cold starts; ${machine(availableParallelism())}):`,
  ['what', 'input', 'gov-disclose', 'against', 'ratio', 'target'],
  [
    [
      '`check --ndjson --jobs 1`, the real PDFs (淮安 2024, 洪泽 2023 and 2024) six times',
      `${count(real)} PDFs`,
      per(realOne, real),
      `${per(realPoppler, real)} (pdftotext)`,
      x(realOne.ratio),
      '≤ 2.5×',
    ],
    [
      'the same, thirty times each (the reader started and warm for most of them)',
      `${count(realMany)} PDFs`,
      per(manyOne, realMany),
      `${per(manyPoppler, realMany)} (pdftotext)`,
      x(manyOne.ratio),
      '',
    ],
    [
      '`check --ndjson`, default threads, official-form PDFs and real PDFs four times',
      `${count(mix)} PDFs`,
      per(mixDefault, mix),
      `${per(mixPoppler, mix)} (pdftotext)`,
      x(mixDefault.ratio),
      '≤ 1.5×',
    ],
    [
      'the same, default threads against `--jobs 1`',
      `${count(mix)} PDFs`,
      `${(mixDefault.ms / 1000).toFixed(2)} s`,
      `${(mixOne.ms / 1000).toFixed(2)} s`,
      x(mixDefault.ms / mixOne.ms),
      '≤ 1×',
    ],
    [
      '`parse --json` of one real PDF (淮安 2024, 6 pages), cold',
      '1 PDF',
      `${coldPdf.ms.toFixed(0)} ms`,
      `${node.ms.toFixed(0)} ms (\`node -e 0\`)`,
      x(coldPdf.ratio),
      '≤ 4.5×',
    ],
    [
      '`parse --json` of one text report, cold',
      '1 text',
      `${coldText.ms.toFixed(0)} ms`,
      `${node.ms.toFixed(0)} ms (\`node -e 0\`)`,
      x(coldText.ratio),
      '≤ 1.5×',
    ],
  ],
);
