// Writes V8's code cache of pdfjs's two halves (the scripts scripts/patch-pdfjs.js writes) after
// reading a PDF of the official form with them, so that the cache holds what loading pdfjs and
// reading a report compile. V8 takes a cache only under the flags it was made with: it is made in
// a process launched as a reader child is under the default limits. Made at build time by the
// Node that will run it; where no fixture is there (an install from the registry), nothing is
// written and pdfjs compiles as it loads.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheOf, compiledScripts } from '../dist/text/pdf/compiled.js';
import { DEFAULT_LIMITS } from '../dist/run/limits.js';
import { readerFlags } from '../dist/run/sandbox.js';

const FORM = new URL('../fixtures/parse/form-2021-printed.pdf', import.meta.url);
const flags = readerFlags(DEFAULT_LIMITS);
if (!flags.every((flag) => process.execArgv.includes(flag))) {
  execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url)], { stdio: 'inherit' });
} else if (existsSync(FORM)) {
  const { readPdf } = await import('../dist/text/pdf/load.js');
  await readPdf(readFileSync(FORM));
  for (const [href, script] of compiledScripts) writeFileSync(cacheOf(new URL(href)), script.createCachedData());
}
