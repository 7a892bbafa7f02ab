import { checkReport, withFacts } from '../check.js';
import type { Report } from '../types.js';
import { chainLink } from '../rules/chain-link.js';
import { ChainIndex } from './chains.js';
import { Result } from './result.js';
import { awaitsSeries, entryOf, settle, settledReport } from './series.js';
import { digestOf, emptySummary, tally, type Summary } from './summary.js';

/** A report ready to be written, with its place among the inputs. */
export interface Checked {
  order: number;
  result: Result;
}

/** A report's own checks, where they can be made alone: one whose glued figures await its series is checked by the Checker once they are settled. */
export function checkOwn(report: Report): Report {
  return awaitsSeries(report) ? report : checkReport(report);
}

/**
 * The one checking path of every output: reports come in input order, each with its own checks
 * made (checkOwn, in a worker or here), and leave with the checks across years added — the
 * carry-over against the years seen before it, and glued legacy figures settled by the
 * neighbouring years. A report whose glued figures await its series is held until the run ends
 * (they are rare); every other report leaves as it comes, so that memory grows by no more than
 * a small link per report.
 */
export class Checker {
  private readonly chains = new ChainIndex();
  private readonly totals = emptySummary();
  /** Each legacy report's figures (as JSON text), for the series of the held reports. */
  private readonly series: { order: number; kept: string }[] = [];
  private readonly held: { order: number; report: Report }[] = [];
  private count = 0;

  /** The reports that can be written now: this one, with the carry-over added, unless it is held. */
  add(result: Result): Checked[] {
    const order = this.count++;
    const digest = result.digest;
    if (digest.series !== null) this.series.push({ order, kept: digest.series });
    if (digest.awaitsSeries) {
      this.held.push({ order, report: result.report });
      return [];
    }
    const facts = digest.link ? this.chains.add(digest.link) : [];
    if (facts.length === 0) {
      tally(this.totals, digest);
      return [{ order, result }];
    }
    return [this.done(order, withFacts(result.report, facts))];
  }

  /** The held reports, settled by their series and checked: call once, after the last `add`. */
  finish(): Checked[] {
    if (this.held.length === 0) return [];
    const settled = settle(this.series.map(({ kept }) => entryOf(kept)));
    const byOrder = new Map(this.series.map(({ order }, i) => [order, settled[i]!]));
    return this.held.map(({ order, report }) => {
      const checked = checkReport(settledReport(report, byOrder.get(order)!));
      const link = chainLink(checked);
      return this.done(order, withFacts(checked, link ? this.chains.add(link) : []));
    });
  }

  private done(order: number, report: Report): Checked {
    const digest = digestOf(report);
    tally(this.totals, digest);
    return { order, result: Result.ofReport(report, digest) };
  }

  summary(): Summary {
    return { ...this.totals };
  }
}

/** The library's check of reports streamed one at a time: what the CLI does, for parsed reports. */
export interface StreamChecker {
  /** A parsed report: the reports that can be written now (it, checked, unless it awaits its series). */
  add(report: Report): Report[];
  /** The reports held for their series, checked: call once, after the last `add`. */
  finish(): Report[];
  summary(): Summary;
}

export function createStreamChecker(): StreamChecker {
  const checker = new Checker();
  const reports = (checked: Checked[]): Report[] => checked.map(({ result }) => result.report);
  return {
    add: (report) => reports(checker.add(Result.ofReport(checkOwn(report), null))),
    finish: () => reports(checker.finish()),
    summary: () => checker.summary(),
  };
}

export interface CheckResult {
  summary: Summary;
  files: Report[];
}

/** The library's whole check of parsed reports: each one's own checks and those across years, in input order. */
export function checkReports(reports: readonly Report[]): CheckResult {
  const checker = new Checker();
  const files: Report[] = [];
  const place = ({ order, result }: Checked): void => void (files[order] = result.report);
  for (const report of reports) checker.add(Result.ofReport(checkOwn(report), null)).forEach(place);
  checker.finish().forEach(place);
  return { summary: checker.summary(), files };
}
