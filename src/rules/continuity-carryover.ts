import { REQUEST_COLUMN_KEYS } from '../template/index.js';
import type { Fact, Report } from '../types.js';
import type { SetRule } from './types.js';

/**
 * Agencies compare by name with spacing and quotes removed, nothing more: 某市人民政府办公室 and
 * 某市人民政府 are different bodies and must never be chained.
 */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s"“”'‘’]/g, '');
}

/** Reports that say who and when, grouped by agency and year; a year held twice is left out as ambiguous. */
function byAgencyYear(reports: readonly Report[]): Map<string, Map<number, number>> {
  const groups = new Map<string, Map<number, number>>();
  const seen = new Set<string>();
  reports.forEach((report, index) => {
    if (!report.agency || report.year === null || !report.tables.requests) return;
    const agency = agencyKey(report.agency);
    const years = groups.get(agency) ?? new Map<number, number>();
    groups.set(agency, years);
    const id = `${agency}\u0000${report.year}`;
    if (seen.has(id)) years.delete(report.year);
    else years.set(report.year, index);
    seen.add(id);
  });
  return groups;
}

export const continuityCarryover: SetRule = {
  id: 'continuity.carryover',
  description: "year N's 结转下年度继续办理 = year N+1's 上年结转, per column, same agency",
  check(reports) {
    const out: { index: number; fact: Fact }[] = [];
    for (const years of byAgencyYear(reports).values()) {
      for (const [year, index] of years) {
        const previousIndex = years.get(year - 1);
        if (previousIndex === undefined) continue;
        const later = reports[index]!;
        const earlier = reports[previousIndex]!;
        const carriedOver = later.tables.requests?.rows.carriedOver;
        const carriedForward = earlier.tables.requests?.rows.carriedForward;
        if (!carriedOver || !carriedForward) continue;
        const differing = REQUEST_COLUMN_KEYS.map((column, i) => ({ column, left: carriedOver[i] ?? null, right: carriedForward[i] ?? null })).filter(
          ({ left, right }) => left !== null && right !== null && left !== right,
        );
        // A part column that differs makes the 总计 column differ too; say it once, where it starts.
        const parts = differing.filter((d) => d.column !== 'total');
        const detail = { previousYear: year - 1, previousFile: earlier.source.path };
        for (const { column, left, right } of parts.length ? parts : differing) {
          out.push({ index, fact: { rule: this.id, table: 'requests', row: 'carriedOver', column, left, right, suspect: null, detail } });
        }
      }
    }
    return out;
  },
};
