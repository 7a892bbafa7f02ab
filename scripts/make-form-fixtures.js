// Regenerates the fixtures made the way agencies make their reports: the official 2021 form
// (fixtures/form/official-2021.docx) filled in by scripts/official-form.js and saved as the
// agency publishes it: the .docx itself, the PDF exported from it and a Word 97 .doc, both by
// LibreOffice, as Word or WPS would export them. Needs LibreOffice (`soffice`) and a CJK font
// (Debian: libreoffice-writer-nogui fonts-wqy-zenhei); the files are committed, so tests do not.
// Run after `npm run build`: node scripts/make-form-fixtures.js
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedFindings, INJECTIONS, injected } from './injections.js';
import { filledForm } from './official-form.js';
import { expectedTables, model } from './report-model.js';

const ROOT = new URL('../fixtures/', import.meta.url);
const PDF_SOURCE = { encoding: null, bom: false, script: 'simplified', converted: false };

/** 总体情况 as agencies write it: a few paragraphs, figures that agree with the tables. */
function overview(m, paragraphs) {
  const { new: fresh, carriedOver, total, carriedForward } = m.requests;
  const lines = [
    `${m.year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息，依法办理政府信息公开申请，政府信息公开工作有序推进。`,
    `全年共新收政府信息公开申请${fresh[6]}件，上年结转${carriedOver[6]}件，办结${total[6]}件，结转下年度继续办理${carriedForward[6]}件。`,
  ];
  for (let i = 0; i < paragraphs; i++)
    lines.push(
      `（${i + 1}）围绕年度政务公开工作要点，持续深化决策、执行、管理、服务、结果公开，及时回应社会关切，不断提升政务公开的质量和实效，进一步规范依申请公开的办理流程。`,
    );
  return lines;
}

/** Writes each `.docx` into a scratch folder and exports them all to `format` in one LibreOffice run. */
function exported(documents, format) {
  const scratch = mkdtempSync(join(tmpdir(), 'form-fixtures-'));
  try {
    for (const [name, bytes] of documents) writeFileSync(join(scratch, `${name}.docx`), bytes);
    execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', scratch, ...documents.map(([name]) => join(scratch, `${name}.docx`))], {
      stdio: 'ignore',
    });
    return new Map(documents.map(([name]) => [name, readFileSync(join(scratch, `${name}.${format}`))]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** Every zero of a table as the blank (null) cell the form leaves. */
const blankZeros = (value) => {
  if (value === 0) return null;
  if (Array.isArray(value)) return value.map(blankZeros);
  return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankZeros(v)])) : value;
};

function parseExpectation(m, { blank }) {
  const tables = expectedTables(m);
  if (blank) {
    tables.requests.rows = blankZeros(tables.requests.rows);
    tables.reviews = blankZeros(tables.reviews);
    tables.active = blankZeros(tables.active);
  }
  return { title: `${m.agency}${m.year}年政府信息公开工作年度报告`, agency: m.agency, year: m.year, template: m.template, source: PDF_SOURCE, tables };
}

// Parse fixtures: zeros printed and left blank, and 总体情况 long enough to move the page breaks.
const PARSE = [
  { name: 'form-2021-printed', template: '2021', blank: false, paragraphs: 0 },
  { name: 'form-2021-blank', template: '2021', blank: true, paragraphs: 0 },
  { name: 'form-2021-long', template: '2021', blank: false, paragraphs: 6 },
  { name: 'form-2021-long-blank', template: '2021', blank: true, paragraphs: 12 },
  // The 2019 form, made from the 2021 one (official-form.js): its table 二 and one （六） row.
  { name: 'form-2019-printed', template: '2019', blank: false, paragraphs: 3 },
  { name: 'form-2019-blank', template: '2019', blank: true, paragraphs: 0 },
];

const documents = [];
const expectations = [];
for (const c of PARSE) {
  const m = model(c.template);
  documents.push([c.name, await filledForm(m, { blankZeros: c.blank, overview: overview(m, c.paragraphs) })]);
  expectations.push([`parse/${c.name}`, json(parseExpectation(m, c))]);
}
// Check fixtures: each injected error of the text fixtures, in the filled form.
for (const injection of INJECTIONS.filter((i) => !i.layout)) {
  const m = injected(model('2021'), injection);
  const name = `form-${injection.name}`;
  documents.push([name, await filledForm(m, { overview: overview(model('2021'), 2) })]);
  expectations.push([`check/${name}`, expectedFindings(injection)]);
}

const saved = { docx: new Map(documents), pdf: exported(documents, 'pdf'), doc: exported(documents, 'doc') };
for (const [path, expected] of expectations) {
  const name = path.split('/')[1];
  for (const [format, files] of Object.entries(saved)) writeFileSync(new URL(`${path}.${format}`, ROOT), files.get(name));
  writeFileSync(new URL(`${path}.expected.json`, ROOT), expected);
}
