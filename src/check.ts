import { toFinding } from './findings/index.js';
import { checkProse, checkTables, ENGINE_FINDINGS } from './rules/engine.js';
import type { Fact, Finding, Report } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The report with these facts added to its findings: errors first, then warnings, then notes, each in the order found. */
export function withFacts(report: Report, facts: readonly Fact[]): Report {
  const findings: Finding[] = [...report.findings, ...facts.map(toFinding)];
  return { ...report, findings: findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]) };
}

/** One report's own identities and the figures its text states; the checks across years are the run's (src/run/checker.ts). */
export function checkReport(checked: Report): Report {
  const report = { ...checked, findings: checked.findings.filter((f) => !ENGINE_FINDINGS.has(f.rule)) };
  const recovered = new Set(report.findings.filter((f) => f.rule === 'structure.recoveredCells').map((f) => f.table));
  const facts = [...checkTables(report.tables, recovered), ...checkProse(report.prose, report.tables, report)];
  return withFacts(report, facts);
}
