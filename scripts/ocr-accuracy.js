// Cells right: each scan of fixtures/ocr/ read by OCR against the PDF it was made from, cell by
// cell (table rows in document order; a row missing or of another shape counts its cells wrong). Prints
// one line a scan and the share of cells right, and, by confidence, how many were right and wrong.
// Run after `npm run build`: node scripts/ocr-accuracy.js [scan …]
import { readdirSync, readFileSync } from 'node:fs';
import { readDocument } from '../dist/parse.js';
import { stopEngine } from '../dist/text/ocr/index.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
/** The PDF each scan was made from (scripts/make-scan-fixtures.js). */
const SOURCE = (name) => (name.startsWith('form-blank') ? 'check/' : 'parse/') + name.replace(/-\d+dpi$/, '');

/** Every table row in order, as one table: a table a page break cuts in two is one table in the other file. */
const tablesOf = (document) => [document.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.rows)];
/** A cell's text without what OCR cannot be held to: spaces, and the width and kind of its punctuation. */
const plain = (text) => text.replace(/[\s，,：:；;、.．“”"（）()]/g, '');
/** A figure's cell, or a blank one (a zero left empty): what the checks read. */
const isFigure = (text) => /^[-+]?[\d.]*$/.test(text.trim());

export async function accuracy(name) {
  const scan = await readDocument(readFileSync(new URL(`ocr/${name}.pdf`, FIXTURES)), { ocr: true });
  const original = await readDocument(readFileSync(new URL(`${SOURCE(name)}.pdf`, FIXTURES)));
  const [read, truth] = [tablesOf(scan.document), tablesOf(original.document)];
  let [right, total, figuresRight, figures] = [0, 0, 0, 0];
  const byConfidence = [];
  truth.forEach((table, t) =>
    table.forEach((row, r) =>
      row.forEach((cell, c) => {
        total++;
        const got = read[t]?.[r]?.[c];
        const ok = got !== undefined && plain(got.text) === plain(cell.text);
        if (ok) right++;
        if (isFigure(cell.text)) [figures, figuresRight] = [figures + 1, figuresRight + (ok ? 1 : 0)];
        if (got?.confidence !== undefined) byConfidence.push({ confidence: got.confidence, ok });
      }),
    ),
  );
  return { name, right, total, figuresRight, figures, byConfidence };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(new URL('ocr/', FIXTURES))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => f.replace(/\.pdf$/, ''));
  const bands = [0, 20, 40, 60, 80, 90, 101];
  const counts = bands.slice(1).map(() => ({ ok: 0, wrong: 0 }));
  for (const name of names) {
    const { right, total, figuresRight, figures, byConfidence } = await accuracy(name);
    const share = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
    console.log(
      `${name}: ${right}/${total} cells right (${share(right, total)}); figures and blanks ${figuresRight}/${figures} (${share(figuresRight, figures)})`,
    );
    for (const { confidence, ok } of byConfidence) counts[bands.findIndex((b, i) => confidence >= b && confidence < bands[i + 1])][ok ? 'ok' : 'wrong']++;
  }
  counts.forEach((c, i) => console.log(`confidence ${bands[i]}–${bands[i + 1] - 1}: ${c.ok} right, ${c.wrong} wrong`));
  await stopEngine();
}
