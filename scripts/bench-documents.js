// npm run bench (second part): time per PDF and per Word file, as a user meets it. A directory of
// a few hundred PDFs: composed reports of every shape the PDF writer makes (ruled and unruled
// tables, zeros blank, table 三 cut by page breaks anywhere), the official form exported by
// LibreOffice (the fixtures), and the real PDFs of ../shared/corpus when it is there; and one of
// Word files: the official form filled in with varied reports (.docx) and the .doc fixtures.
// Measured: one file from a cold start, each directory warm on one worker and on all cores, the
// peak memory of a thousand PDFs, and poppler's `pdftotext -layout` over the PDFs when it is installed. Writes the table into README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { model, requestsRows } from './report-model.js';
import { machine, median, prng, publishTable, time as timeOf, timed, treePeakMb } from './bench-common.js';
import { filledForm } from './official-form.js';
import { reportPdf } from './report-pdf.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'bench/out/pdfs');
// The PDFs as agencies publish them (the form exported from Word, and real reports), each twelve
// times, a directory of a few hundred as an evaluator's would be: their embedded fonts cost pdfjs
// what the composed PDFs' do not.
const PUBLISHED = join(ROOT, 'bench/out/pdfs-published');
const PUBLISHED_COPIES = 12;
// Every PDF of DIR four times over: the 1,000 PDFs, for the memory of a long run.
const THOUSAND = join(ROOT, 'bench/out/pdfs-1000');
const THOUSAND_COPIES = 4;
// The .docx and the .doc files in folders of their own, so that each is also timed alone.
const WORD = join(ROOT, 'bench/out/word');
const DOCX = join(WORD, 'docx');
const DOC = join(WORD, 'doc');
const WORD_FILES = 120;
const BIN = join(ROOT, 'bin/gov-disclose.js');
const COMPOSED = 240;
const RUNS = 3;

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
    for (const file of readdirSync(join(ROOT, folder)).filter((f) => f.startsWith('form-') && f.endsWith('.pdf')))
      copyFileSync(join(ROOT, folder, file), join(DIR, file));
  }
  const corpus = join(ROOT, '../shared/corpus');
  for (const path of [
    'real/020_huaian_2024.pdf',
    'peer/kiro_hongze_2023_report.pdf',
    'peer/kiro_hongze_2024_report.pdf',
    'peer/govnianbao_huaian_city_2024_report.pdf',
  ]) {
    if (existsSync(join(corpus, path))) copyFileSync(join(corpus, path), join(DIR, `real-${path.split('/')[1]}`));
  }
  copies(
    readdirSync(DIR).filter((f) => !f.startsWith('composed-')),
    PUBLISHED,
    PUBLISHED_COPIES,
  );
  copies(readdirSync(DIR), THOUSAND, THOUSAND_COPIES);
  return readdirSync(DIR).map((f) => join(DIR, f));
}

/** A folder made anew with `times` copies of each of DIR's `files`. */
function copies(files, folder, times) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of files) for (let copy = 1; copy <= times; copy++) copyFileSync(join(DIR, file), join(folder, `${copy}-${file}`));
}

const time = (command, args, runs = RUNS) => timeOf(command, args, runs);
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** Word files: the form filled in anew for each (.docx), and the committed .doc fixtures, copied as often. */
async function makeWordFiles() {
  rmSync(WORD, { recursive: true, force: true });
  mkdirSync(DOCX, { recursive: true });
  mkdirSync(DOC, { recursive: true });
  const random = prng(20);
  for (let i = 0; i < WORD_FILES; i++) {
    const carried = [Math.floor(random() * 40), 0, 0, 0, 0, 0];
    const m = model('2021', { agency: `示例市第${i}区政务服务局`, requests: requestsRows('2021', carried, carried) });
    writeFileSync(join(DOCX, `form-${String(i).padStart(3, '0')}.docx`), await filledForm(m, { blankZeros: random() < 0.4 }));
  }
  const docs = ['parse', 'check'].flatMap((folder) =>
    readdirSync(join(ROOT, 'fixtures', folder))
      .filter((f) => f.endsWith('.doc'))
      .map((f) => join(ROOT, 'fixtures', folder, f)),
  );
  for (let i = 0; i < WORD_FILES; i++) copyFileSync(docs[i % docs.length], join(DOC, `doc-${String(i).padStart(3, '0')}.doc`));
}

