// Writes inputs of the kinds that once crashed or stalled a whole run (see ../shared/hostile for
// the reproducers they follow): each must cost its own file only. Used by test/crashers.test.ts;
// `node scripts/make-crashers.js DIR` writes them for a look by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { model } from './report-model.js';
import { reportPdf } from './report-pdf.js';
import { reportHtml, reportText } from './report-text.js';

/** A PDF with its cross-reference table written anew, so that edited objects stay findable. */
function pdfOf(objects, root = 1) {
  let out = '%PDF-1.5\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A content stream that inflates, twice over, to `megabytes` of spaces: a few KB on disk. */
function bomb(megabytes) {
  const inner = deflateSync(Buffer.alloc(megabytes * 2 ** 20, 0x20), { level: 9 });
  const outer = deflateSync(inner, { level: 9 }).toString('latin1');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(outer, 'latin1')} /Filter [/FlateDecode /FlateDecode] >>\nstream\n${outer}\nendstream`,
  ]);
}

export function makeCrashers(dir) {
  mkdirSync(dir, { recursive: true });
  const write = (name, content) => writeFileSync(join(dir, name), content);
  const pdf = reportPdf(model('2019'), { blankZeros: true }).toString('latin1');
  // One number in a font: CIDs 1 to 10^11 500 wide. pdfjs fills a slot per CID until V8 aborts the process.
  write('font-widths.pdf', Buffer.from(pdf.replace('/W [1 95 500]', '/W [1 99999999999 500]'), 'latin1'));
  // A page tree whose third kid is object 0 and whose second page names a parent that is not
  // there, the cross-references left one byte off: pdfjs rejects a promise that nothing awaits.
  const report = reportPdf(model('2021')).toString('latin1');
  const secondPage = report.indexOf('/Type /Page /Parent 2 0 R', report.indexOf('/Type /Page /Parent 2 0 R') + 1);
  const broken = report.slice(0, secondPage) + report.slice(secondPage).replace('/Parent 2 0 R', '/Parent 21 0 R');
  write('page-tree.pdf', Buffer.from(broken.replace('/Kids [7 0 R 9 0 R 11 0 R]', '/Kids [7 0 R 9 0 R 0 0 R]'), 'latin1'));
  // 1 GiB of page content from a few KB of file.
  write('flate-bomb.pdf', bomb(1024));
  // A page tree that names one node of 500 pages 200 times: 100,000 pages from a few KB.
  write(
    'page-dag.pdf',
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${'3 0 R '.repeat(200)}] /Count 100000 >>`,
      `<< /Type /Pages /Parent 2 0 R /Kids [${'4 0 R '.repeat(500)}] /Count 500 >>`,
      '<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
      '<< /Length 34 >>\nstream\nBT /F1 12 Tf 72 700 Td (1 2 3) Tj ET\nendstream',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]),
  );
  // A crawler's glued text with table 四 run into eighty digits: the split search once ran for minutes.
  const digits = Array.from({ length: 80 }, (_, i) => (i * 7 + 3) % 10).join('');
  const glued = reportText(model('2021'), { layout: 'glued' });
  write('glued-digits.txt', glued.replace(/(结果维持结果纠正其他结果尚未审结总计)(\d+)$/m, `$1${digits}`));
  // A report inside five thousand unclosed tags: a recursive walk overflowed the call stack.
  write('deep-nesting.html', reportHtml(model('2021'), { charset: 'utf-8', layout: 'pipe' }).replace('<body>', `<body>${'<div>'.repeat(5000)}`));
  // A web page whose every cell spans 200 rows and 50 columns.
  const spans = Array.from({ length: 100 }, () => `<tr>${'<td rowspan="200" colspan="50">1</td>'.repeat(20)}</tr>`).join('');
  write('span-grid.html', reportHtml(model('2021'), { charset: 'utf-8', layout: 'pipe' }).replace('</body>', `<table>${spans}</table></body>`));
}

if (import.meta.url === `file://${process.argv[1]}`) makeCrashers(process.argv[2] ?? 'crashers');
