import { REQUEST_COLUMN_KEYS } from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { Cell, Fact, Report } from '../types.js';

/**
 * Agencies compare by name with spacing and quotes removed, nothing more: 某市人民政府办公室 and
 * 某市人民政府 are different bodies and must never be chained.
 */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s"“”'‘’]/g, '');
}

/** What a report brings to a year-to-year chain: small enough to keep for every file of a large run. */
export interface ChainLink {
  agency: string;
  year: number;
  path: string;
  carriedOver: readonly Cell[] | undefined;
  carriedForward: readonly Cell[] | undefined;
}

export function chainLink(report: Report): ChainLink | null {
  const rows = report.tables.requests?.rows;
  if (!report.agency || report.year === null || !rows) return null;
  return { agency: agencyKey(report.agency), year: report.year, path: report.source.path, carriedOver: rows.carriedOver, carriedForward: rows.carriedForward };
}

/**
 * Year N's 结转下年度 against year N+1's 上年结转, per column. A part column that differs makes the
 * 总计 column differ too: said once, where it starts. Filed on `on`: the later year, unless
 * the later one was already written out when the earlier one came (streaming output).
 */
export function compareLinks(earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] {
  if (!earlier.carriedForward || !later.carriedOver) return [];
  const differing = REQUEST_COLUMN_KEYS.map((column, i) => ({
    column,
    over: later.carriedOver![i] ?? null,
    forward: earlier.carriedForward![i] ?? null,
  })).filter(({ over, forward }) => over !== null && forward !== null && over !== forward);
  const parts = differing.filter((d) => d.column !== 'total');
  return (parts.length ? parts : differing).map(({ column, over, forward }): Fact =>
    on === 'later'
      ? fact('continuity.carryover', {
          table: 'requests',
          row: 'carriedOver',
          column,
          left: over,
          right: forward,
          detail: { previousYear: earlier.year, previousFile: earlier.path },
        })
      : fact('continuity.carryover', {
          table: 'requests',
          row: 'carriedForward',
          column,
          left: forward,
          right: over,
          detail: { nextYear: later.year, nextFile: later.path },
        }),
  );
}