const files = makePdfs();
await makeWordFiles();
console.error(`measuring ${files.length} PDFs in ${DIR} …`);
const cores = availableParallelism();
const one = join(DIR, 'form-2021-printed.pdf');
const cold = time(process.execPath, [BIN, 'parse', one, '--json'], 5);
const oneWord = join(DOCX, 'form-000.docx');
const coldWord = time(process.execPath, [BIN, 'parse', oneWord, '--json'], 5);
const wordSingle = time(process.execPath, [BIN, 'check', WORD, '--ndjson', '--jobs', '1']);
const wordAll = time(process.execPath, [BIN, 'check', WORD, '--ndjson', '--jobs', String(cores)]);
const docxSingle = time(process.execPath, [BIN, 'check', DOCX, '--ndjson', '--jobs', '1']);
const single = time(process.execPath, [BIN, 'check', DIR, '--ndjson', '--jobs', '1']);
const all = time(process.execPath, [BIN, 'check', DIR, '--ndjson', '--jobs', String(cores)]);
// poppler starts a process per file, as a script over a folder would run it.
const popplerOver = (list) =>
  hasPdftotext ? median(Array.from({ length: RUNS }, () => list.reduce((sum, f) => sum + timed('pdftotext', ['-layout', f, '/dev/null']), 0))) : null;
const poppler = popplerOver(files);
const published = readdirSync(PUBLISHED).map((f) => join(PUBLISHED, f));
const publishedSingle = time(process.execPath, [BIN, 'check', PUBLISHED, '--ndjson', '--jobs', '1']);
const publishedPoppler = popplerOver(published);
const popplerCold = hasPdftotext ? time('pdftotext', ['-layout', one, '/dev/null'], 5) : null;
// One run: a thousand PDFs take a while, and the peak of a long run moves little between runs.
const thousand = readdirSync(THOUSAND).length;
const thousandMb = await treePeakMb(process.execPath, [BIN, 'check', THOUSAND, '--ndjson']);

const per = (ms, count = files.length) => `${(ms / count).toFixed(0)} ms`;
const rows = [
  [
    '`parse form.pdf --json` from a cold start (the official form, 4 pages)',
    '1 PDF',
    `${cold.toFixed(0)} ms`,
    popplerCold === null ? '' : `${popplerCold.toFixed(0)} ms`,
  ],
  ['`check --ndjson --jobs 1`, warm, per PDF', `${files.length} PDFs`, per(single), poppler === null ? '' : per(poppler)],
  [`\`check --ndjson --jobs ${cores}\`, warm, per PDF`, `${files.length} PDFs`, per(all), ''],
  [
    '`check --ndjson --jobs 1`, warm, per PDF as published (Word exports of the form, real reports)',
    `${published.length} PDFs`,
    per(publishedSingle, published.length),
    publishedPoppler === null ? '' : per(publishedPoppler, published.length),
  ],
  [
    'peak memory of all its processes (the readers of PDFs are processes of their own), `check --ndjson`, default workers, one run',
    `${thousand} PDFs`,
    thousandMb === null ? '(no /proc here)' : `${thousandMb.toFixed(0)} MB`,
    '',
  ],
  ['`parse form.docx --json` from a cold start', '1 Word file', `${coldWord.toFixed(0)} ms`, ''],
  ['`check --ndjson --jobs 1`, warm, per .docx', `${WORD_FILES} .docx`, per(docxSingle, WORD_FILES), ''],
  ['`check --ndjson --jobs 1`, warm, per Word file', `${WORD_FILES} .docx + ${WORD_FILES} .doc`, per(wordSingle, 2 * WORD_FILES), ''],
  [`\`check --ndjson --jobs ${cores}\`, warm, per Word file`, `${WORD_FILES} .docx + ${WORD_FILES} .doc`, per(wordAll, 2 * WORD_FILES), ''],
];
publishTable(
  join(ROOT, 'README.md'),
  'bench-documents',
  `Measured by \`npm run bench\` (medians of ${RUNS} runs; ${machine(cores)}; poppler's \`pdftotext -layout\`, one process per file, ${hasPdftotext ? 'beside it' : 'not installed here'}):`,
  ['what', 'input', 'gov-disclose', '`pdftotext -layout`'],
  rows,
);
