import { toFinding } from './findings/index.js';
import { ChainIndex, chainLink, type ChainLink } from './rules/continuity-carryover.js';
import { checkProse, checkSet, checkTables } from './rules/engine.js';
import { settleSeries } from './series.js';
import { hasNumber } from './tables/numbers.js';
import type { Fact, Finding, Report } from './types.js';

export interface CheckOptions {
  /** Warnings count as errors. */
  strict?: boolean;
}

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

export interface CheckResult {
  summary: Summary;
  files: Report[];
}

function withFacts(report: Report, facts: readonly Fact[]): Report {
  return facts.length === 0 ? report : { ...report, findings: [...report.findings, ...facts.map(toFinding)] };
}

/** --strict: every warning counts as an error. Applied once, when a report's own checks are done. */
function strictly(report: Report): Report {
  const findings: Finding[] = report.findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
  return { ...report, findings };
}

/** One report's own identities; what `check --ndjson` streams before the set rules have run. */
export function checkReport(report: Report, options: CheckOptions = {}): Report {
  const recovered = new Set(report.findings.filter((f) => f.rule === 'structure.recoveredCells').map((f) => f.table));
  const facts = [...checkTables(report.tables, recovered), ...checkProse(report.prose, report.tables)];
  const checked = withFacts(report, facts);
  return options.strict ? strictly(checked) : checked;
}

/** Findings that need several reports (the carry-over from one year to the next, always errors), filed per report. */
export function checkAcross(reports: readonly Report[]): Report[] {
  const facts = checkSet(reports);
  return reports.map((report, i) => withFacts(report, facts[i]!));
}

function emptySummary(): Summary {
  return { files: 0, clean: 0, withErrors: 0, blank: 0, unread: 0, errors: 0, warnings: 0 };
}

/**
 * What the summary and the carry-over need of a checked report: a worker sends it with the
 * report's JSON, so that the main thread can write that JSON out without parsing it.
 */
export interface Digest {
  link: ChainLink | null;
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
  return {
    link: chainLink(report),
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    findings: report.findings.length,
    // A report with only figures in its text has been checked too, as far as its sentences go.
    hasData: hasNumber(report.tables) || report.prose.length > 0,
    hasTables: Object.values(report.tables).some((t) => t !== null) || report.findings.some((f) => TABLE_FOUND.has(f.rule)),
  };
}

/** Adds one checked report to a running summary: the counts of SPEC §5's summary line. */
function tally(summary: Summary, { errors, warnings, hasData, hasTables }: Digest): void {
  summary.files++;
  if (hasData && errors === 0) summary.clean++;
  if (errors > 0) summary.withErrors++;
  if (!hasData && hasTables) summary.blank++;
  if (!hasData && !hasTables) summary.unread++;
  summary.errors += errors;
  summary.warnings += warnings;
}

export function summarise(files: readonly Report[]): Summary {
  const summary = emptySummary();
  for (const file of files) tally(summary, digestOf(file));
  return summary;
}

export interface StreamChecker {
  /** The report checked, with carry-over against the reports seen before it. */
  check(report: Report): Report;
  /** The same for a report whose own identities were already checked (checkReport, in a worker). */
  add(checked: Report): Report;
  /**
   * The same for a report known by its digest: null when the carry-over adds nothing, so that
   * the report stands as it came; else the report, loaded by `load`, with the carry-over findings.
   */
  addDigest(digest: Digest, load: () => Report): Report | null;
  summary(): Summary;
}

/**
 * Checks reports one at a time, keeping only a small link per report for the carry-over: memory
 * does not grow with the reports' size. A carry-over mismatch is filed on whichever of the two
 * years comes second (the first was already written out); checkReports files it on the later year.
 */
export function createStreamChecker(options: CheckOptions = {}): StreamChecker {
  const chains = new ChainIndex();
  const summary = emptySummary();
  return {
    check(parsed) {
      return this.add(checkReport(parsed, options));
    },
    add(checked) {
      return this.addDigest(digestOf(checked), () => checked) ?? checked;
    },
    addDigest(digest, load) {
      const facts = digest.link ? chains.add(digest.link) : [];
      if (facts.length === 0) {
        tally(summary, digest);
        return null;
      }
      const report = withFacts(load(), facts);
      tally(summary, digestOf(report));
      return report;
    },
    summary: () => ({ ...summary }),
  };
}

/** Checks parsed reports: glued legacy figures settled across years, every identity of each, then carry-over across them. */
export function checkReports(reports: readonly Report[], options: CheckOptions = {}): CheckResult {
  const files = checkAcross(settleSeries(reports).map((r) => checkReport(r, options)));
  return { summary: summarise(files), files };
}
