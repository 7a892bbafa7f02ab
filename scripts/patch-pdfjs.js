// Writes pdfjs's two halves, changed by patches/pdfjs-dist.patch for reading text and ruling lines
// in Node, to vendor/pdfjs/ (loaded by src/text/pdf/load.ts), as modules and as classic scripts
// (for which scripts/cache-pdfjs.js then makes V8's code cache). A hunk that no longer applies fails
// the build, rather than reading PDFs in a way no test has seen: pdfjs-dist is pinned in
// package.json for that reason. test/e2e/pdf-worker.test.ts holds the changed worker to pdfjs's
// own text items and drawing operators.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));
const { version } = require('pdfjs-dist/package.json');
const OUT = new URL('../vendor/pdfjs/', import.meta.url);

/**
 * A module as a classic script, for V8's code cache (Node 20 has none for ES modules): a function
 * of the module's address that returns its exports. pdfjs's halves are single modules with no
 * static imports and one export list. Their few characters beyond ASCII (in strings and comments)
 * are written as \u escapes, which mean the same there: Node decodes an all-ASCII file in 7 ms, not
 * 19 (src/text/pdf/compiled.ts reads it at every reader's start).
 */
function asScript(module, path) {
  const exports = /^export \{([^}]*)\};\s*$/m;
  if (!exports.test(module) || /^(?:import|export) /m.test(module.replace(exports, '')))
    throw new Error(`pdfjs-dist ${version}: ${path} is no longer one module with one export list`);
  const script = module.replace(exports, 'return {$1};').replaceAll('import.meta.url', 'importMetaUrl');
  const ascii = script.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `(function (importMetaUrl) {\n${ascii}\n})`;
}

mkdirSync(OUT, { recursive: true });
for (const file of parsePatch(readFileSync(new URL('../patches/pdfjs-dist.patch', import.meta.url), 'utf8'))) {
  const path = file.oldFileName.replace(/^a\//, '');
  const changed = applyPatch(readFileSync(join(root, path), 'utf8'), file);
  if (changed === false) throw new Error(`pdfjs-dist ${version}: patches/pdfjs-dist.patch no longer applies to ${path}; see it before upgrading`);
  const header = `// pdfjs-dist ${version} ${path} (Apache-2.0), changed by gov-disclose's patches/pdfjs-dist.patch.\n`;
  // pdfjs's source map describes its own file, not this one, and is not copied.
  const module = header + changed.replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
  writeFileSync(new URL(basename(path), OUT), module);
  writeFileSync(new URL(basename(path).replace(/\.mjs$/, '.script.js'), OUT), asScript(module, path));
}
