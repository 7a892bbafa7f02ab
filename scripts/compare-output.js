// Refactors must not change what the tool says. Saves, or compares with a saved copy, the output
// of every command and format over the fixtures, ../shared/corpus (when present) and 2,000 of the
// bench's composed reports:
//   node scripts/compare-output.js save /tmp/before      (before the change)
//   node scripts/compare-output.js compare /tmp/before   (after: lists what differs, exit 1 if any)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus } from './bench-corpus.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/gov-disclose.js');
const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) {
  console.error('usage: node scripts/compare-output.js save|compare <dir>');
  process.exit(2);
}

const bench = join(ROOT, 'bench/out/corpus-2000');
makeCorpus(bench, 2000);
const corpus = join(ROOT, '../shared/corpus');
const inputs = {
  fixtures: [join(ROOT, 'fixtures/parse'), join(ROOT, 'fixtures/check')],
  ...(existsSync(corpus) ? { corpus: ['real', 'peer', 'seeds'].map((d) => join(corpus, d)) } : {}),
  bench: [bench],
};
const RUNS = [['check', '--ndjson'], ['check', '--json'], ['check'], ['parse', '--ndjson'], ['parse', '--csv']];

mkdirSync(dir, { recursive: true });
let differing = 0;
for (const [name, paths] of Object.entries(inputs)) {
  for (const args of RUNS) {
    const file = join(dir, `${name}_${args.join('_').replace(/-/g, '')}.out`);
    const run = spawnSync(process.execPath, [BIN, ...args, ...paths, '--no-color'], { encoding: 'utf8', maxBuffer: 2 ** 30 });
    const output = `exit ${run.status}\n${run.stdout}\n--- stderr\n${run.stderr}`.replaceAll(ROOT, '<root>/');
    if (mode === 'save') writeFileSync(file, output);
    else if (readFileSync(file, 'utf8') !== output) {
      differing++;
      writeFileSync(`${file}.now`, output);
      console.log(`differs: ${name} ${args.join(' ')} (diff ${file} ${file}.now)`);
    }
  }
}
if (mode === 'save') console.log(`saved ${readdirSync(dir).length} outputs in ${dir}`);
else console.log(differing === 0 ? 'identical' : `${differing} outputs differ`);
process.exit(differing === 0 ? 0 : 1);
