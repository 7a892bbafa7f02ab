// npm run bench (second part): time per PDF, as a user meets it. A directory of a few hundred
// PDFs: composed reports of every shape the PDF writer makes (ruled and unruled tables, zeros
// blank, table 三 cut by page breaks anywhere), the official form exported by LibreOffice (the
// fixtures), and the real PDFs of ../shared/corpus when it is there. Measured: one PDF from a
// cold start, the whole directory warm on one worker and on all cores, and poppler's
// `pdftotext -layout` over the same files when it is installed. Writes the table into README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { model, requestsRows } from './report-model.js';
import { reportPdf } from './report-pdf.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'bench/out/pdfs');
const BIN = join(ROOT, 'bin/gov-disclose.js');
const COMPOSED = 240;
const RUNS = 3;

/** A seeded generator: the same PDFs on every machine. */
function prng(seed) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function makePdfs() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const random = prng(19);
  for (let i = 0; i < COMPOSED; i++) {
    const template = random() < 0.3 ? '2019' : '2021';
    const carried = [Math.floor(random() * 40), 0, 0, 0, 0, 0];
    const m = model(template, { agency: `示例市第${i}区政务服务局`, requests: requestsRows(template, carried, carried) });
    const options = { blankZeros: random() < 0.4, filler: Math.floor(random() * 14), ruled: random() < 0.85 };
    writeFileSync(join(DIR, `composed-${String(i).padStart(3, '0')}.pdf`), reportPdf(m, options));
  }
  for (const folder of ['fixtures/parse', 'fixtures/check']) {
    for (const file of readdirSync(join(ROOT, folder)).filter((f) => f.startsWith('form-') && f.endsWith('.pdf'))) copyFileSync(join(ROOT, folder, file), join(DIR, file));
  }
  const corpus = join(ROOT, '../shared/corpus');
  for (const path of ['real/020_huaian_2024.pdf', 'peer/kiro_hongze_2023_report.pdf', 'peer/kiro_hongze_2024_report.pdf', 'peer/govnianbao_huaian_city_2024_report.pdf']) {
    if (existsSync(join(corpus, path))) copyFileSync(join(corpus, path), join(DIR, `real-${path.split('/')[1]}`));
  }
  return readdirSync(DIR).map((f) => join(DIR, f));
}

function timed(command, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (command, args, runs = RUNS) => median(Array.from({ length: runs }, () => timed(command, args)));
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

const files = makePdfs();
console.error(`measuring ${files.length} PDFs in ${DIR} …`);
const cores = availableParallelism();
const one = join(DIR, 'form-2021-printed.pdf');
const cold = time(process.execPath, [BIN, 'parse', one, '--json'], 5);
const single = time(process.execPath, [BIN, 'check', DIR, '--ndjson', '--jobs', '1']);
const all = time(process.execPath, [BIN, 'check', DIR, '--ndjson', '--jobs', String(cores)]);
// poppler starts a process per file, as a script over a folder would run it.
const poppler = hasPdftotext ? median(Array.from({ length: RUNS }, () => files.reduce((sum, f) => sum + timed('pdftotext', ['-layout', f, '/dev/null']), 0))) : null;
const popplerCold = hasPdftotext ? time('pdftotext', ['-layout', one, '/dev/null'], 5) : null;

const per = (ms) => `${(ms / files.length).toFixed(0)} ms`;
const rows = [
  ['`parse form.pdf --json` from a cold start (the official form, 4 pages)', '1 PDF', `${cold.toFixed(0)} ms`, popplerCold === null ? '' : `${popplerCold.toFixed(0)} ms`],
  ['`check --ndjson --jobs 1`, warm, per PDF', `${files.length} PDFs`, per(single), poppler === null ? '' : per(poppler)],
  [`\`check --ndjson --jobs ${cores}\`, warm, per PDF`, `${files.length} PDFs`, per(all), ''],
];
const machine = `${cores} cores, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;
const table = [
  `Measured by \`npm run bench\` (medians of ${RUNS} runs; ${machine}; poppler's \`pdftotext -layout\`, one process per file, ${hasPdftotext ? 'beside it' : 'not installed here'}):`,
  '',
  '| what | input | gov-disclose | `pdftotext -layout` |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(table);

const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const section = /(<!-- bench-pdf:start -->\n)[\s\S]*?(<!-- bench-pdf:end -->)/;
if (section.test(readme)) writeFileSync(readmePath, readme.replace(section, `$1${table}\n$2`));
