import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

/**
 * These tests run the built CLI and library (dist/): run against a build older than the source,
 * they would pass or fail for code that is not there. They stop at once and say so instead.
 */
export default function distIsFresh(): void {
  const built = (() => {
    try {
      return statSync(join(ROOT, 'dist/index.js')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built === 0) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the end-to-end tests.');
  const changed = newest(join(ROOT, 'src'));
  if (changed > built)
    throw new Error(`dist/ is older than src/ (a file under src/ changed ${Math.round((changed - built) / 1000)} s after the build): run \`npm run build\`.`);
}
