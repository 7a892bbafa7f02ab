import { detached } from '../detached.js';
import { REQUEST_COLUMN_KEYS } from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { Cell, Fact, Report } from '../types.js';
import type { SetRule } from './types.js';

const ID = 'continuity.carryover';

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
  const differing = REQUEST_COLUMN_KEYS.map((column, i) => ({ column, over: later.carriedOver![i] ?? null, forward: earlier.carriedForward![i] ?? null })).filter(
    ({ over, forward }) => over !== null && forward !== null && over !== forward,
  );
  const parts = differing.filter((d) => d.column !== 'total');
  return (parts.length ? parts : differing).map(({ column, over, forward }): Fact =>
    on === 'later'
      ? fact(ID, { table: 'requests', row: 'carriedOver', column, left: over, right: forward, detail: { previousYear: earlier.year, previousFile: earlier.path } })
      : fact(ID, { table: 'requests', row: 'carriedForward', column, left: forward, right: over, detail: { nextYear: later.year, nextFile: later.path } }),
  );
}

/** A year whose neighbours have both come: it was compared with each, and its link is let go. */
const SETTLED = Symbol('settled');

/**
 * A link as the index keeps it, as JSON text: [path, carriedOver, carriedForward]. A link object
 * with its two rows takes ~550 bytes of heap, its text ~100; the text is read back only when a
 * neighbouring year comes.
 */
type Kept = string;

/** Per year of one agency: its link while a neighbouring year may still come, null when the year came twice. */
type Years = Map<number, Kept | null | typeof SETTLED>;

const keep = (link: ChainLink): Kept => JSON.stringify([link.path, link.carriedOver ?? null, link.carriedForward ?? null]);

function unkept(agency: string, year: number, entry: Kept | null | typeof SETTLED | undefined): ChainLink | null {
  if (typeof entry !== 'string') return null;
  const [path, carriedOver, carriedForward] = JSON.parse(entry) as [string, Cell[] | null, Cell[] | null];
  return { agency, year, path, carriedOver: carriedOver ?? undefined, carriedForward: carriedForward ?? undefined };
}

/**
 * Links seen so far, by agency and year, for checking as files stream past. A year held twice is
 * ambiguous and chains with nothing. A link is kept only until both neighbouring years have come
 * (the middle years of a chain), so that a long run keeps little more than a mark per report.
 */
export class ChainIndex {
  private readonly agencies = new Map<string, Years>();

  /** Facts to file on this report, against its neighbours seen before it. */
  add(link: ChainLink): Fact[] {
    let years = this.agencies.get(link.agency);
    // The agency is kept as a copy: the link's name may be a view into its whole report.
    if (!years) this.agencies.set(detached(link.agency), (years = new Map()));
    if (years.has(link.year)) {
      years.set(link.year, null);
      return [];
    }
    years.set(link.year, keep(link));
    const previous = unkept(link.agency, link.year - 1, years.get(link.year - 1));
    const next = unkept(link.agency, link.year + 1, years.get(link.year + 1));
    for (const year of [link.year - 1, link.year, link.year + 1]) if (typeof years.get(year) === 'string' && years.has(year - 1) && years.has(year + 1)) years.set(year, SETTLED);
    return [...(previous ? compareLinks(previous, link) : []), ...(next ? compareLinks(link, next, 'earlier') : [])];
  }
}

export const continuityCarryover: SetRule = {
  id: ID,
  check(reports) {
    const links = reports.map(chainLink);
    const byKey = new Map<string, number | null>();
    links.forEach((link, index) => {
      if (!link) return;
      const key = `${link.agency}\u0000${link.year}`;
      byKey.set(key, byKey.has(key) ? null : index);
    });
    return links.flatMap((link, index) => {
      const previous = link ? byKey.get(`${link.agency}\u0000${link.year - 1}`) : undefined;
      if (!link || byKey.get(`${link.agency}\u0000${link.year}`) !== index || previous === undefined || previous === null) return [];
      return compareLinks(links[previous]!, link).map((fact) => ({ index, fact }));
    });
  },
};
