// Writes pdfjs's worker half, changed for reading text and ruling lines in Node, to vendor/ (read by
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
    find: '    [type, subtype] = getFontFileType(file, properties);\n',
    insertAfter: [
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
    find: '  async asyncGetBytesFromDecompressionStream(name) {\n    this.stream.reset();\n    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n',
    insertAfter: [
      '    if (name === "deflate") {',
      '      try {',
      '        return { decompressed: new Uint8Array(inflateSync(bytes)), compressed: bytes };',
      '      } catch {',
      '        return { decompressed: null, compressed: bytes };',
      '      }',
      '    }',
    ],
  },
  {
    // V8 gives an object made by Object.create(x) a shape of its own for each new x, so a page's
    // graphics and text states, each cloned from the one before at every `q`, each had a new
    // shape and every read of them missed V8's caches: with the next change, a quarter of a
    // published PDF's time (TextState.clone alone a tenth). TextState's clone already copied every
    // field; only its prototype changes, to the class's own.
    why: 'a text state is cloned with the class for its prototype, not the state before it',
    find: '    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();\n',
    replaceWith: ['    const clone = Object.assign(Object.create(TextState.prototype), this);', '    clone.textMatrix = this.textMatrix.slice();'],
  },
  {
    // The same for the graphics state, whose clone read its fields through the state before it:
    // that state does not change while its clone is in use (StateManager changes only the current
    // state, and pdfjs waits for a nested form before going on), so copying the fields reads the same.
    why: 'a graphics state is cloned by copying its fields, with the class for its prototype',
    find: '  } = {}) {\n    const clone = Object.create(this);\n',
    replaceWith: ['  } = {}) {', '    const clone = Object.assign(Object.create(EvalState.prototype), this);'],
  },
  {
    // The drawing operators are read for ruling lines only (src/text/pdf/ruling.ts); pdfjs would
    // turn the characters of every text operator into glyphs, and with font faces off build the
    // outline of each glyph, for a drawing that never happens, then copy them all to this side.
    why: 'text operators in the drawing operators carry no glyphs',
    find: [
      '  handleText(chars, state) {',
      '    const font = state.font;',
      '    const glyphs = font.charsToGlyphs(chars);',
      '    if (font.data) {',
      '      const isAddToPathSet = !!(state.textRenderingMode & TextRenderingMode.ADD_TO_PATH_FLAG);',
      '      if (isAddToPathSet || state.fillColorSpace.name === "Pattern" || state.strokeColorSpace.name === "Pattern" || font.disableFontFace) {',
      '        PartialEvaluator.buildFontPaths(font, glyphs, this.handler, this.options);',
      '      }',
      '    }',
      '    return glyphs;',
      '  }',
      '',
    ].join('\n'),
    replaceWith: ['  handleText() {', '    return [];', '  }'],
  },
];

for (const { why, find, insertAfter, replaceWith } of CHANGES) {
  if (source.split(find).length !== 2) {
    throw new Error(`pdfjs-dist ${version}: the place for "${why}" has changed; see scripts/build-pdf-worker.js before upgrading`);
  }
  const note = `    // gov-disclose: ${why} (scripts/build-pdf-worker.js).\n`;
  const changed = insertAfter ? `${find}${note}${insertAfter.join('\n')}\n` : `${note}${replaceWith.join('\n')}\n`;
  source = source.replace(find, () => changed);
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
