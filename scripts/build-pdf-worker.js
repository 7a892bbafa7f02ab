// Writes pdfjs's worker half, with two changes for reading text in Node, to vendor/ (read by
// src/text/pdf/load.ts). Each change is found by exact text: a pdfjs upgrade that moves one fails
// the build, rather than reading PDFs in a way no test has seen. pdfjs-dist is pinned in
// package.json for that reason. test/pdf-worker.test.ts holds the copy to pdfjs's own text items.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('pdfjs-dist/package.json');
let source = readFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

const CHANGES = [
  {
    // pdfjs parses and repairs every embedded TrueType program (sanitizeGlyphLocations,
    // checkAndRepair …: a third of the time of a real report's PDF), which only drawing uses. The
    // text of a font with its own ToUnicode map comes from that map, and its widths from the PDF's
    // /W or /Widths; checkAndRepair changes the text map only for an identity map or a font without
    // one. Such a font — TrueType by its file, horizontal, with a ToUnicode map that is not the
    // identity — is taken as pdfjs takes a font whose program is not embedded.
    why: 'a font whose text its ToUnicode map gives is not parsed',
    after: '    [type, subtype] = getFontFileType(file, properties);\n',
    insert: [
      '    if ((type === "TrueType" || type === "CIDFontType2") && !this.vertical && properties.hasIncludedToUnicodeMap && !(properties.toUnicode instanceof IdentityToUnicodeMap)) {',
      '      this.fallbackToSystemFont(properties);',
      '      return;',
      '    }',
    ],
  },
  {
    // pdfjs inflates content and font streams through a DecompressionStream: an asynchronous
    // stream over zlib's thread pool, whose round trips for a report's many small streams left the
    // thread idle for a sixth of a PDF's time. Node's zlib gives the same bytes in place; where it
    // fails, pdfjs falls back to its own inflater, as it does when the DecompressionStream fails.
    why: 'deflate streams are inflated by Node’s zlib in place',
    after:
      '  async asyncGetBytesFromDecompressionStream(name) {\n    this.stream.reset();\n    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n',
    insert: [
      '    if (name === "deflate") {',
      '      try {',
      '        return { decompressed: new Uint8Array(inflateSync(bytes)), compressed: bytes };',
      '      } catch {',
      '        return { decompressed: null, compressed: bytes };',
      '      }',
      '    }',
    ],
  },
];

for (const { why, after, insert } of CHANGES) {
  if (source.split(after).length !== 2) {
    throw new Error(`pdfjs-dist ${version}: the place for "${why}" has changed; see scripts/build-pdf-worker.js before upgrading`);
  }
  source = source.replace(after, `${after}    // gov-disclose: ${why} (scripts/build-pdf-worker.js).\n${insert.join('\n')}\n`);
}
source = source.replace(/\/\/# sourceMappingURL=\S+\s*$/, '');

mkdirSync('vendor', { recursive: true });
writeFileSync(
  'vendor/pdf.worker.text-only.mjs',
  [
    `// pdfjs-dist ${version} legacy/build/pdf.worker.mjs (Apache-2.0), changed by gov-disclose's scripts/build-pdf-worker.js.`,
    'import { inflateSync } from "node:zlib";',
    source,
  ].join('\n'),
);
