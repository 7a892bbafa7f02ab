// Regenerates the fixtures made the way agencies make their reports: the official 2021 form
// (fixtures/form/official-2021.docx) filled in by scripts/official-form.js and saved as the
// agency publishes it: the .docx itself, the PDF exported from it and a Word 97 .doc, both by
// LibreOffice, as Word or WPS would export them. Needs LibreOffice (`soffice`) and a CJK font
// (Debian: libreoffice-writer-nogui fonts-wqy-zenhei); the files are committed, so tests do not.
// Run after `npm run build`: node scripts/make-form-fixtures.js
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expectedFindings, INJECTIONS, injected } from './injections.js';
import { filledForm } from './official-form.js';
import { expectedTables, model, randomModel } from './report-model.js';

const ROOT = new URL('../fixtures/', import.meta.url);
/** Dates inside the ZIP, fixed so that the same input makes the same bytes. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');
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
  // Figures drawn from a seed, most of them zero and left blank: rows of every shape.
  ...[3, 27, 34].map((seed) => ({ name: `form-2021-random-${seed}`, template: '2021', blank: true, paragraphs: 1, seed })),
  ...[5, 11].map((seed) => ({ name: `form-2019-random-${seed}`, template: '2019', blank: true, paragraphs: 1, seed })),
];

const documents = [];
const expectations = [];
for (const c of PARSE) {
  const m = c.seed ? randomModel(c.template, c.seed) : model(c.template);
  documents.push([c.name, await filledForm(m, { blankZeros: c.blank, overview: overview(m, c.paragraphs) })]);
  expectations.push([`parse/${c.name}`, json(parseExpectation(m, c))]);
}
// Check fixtures: each injected error of the text fixtures, in the filled form.
for (const injection of INJECTIONS.filter((i) => !i.layout)) {
  const m = injected(model('2021'), injection);
  const name = `form-${injection.name}`;
  documents.push([name, await filledForm(m, { overview: overview(model('2021'), 2) })]);
  expectations.push([`check/${name}`, expectedFindings(injection)]);
  // The same with its zeros left blank, as many agencies fill the form in.
  documents.push([`form-blank-${injection.name}`, await filledForm(m, { blankZeros: true, overview: overview(model('2021'), 2) })]);
  expectations.push([`check/form-blank-${injection.name}`, expectedFindings(injection)]);
}

const saved = { docx: new Map(documents), pdf: exported(documents, 'pdf'), doc: exported(documents, 'doc') };
for (const [path, expected] of expectations) {
  const name = path.split('/')[1];
  for (const [format, files] of Object.entries(saved)) writeFileSync(new URL(`${path}.${format}`, ROOT), files.get(name));
  writeFileSync(new URL(`${path}.expected.json`, ROOT), expected);
}

// A table whose cells hold a bar, a full-width bar and a tab: each stays one cell, its text kept,
// in every format. The page is the source; LibreOffice makes the .docx, a tab is put in its
// third cell, and that file is exported as the .doc and the PDF.
const BARS = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>单元格里的竖线</title></head>
<body>
<p>单元格里的竖线和制表符</p>
<table border="1" cellspacing="0" cellpadding="8">
<tr><td>甲|乙</td><td>丙｜丁</td><td>戊 己</td></tr>
<tr><td>1|2</td><td>3</td><td></td></tr>
</table>
<p>表后的一段文字。</p>
</body></html>
`;

function docxOfPage(html) {
  const scratch = mkdtempSync(join(tmpdir(), 'form-fixtures-'));
  try {
    writeFileSync(join(scratch, 'page.html'), html);
    execFileSync(
      'soffice',
      ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', scratch, join(scratch, 'page.html')],
      {
        stdio: 'ignore',
      },
    );
    return readFileSync(join(scratch, 'page.docx'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function withTab(docx) {
  const zip = await JSZip.loadAsync(docx);
  const body = await zip.file('word/document.xml').async('string');
  if (!body.includes('戊 己</w:t>')) throw new Error('the third cell of the bars page was not found in its .docx');
  zip.file('word/document.xml', body.replace('戊 己</w:t>', '戊</w:t><w:tab/><w:t>己</w:t>'), { date: ZIP_DATE });
  for (const file of Object.values(zip.files)) file.date = ZIP_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

mkdirSync(new URL('document/', ROOT), { recursive: true });
writeFileSync(new URL('document/bars.html', ROOT), BARS);
const bars = [['bars', await withTab(docxOfPage(BARS))]];
writeFileSync(new URL('document/bars.docx', ROOT), bars[0][1]);
for (const format of ['doc', 'pdf']) writeFileSync(new URL(`document/bars.${format}`, ROOT), exported(bars, format).get('bars'));
