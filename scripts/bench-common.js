// What the two parts of `npm run bench` share: a seeded generator, timing a command, and
// writing a table into its place in README.md.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** A seeded generator: the same corpus on every machine. */
export function prng(seed) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Wall time of one run of a command, in ms; exit 1 (discrepancies found) is a normal end. */
export function timed(command, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const time = (command, args, runs) => median(Array.from({ length: runs }, () => timed(command, args)));

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in the README with `table`. */
export function writeIntoReadme(readmePath, name, table) {
  const readme = readFileSync(readmePath, 'utf8');
  const section = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (section.test(readme)) writeFileSync(readmePath, readme.replace(section, `$1${table}\n$2`));
}

/** This machine, as the bench tables name it. */
export const machine = (cores) => `${cores} cores, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;

/** A Markdown table under a caption, printed and written into the README section `name`. */
export function publishTable(readmePath, name, caption, headers, rows) {
  const table = [caption, '', `| ${headers.join(' | ')} |`, `|${headers.map(() => '---|').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(table);
  writeIntoReadme(readmePath, name, table);
}
