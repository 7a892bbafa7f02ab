// Prints, for each PDF named, pdfjs's text items, a hash of the drawing operators the tool reads,
// how many others it drew and how many of its fonts
// were read without their program: with pdfjs's own worker (`pdfjs`) or the build's text-only copy (`text-only`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const [which, ...paths] = process.argv.slice(2);
const { default: CSSMatrix } = await import('@thednp/dommatrix');
globalThis.DOMMatrix ??= CSSMatrix;
globalThis.pdfjsWorker = await import(
  which === 'text-only' ? new URL('../../../vendor/pdfjs/pdf.worker.mjs', import.meta.url).href : 'pdfjs-dist/legacy/build/pdf.worker.mjs'
);
const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const TEXT_OPERATORS = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
// The operators the tool reads, all the copy keeps (patches/pdfjs-dist.patch, OperatorList.addOp).
const KEPT = new Set([OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.constructPath, OPS.paintImageXObject]);

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const options = {
  cMapUrl: join(root, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(root, 'standard_fonts') + '/',
  isEvalSupported: false,
  disableFontFace: true,
  verbosity: 0,
};
const out = [];
for (const path of paths) {
  const document = await getDocument({ data: new Uint8Array(readFileSync(path)), ...options }).promise;
  const items = [];
  const drawing = createHash('sha1');
  let withoutProgram = 0;
  let dropped = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    items.push(...content.items.map(({ str, transform, width }) => [str, ...transform, width]));
    // The fonts reach this side with the drawing operators, each saying whether its program was read.
    const { fnArray, argsArray } = await page.getOperatorList();
    for (const [i, fn] of fnArray.entries()) if (KEPT.has(fn)) drawing.update(JSON.stringify([fn, TEXT_OPERATORS.has(fn) ? null : argsArray[i]]));
    dropped += fnArray.filter((fn) => !KEPT.has(fn)).length;
    for (const name of Object.keys(content.styles)) if (page.commonObjs.has(name) && page.commonObjs.get(name).missingFile) withoutProgram++;
  }
  out.push({ path, items, drawing: drawing.digest('hex'), withoutProgram, dropped });
  await document.destroy();
}
process.stdout.write(JSON.stringify(out));
