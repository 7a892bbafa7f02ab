// Prints, for each PDF named, pdfjs's text items, the ruling lines of its pages and how many of its
// fonts were read without their program: with pdfjs's own worker (`pdfjs`: the lines from its
// operator list) or the build's text-only copy (`text-only`: the lines from the drawing it sends
// with the text). Needs the build (dist/).
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
const { rulesOf } = await import(new URL('../../../dist/text/pdf/ruling.js', import.meta.url).href);
const { addDrawing } = await import(new URL('../../../dist/text/pdf/load.js', import.meta.url).href);

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
  const rules = [];
  let withoutProgram = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    items.push(...content.items.filter((item) => 'str' in item).map(({ str, transform, width }) => [str, ...transform, width]));
    // The fonts reach this side with the drawing operators, each saying whether its program was read.
    const list = await page.getOperatorList();
    const sent = { fnArray: [], argsArray: [] };
    for (const item of content.items) if (item.type === 'draw') addDrawing(item.ops, OPS, sent);
    if (which === 'pdfjs' && sent.fnArray.length > 0) throw new Error('pdfjs sent drawing with the text');
    const drawing = which === 'pdfjs' ? list : sent;
    rules.push(rulesOf(drawing.fnArray, drawing.argsArray, OPS));
    // A font read without its program is named after the system font pdfjs would draw it with.
    for (const name of Object.keys(content.styles)) if (page.commonObjs.has(name) && page.commonObjs.get(name).loadedName !== name) withoutProgram++;
  }
  out.push({ path, items, rules, withoutProgram });
  await document.destroy();
}
process.stdout.write(JSON.stringify(out));
