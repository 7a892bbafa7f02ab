#!/usr/bin/env node
// The entry runs the compiled CLI; `npm install` builds it through `prepare`.
import { main } from '../dist/cli/main.js';
import { stopCleanlyOnSignals } from '../dist/cli/signals.js';

stopCleanlyOnSignals();
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
