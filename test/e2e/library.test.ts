import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

/**
 * What reading a PDF adds to a Node 20 process: standard built-ins Node 20 lacks, installed by
 * the core-js inside pdfjs's legacy build, which pdfjs is written against. Nothing is replaced
 * or removed. The README's Library section names each.
 */
const ADDED_FOR_PDFJS = [
  'ArrayBuffer.prototype.detached',
  'ArrayBuffer.prototype.transfer',
  'ArrayBuffer.prototype.transferToFixedLength',
  'Iterator',
  'Iterator.prototype',
  'Map.prototype.getOrInsert',
  'Map.prototype.getOrInsertComputed',
  'Math.sumPrecise',
  'Promise.try',
  'Promise.withResolvers',
  'Set.prototype.difference',
  'Set.prototype.intersection',
  'Set.prototype.isDisjointFrom',
  'Set.prototype.isSubsetOf',
  'Set.prototype.isSupersetOf',
  'Set.prototype.symmetricDifference',
  'Set.prototype.union',
  'Uint8Array.fromBase64',
  'Uint8Array.prototype.setFromBase64',
  'Uint8Array.prototype.setFromHex',
  'Uint8Array.prototype.toBase64',
  'Uint8Array.prototype.toHex',
  'WeakMap.prototype.getOrInsert',
  'WeakMap.prototype.getOrInsertComputed',
  'globalThis.Iterator',
  'globalThis.__core-js_shared__',
];

describe('the library leaves the host process as it found it', () => {
  it(
    'after reading a PDF, a .docx and a .doc, built-ins, JSON, console and globalThis hold what they held, but for what pdfjs needs',
    { timeout: 60_000 },
    () => {
      const files = ['form-2021-blank.pdf', 'form-2021-blank.docx', 'form-2021-blank.doc'].map((f) => `${FIXTURES}parse/${f}`);
      const run = spawnSync(process.execPath, [`${ROOT}test/e2e/support/host-globals.mjs`, `${ROOT}dist/index.js`, ...files], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const changes = JSON.parse(run.stdout) as string[];
      // Nothing replaced (~) or removed (-): console.warn, Array.prototype.push, JSON.parse, Function.prototype.toString are the natives.
      expect(changes.filter((c) => !c.startsWith('+'))).toEqual([]);
      // Node 22 and later have most of these built in; what is added is at most the list.
      const added = changes.map((c) => c.slice(1));
      expect(added.filter((name) => !ADDED_FOR_PDFJS.includes(name))).toEqual([]);
      expect(added).not.toContain('globalThis.self');
      expect(added).not.toContain('globalThis.navigator');
    },
  );

  it('the README lists everything the library may add', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const library = readme.slice(readme.indexOf('## Library'), readme.indexOf('\n## ', readme.indexOf('## Library') + 1));
    const missing = ADDED_FOR_PDFJS.filter((name) => !library.includes(name.replace(/^globalThis\./, '').replace(/^(\w+)\.prototype\./, '$1.prototype.')));
    expect(missing).toEqual([]);
  });
});
