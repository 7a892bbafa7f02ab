import { setFlagsFromString } from 'node:v8';

/**
 * A long run has V8's optimising compiler inline less per function (150 bytes of bytecode in
 * all, not 920): it compiles about a tenth less on each thread, which on two cores is time
 * taken from the threads reading files, and the code it makes runs no slower here. Measured on
 * the bench corpus (2026-11-23, every value from 30 to 920): two workers 7 % faster, one thread
 * as fast with 9 % less CPU. Not set from the start: a flag set at all makes Node compile its
 * own modules afresh (their cached code is for the default flags), +5 ms on every short run.
 */
let done = false;

export function tuneCompilerForLongRun(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}
