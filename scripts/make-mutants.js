// Mutants of the fixtures (PDF, Word, web page, text), the way a fuzzer makes them (seeded, so the same every run): bytes
// flipped, chunks cut and repeated, files cut short; in PDFs also numbers made extreme and
// references pointed elsewhere. Used by test/fuzz.test.ts; by hand:
// `node scripts/make-mutants.js DIR COUNT [SEED]`, then `gov-disclose check DIR --ndjson`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = [
  'parse/2021-pdf.pdf',
  'parse/form-2021-blank.pdf',
  'parse/form-2021-printed.docx',
  'parse/form-2021-blank.doc',
  'parse/2019-html-gbk.html',
  'parse/2021-pipe.txt',
  'parse/2021-glued.txt',
  'parse/legacy-pipe.txt',
];
const EXTREMES = ['99999999999', '-1', '0', '1e308', '2147483648', '4294967295', '0.00000001', 'NaN', '65535'];

function prng(seed) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function mutate(source, random, pdf) {
  const int = (n) => Math.floor(random() * n);
  let bytes = Buffer.from(source);
  const kinds = ['flip', 'cut', 'repeat', 'truncate', ...(pdf ? ['number', 'reference'] : [])];
  for (let step = 0, steps = 1 + int(4); step < steps; step++) {
    const at = int(bytes.length);
    switch (kinds[int(kinds.length)]) {
      case 'flip':
        for (let i = 0, n = 1 + int(30); i < n; i++) bytes[int(bytes.length)] = int(256);
        break;
      case 'cut':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + int(2000))]);
        break;
      case 'repeat': {
        const chunk = bytes.subarray(at, at + 1 + int(5000));
        bytes = Buffer.concat([bytes.subarray(0, at), ...Array(2 + int(49)).fill(chunk), bytes.subarray(at)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'number':
      case 'reference': {
        const text = bytes.toString('latin1');
        const pattern = random() < 0.5 ? /-?\d+(?:\.\d+)?/g : /\d+ 0 R/g;
        const found = [...text.matchAll(pattern)];
        if (found.length === 0) break;
        const match = found[int(found.length)];
        const replacement = pattern.source.includes('R') ? `${int(40)} 0 R` : EXTREMES[int(EXTREMES.length)];
        bytes = Buffer.from(text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length), 'latin1');
        break;
      }
    }
  }
  return bytes;
}

/** Writes `count` mutants, spread over the seed fixtures, and returns their names. */
export function makeMutants(dir, count, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  const names = [];
  for (let i = 0; i < count; i++) {
    const fixture = SEEDS[i % SEEDS.length];
    const extension = fixture.slice(fixture.lastIndexOf('.'));
    const source = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url));
    const name = `m${String(i).padStart(4, '0')}${extension}`;
    writeFileSync(join(dir, name), mutate(source, random, extension === '.pdf'));
    names.push(name);
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) makeMutants(process.argv[2] ?? 'mutants', Number(process.argv[3] ?? 300), Number(process.argv[4] ?? 1));
