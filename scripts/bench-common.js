// What the two parts of `npm run bench` share: a seeded generator, timing a command, and
// writing a table into its place in README.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

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

/** Each process's parent, from /proc (Linux). */
function parents() {
  const parentOf = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The name in parentheses may hold spaces: the fields after it are counted from its end.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parentOf;
}

/** Resident memory in MB of a process and all its descendants, now. */
function treeMb(root) {
  const parentOf = parents();
  const inTree = (pid) => pid === root || (parentOf.has(pid) && pid !== 1 && inTree(parentOf.get(pid)));
  let pages = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // Ended meanwhile.
    }
  }
  return (pages * 4096) / 2 ** 20;
}

/**
 * Peak resident memory in MB of a command and every process it starts (a PDF's reader is a child
 * of its own), summed and sampled every 100 ms; null where there is no /proc to read.
 */
export function treePeakMb(command, args) {
  if (!existsSync('/proc/self/statm')) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const run = spawn(command, args, { stdio: 'ignore' });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, treeMb(run.pid))), 100);
    run.on('error', reject);
    run.on('exit', (status) => {
      clearInterval(watch);
      if (status !== 0 && status !== 1) reject(new Error(`${command} ${args.join(' ')}: exit ${status}`));
      else resolve(peak);
    });
  });
}
