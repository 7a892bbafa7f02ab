import { detached } from '../detached.js';
import { fact } from '../findings/fact.js';
import type { ChainLink } from '../rules/chain-link.js';
import { compareLinks } from '../rules/continuity-carryover.js';
import { compareStock } from '../rules/continuity-stock.js';
import type { Cell, Fact } from '../types.js';

/** The checks between two consecutive years of one agency: the carry-over of table 三, the stock of table 二. */
const compare = (earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] => [
  ...compareLinks(earlier, later, on),
  ...compareStock(earlier, later, on),
];

/**
 * A link as the index keeps it, as JSON text: [path, carriedOver, carriedForward, stock]. A link object
 * with its two rows takes ~550 bytes of heap, its text ~100; it is read back only when a
 * neighbouring year comes.
 */
type Kept = string;

const keep = (link: ChainLink): Kept => JSON.stringify([link.path, link.carriedOver ?? null, link.carriedForward ?? null, link.stock ?? null]);

function unkept(agency: string, year: number, kept: Kept): ChainLink {
  const [path, carriedOver, carriedForward, stock] = JSON.parse(kept) as [string, Cell[] | null, Cell[] | null, ChainLink['stock'] | null];
  return { agency, year, path, carriedOver: carriedOver ?? undefined, carriedForward: carriedForward ?? undefined, ...(stock ? { stock } : {}) };
}

/**
 * The reports seen so far, by agency and year, for the carry-over as files stream past: the
 * partner of a report is chosen by agency and year only. A mismatch is filed on whichever of the
 * two came second (the first may already be written out); a year that came twice (a web page
 * and its PDF) is said once, and each copy is compared with its neighbours.
 */
export class ChainIndex {
  private readonly years = new Map<string, Kept[]>();

  private kept(agency: string, year: number): ChainLink[] {
    return (this.years.get(`${agency}\u0000${year}`) ?? []).map((k) => unkept(agency, year, k));
  }

  /** Facts to file on this report, against the reports of its agency seen before it. */
  add(link: ChainLink): Fact[] {
    const same = this.kept(link.agency, link.year);
    const facts: Fact[] = same.length > 0 ? [fact('continuity.duplicateYear', { detail: { year: link.year, otherFile: same[0]!.path } })] : [];
    for (const previous of this.kept(link.agency, link.year - 1)) facts.push(...compare(previous, link));
    for (const next of this.kept(link.agency, link.year + 1)) facts.push(...compare(link, next, 'earlier'));
    // A copy of the key: the agency's name may be a view into its whole report's text.
    const key = detached(`${link.agency}\u0000${link.year}`);
    this.years.set(key, [...(this.years.get(key) ?? []), keep(link)]);
    return facts;
  }
}
