import { chainLink, type ChainLink } from '../rules/chain-link.js';
import { hasNumber } from '../tables/numbers.js';
import type { Report } from '../types.js';
import { isStatedFigure } from '../prose/extract.js';
import { keptEntry, seriesEntry } from './series.js';

export interface Summary {
  files: number;
  /** Files with numbers in their tables or text and not a single error: the reports that add up. */
  clean: number;
  /** Files with at least one error. */
  withErrors: number;
  /** Files whose tables were found but hold no number (the blank form, 未填写): nothing to check. */
  blank: number;
  /** Files from which neither a table nor a stated figure could be read (so nothing was checked). */
  unread: number;
  errors: number;
  warnings: number;
}

export function emptySummary(): Summary {
  return { files: 0, clean: 0, withErrors: 0, blank: 0, unread: 0, errors: 0, warnings: 0 };
}

/**
 * What the summary and the checks across years need of a report: a worker sends it with the
 * report's JSON, so that the main thread can write that JSON out without parsing it.
 */
export interface Digest {
  link: ChainLink | null;
  /** A legacy report's figures for its series (seriesEntry, kept as JSON text); null for any other. */
  series: string | null;
  /** Glued legacy figures its neighbouring years may settle: the report is checked once the run has seen them. */
  awaitsSeries: boolean;
  errors: number;
  warnings: number;
  findings: number;
  /** A number was read from its tables or its text: something was checked. */
  hasData: boolean;
  /** A table of the report was found, numbers or not. */
  hasTables: boolean;
}

/** Findings that say a table was found though no number was read from it. */
const TABLE_FOUND = new Set(['structure.tableEmpty', 'structure.blankTables']);

export function digestOf(report: Report): Digest {
  const series = seriesEntry(report);
  return {
    link: chainLink(report),
    series: series && keptEntry(series),
    awaitsSeries: (series?.open.size ?? 0) > 0,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    findings: report.findings.length,
    // A report with only figures in its text has been checked too, as far as its sentences go.
    hasData: hasNumber(report.tables) || report.prose.some(isStatedFigure),
    hasTables: Object.values(report.tables).some((t) => t !== null) || report.findings.some((f) => TABLE_FOUND.has(f.rule)),
  };
}

/** How a checked report fared: errors; checked and clean; tables found but blank; nothing read to check. */
export type Status = 'errors' | 'clean' | 'blank' | 'unread';

export function statusOf({ errors, hasData, hasTables }: Digest): Status {
  if (errors > 0) return 'errors';
  if (hasData) return 'clean';
  return hasTables ? 'blank' : 'unread';
}

/** Adds one checked report to a running summary: the counts of SPEC §5's summary line. */
export function tally(summary: Summary, { errors, warnings, hasData, hasTables }: Digest): void {
  summary.files++;
  if (hasData && errors === 0) summary.clean++;
  if (errors > 0) summary.withErrors++;
  if (!hasData && hasTables) summary.blank++;
  if (!hasData && !hasTables) summary.unread++;
  summary.errors += errors;
  summary.warnings += warnings;
}
