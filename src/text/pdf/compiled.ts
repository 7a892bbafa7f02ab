import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * pdfjs's halves as the classic scripts scripts/patch-pdfjs.js writes beside the modules,
 * compiled with the code cache scripts/cache-pdfjs.js made by reading a PDF: V8 then skips
 * compiling what loading pdfjs and reading a PDF runs, which an ES module cannot on Node 20. A
 * cache made by another Node is refused by V8, and the script compiled as it would be without.
 */

/** The scripts compiled in this process, by address: the build writes their caches from them. */
export const compiledScripts = new Map<string, Script>();

/** Where the script made from a module is, and its code cache. */
export const scriptOf = (module: URL): URL => new URL(module.href.replace(/\.mjs$/, '.script.js'));
export const cacheOf = (script: URL): URL => new URL(`${script.href}.cache`);

const readOrNull = (file: URL): Buffer | null => {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
};

/** The exports of the script made from a module, run with the module's address; null where the build made none. */
export function runCompiled(module: URL): Record<string, unknown> | null {
  const file = scriptOf(module);
  const code = readOrNull(file);
  if (!code) return null;
  const script = new Script(code.toString('utf8'), { filename: fileURLToPath(module), cachedData: readOrNull(cacheOf(file)) ?? undefined });
  compiledScripts.set(file.href, script);
  return (script.runInThisContext() as (importMetaUrl: string) => Record<string, unknown>)(module.href);
}
