const { default: CSSMatrix } = await import('@thednp/dommatrix');
globalThis.DOMMatrix = CSSMatrix;
const m = await import('pdfjs-dist/build/pdf.mjs');
const fs = await import('node:fs');
for (const f of fs.readdirSync('bench/out/pdfs').filter((f) => f.startsWith('real-'))) {
  const b = fs.readFileSync('bench/out/pdfs/' + f);
  try {
    const d = await m.getDocument({ data: new Uint8Array(b), isEvalSupported: false, disableFontFace: true, verbosity: 0, cMapUrl: 'node_modules/pdfjs-dist/cmaps/', cMapPacked: true, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
    let n = 0, o = 0;
    for (let i = 1; i <= d.numPages; i++) { const p = await d.getPage(i); n += (await p.getTextContent()).items.length; o += (await p.getOperatorList()).fnArray.length; }
    console.log(f, n, o);
  } catch (e) { console.log('ERR', f, e.message, e.stack.split('\n')[1]); }
}
