import { toFinding } from './findings/index.js';
import { coverageOf, statusOf } from './coverage.js';
import { checkProse, runTableChecks, ENGINE_FINDINGS } from './rules/engine.js';
import { guardOcr } from './rules/ocr-unsure.js';
import type { Fact, Finding, Report } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The report with these facts added to its findings: errors first, then warnings, then notes,
 * each in the order found. A checked report's status follows its findings.
 */
export function withFacts(report: Report, facts: readonly Fact[]): Report {
  const findings: Finding[] = [...report.findings, ...facts.map(toFinding)].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const added = { ...report, findings };
  return report.status === undefined ? added : { ...added, status: statusOf(added) };
}

/**
 * One report's own identities and the figures its text states, with what the check covered
 * and the status that follows; the checks across years are the run's (src/run/checker.ts).
 */
export function checkReport(checked: Report): Report {
  const report = { ...checked, findings: checked.findings.filter((f) => !ENGINE_FINDINGS.has(f.rule)) };
  const recovered = new Set(report.findings.filter((f) => f.rule === 'structure.recoveredCells').map((f) => f.table));
  const tables = runTableChecks(report.tables, recovered);
  const facts = [...tables.facts, ...checkProse(report.prose, report.tables, report, report.lists)];
  const withFindings = withFacts(report, guardOcr(facts, report));
  const coverage = coverageOf(withFindings, tables.evaluated);
  return { ...withFindings, coverage, status: statusOf({ ...withFindings, coverage }) };
}
