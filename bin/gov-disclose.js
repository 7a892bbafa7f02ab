#!/usr/bin/env node
// The entry runs the compiled CLI; `npm install` builds it through `prepare`. A PDF's reader
// starts first, so that it loads beside the CLI (src/cli/early-reader.ts).
import { startReaderEarly } from '../dist/cli/early-reader.js';

await startReaderEarly(process.argv.slice(2));
const { main } = await import('../dist/cli/main.js');
const { stopCleanlyOnSignals } = await import('../dist/cli/signals.js');

stopCleanlyOnSignals();
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
