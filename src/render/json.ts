import type { CheckResult } from '../check.js';
import type { Report } from '../types.js';

/** `parse --json`: one report object, or an array of them for several files. */
export function parseJson(reports: readonly Report[], single: boolean): string {
  return `${JSON.stringify(single ? reports[0] : reports, null, 2)}\n`;
}

/** `check --json`: the summary and every file with its findings. */
export function checkJson(result: CheckResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** `--ndjson`: one report per line, written as each file finishes. */
export function ndjsonLine(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}
