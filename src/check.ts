import { toFinding } from './findings/index.js';
import { checkProse, checkTables } from './rules/engine.js';
import type { Fact, Finding, Report } from './types.js';

export interface CheckOptions {
  /** Warnings count as errors. */
  strict?: boolean;
}

/** The report with these facts added to its findings. */
export function withFacts(report: Report, facts: readonly Fact[]): Report {
  return facts.length === 0 ? report : { ...report, findings: [...report.findings, ...facts.map(toFinding)] };
}

/** --strict: every warning counts as an error. Applied once, when a report's own checks are done. */
function strictly(report: Report): Report {
  const findings: Finding[] = report.findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
  return { ...report, findings };
}

/** One report's own identities and the figures its text states; the checks across years are the run's (src/run/checker.ts). */
export function checkReport(report: Report, options: CheckOptions = {}): Report {
  const recovered = new Set(report.findings.filter((f) => f.rule === 'structure.recoveredCells').map((f) => f.table));
  const facts = [...checkTables(report.tables, recovered), ...checkProse(report.prose, report.tables)];
  const checked = withFacts(report, facts);
  return options.strict ? strictly(checked) : checked;
}
