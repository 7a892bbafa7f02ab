// Writes pdfjs's worker half, with one change, to vendor/ (read by src/text/pdf/load.ts).
//
// pdfjs parses and repairs every embedded TrueType font program (sanitizeGlyphLocations,
// checkAndRepair …: a third of the time of a real report's PDF), yet only drawing uses it. The text
// of a font with its own ToUnicode map comes from that map, and the widths from the PDF's /W or
// /Widths; the program adds nothing to it (checkAndRepair changes the text map only for an
// identity map, or a font without one). So such a font — TrueType by its file, horizontal, with a
// ToUnicode map that is not the identity — is taken as if its program were not embedded, which is
// pdfjs's own path for a font without a file. Any other font is read as pdfjs reads it.
//
// The change is found by exact text: a pdfjs upgrade that moves it fails the build, rather than
// reading PDFs in a way no test has seen. pdfjs-dist is pinned in package.json for that reason.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('pdfjs-dist/package.json');
const source = readFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

const ANCHOR = '    [type, subtype] = getFontFileType(file, properties);\n';
const TEXT_ONLY = [
  '    // gov-disclose: a font whose text its ToUnicode map gives is not parsed (scripts/build-pdf-worker.js).',
  '    if ((type === "TrueType" || type === "CIDFontType2") && !this.vertical && properties.hasIncludedToUnicodeMap && !(properties.toUnicode instanceof IdentityToUnicodeMap)) {',
  '      this.fallbackToSystemFont(properties);',
  '      return;',
  '    }',
  '',
].join('\n');

if (source.split(ANCHOR).length !== 2) {
  throw new Error(`pdfjs-dist ${version}: the font constructor has changed; see scripts/build-pdf-worker.js before upgrading`);
}
const patched = source.replace(ANCHOR, ANCHOR + TEXT_ONLY).replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
mkdirSync('vendor', { recursive: true });
writeFileSync(
  'vendor/pdf.worker.text-only.mjs',
  `// pdfjs-dist ${version} legacy/build/pdf.worker.mjs (Apache-2.0), changed by gov-disclose's scripts/build-pdf-worker.js.\n${patched}`,
);
