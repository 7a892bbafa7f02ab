import type { CheckResult } from '../run/checker.js';
import type { ReadDocument } from '../parse.js';
import type { Report } from '../types.js';
import { safeJson } from './sanitise.js';

/** `parse --json`: one report object, or an array of them for several files. */
export function parseJson(reports: readonly Report[], single: boolean): string {
  return `${safeJson(JSON.stringify(single ? reports[0] : reports, null, 2))}\n`;
}

/** `check --json`: the summary and every file with its findings. */
export function checkJson(result: CheckResult): string {
  return `${safeJson(JSON.stringify(result, null, 2))}\n`;
}

/** One report as one line of JSON: what a worker hands back, and an `--ndjson` line without its break. */
export function reportJson(report: Report): string {
  return safeJson(JSON.stringify(report));
}

/** `--ndjson`: one report per line, written as each file finishes. */
export function ndjsonLine(report: Report): string {
  return `${reportJson(report)}\n`;
}

/** `convert --json`: how the file was read, and its document: running text and tables of cells. */
export function documentJson({ source, document }: ReadDocument): string {
  return `${safeJson(JSON.stringify({ source, document }, null, 2))}\n`;
}
