import { chainLink, type ChainLink } from '../rules/chain-link.js';
import { statusOf, type Status } from '../coverage.js';
import type { Report } from '../types.js';
import { keptEntry, seriesEntry } from './series.js';

/** The counts of SPEC §5's summary line: files, each status, and the findings. */
export interface Summary {
  files: number;
  /** 核对无误: every required table read whole, every check run, and not a single error. */
  clean: number;
  /** 有错: at least one error. */
  withErrors: number;
  /** 部分核对: no error, but a required table was not read whole or a check could not run (coverage says which). */
  partial: number;
  /** 未填写: tables found that hold no number (the blank form): nothing to check. */
  blank: number;
  /** 未读出: neither a table nor a stated figure could be read, so nothing was checked. */
  unread: number;
  errors: number;
  warnings: number;
}

export function emptySummary(): Summary {
  return { files: 0, clean: 0, withErrors: 0, partial: 0, blank: 0, unread: 0, errors: 0, warnings: 0 };
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
  status: Status;
  /** False for a file that is no report at all (empty, a format not read, no table and no figure): a run of only those found nothing to check. */
  isReport: boolean;
}

/** What makes a file with nothing read no report, rather than a report that could not be read (a scan, a damaged PDF). */
const NOT_A_REPORT: ReadonlySet<string> = new Set(['input.empty', 'input.binary', 'structure.unknownFormat']);

export function digestOf(report: Report): Digest {
  const series = seriesEntry(report);
  const status = report.status ?? statusOf(report);
  return {
    link: chainLink(report),
    series: series && keptEntry(series),
    awaitsSeries: (series?.open.size ?? 0) > 0,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    findings: report.findings.length,
    status,
    isReport: status !== 'unread' || !report.findings.some((f) => NOT_A_REPORT.has(f.rule)),
  };
}

const COUNTED: Record<Status, keyof Summary> = { errors: 'withErrors', partial: 'partial', clean: 'clean', blank: 'blank', unread: 'unread' };

/** Adds one checked report to a running summary. */
export function tally(summary: Summary, { errors, warnings, status }: Digest): void {
  summary.files++;
  summary[COUNTED[status]]++;
  summary.errors += errors;
  summary.warnings += warnings;
}
