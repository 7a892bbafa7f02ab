import { toFinding } from './findings/index.js';
import { checkSet, checkTables } from './rules/engine.js';
import type { Fact, Finding, Report } from './types.js';

export interface CheckOptions {
  /** Warnings count as errors. */
  strict?: boolean;
}

export interface Summary {
  files: number;
  /** Files with tables and not a single error: the reports that add up. */
  clean: number;
  /** Files with at least one error. */
  withErrors: number;
  /** Files from which no table could be read (and so nothing checked). */
  unread: number;
  errors: number;
  warnings: number;
}

export interface CheckResult {
  summary: Summary;
  files: Report[];
}

function withFacts(report: Report, facts: readonly Fact[], options: CheckOptions): Report {
  const findings: Finding[] = [...report.findings, ...facts.map(toFinding)].map((f) =>
    options.strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f,
  );
  return { ...report, findings };
}

/** One report's own identities; what `check --ndjson` streams before the set rules have run. */
export function checkReport(report: Report, options: CheckOptions = {}): Report {
  const recovered = new Set(report.findings.filter((f) => f.rule === 'structure.recoveredCells').map((f) => f.table));
  const facts = checkTables(report.tables).map((f) => (recovered.has(f.table) ? { ...f, detail: { ...f.detail, recovered: 1 } } : f));
  return withFacts(report, facts, options);
}

/** Findings that need several reports (the carry-over from one year to the next), filed per report. */
export function checkAcross(reports: readonly Report[], options: CheckOptions = {}): Report[] {
  const facts = checkSet(reports);
  return reports.map((report, i) => (facts[i]!.length ? withFacts(report, facts[i]!, options) : report));
}

export function summarise(files: readonly Report[]): Summary {
  const count = (r: Report, severity: Finding['severity']): number => r.findings.filter((f) => f.severity === severity).length;
  const hasTables = (r: Report): boolean => Object.values(r.tables).some((t) => t !== null);
  return {
    files: files.length,
    clean: files.filter((r) => hasTables(r) && count(r, 'error') === 0).length,
    withErrors: files.filter((r) => count(r, 'error') > 0).length,
    unread: files.filter((r) => !hasTables(r)).length,
    errors: files.reduce((n, r) => n + count(r, 'error'), 0),
    warnings: files.reduce((n, r) => n + count(r, 'warning'), 0),
  };
}

/** Checks parsed reports: every identity of each, then carry-over across them. */
export function checkReports(reports: readonly Report[], options: CheckOptions = {}): CheckResult {
  const files = checkAcross(
    reports.map((r) => checkReport(r, options)),
    options,
  );
  return { summary: summarise(files), files };
}
