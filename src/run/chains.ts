import { detached } from '../memo.js';
import { fact } from '../findings/fact.js';
import { STOCK_ROWS, type ChainLink, type Stock } from '../rules/chain-link.js';
import { compareLinks } from '../rules/continuity-carryover.js';
import { compareStock } from '../rules/continuity-stock.js';
import type { Cell, Fact } from '../types.js';

/** The checks between two consecutive years of one agency: the carry-over of table 三, the stock of table 二. */
const compare = (earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] => [
  ...compareLinks(earlier, later, on),
  ...compareStock(earlier, later, on),
];

/**
 * A link as the index keeps it: one string, its path and then its numbers (上年结转 and 结转下年度,
 * seven columns each, then 制发, 废止, 现行有效 of 规章 and 规范性文件; empty for a cell not printed).
 * A link object with its rows took ~550 bytes of heap and a typed array ~600 with its buffer;
 * this takes ~150 and reads back with one split.
 */
type Kept = string;

const COLUMNS = 7;
const STOCK_FIELDS = ['issued', 'repealed', 'inForce'] as const;
const toCell = (text: string): Cell => (text === '' ? null : Number(text));

function keep(link: ChainLink): Kept {
  const row = (cells: readonly Cell[] | undefined) => Array.from({ length: COLUMNS }, (_, i) => cells?.[i] ?? '');
  const stock = STOCK_ROWS.flatMap((r) => STOCK_FIELDS.map((f) => link.stock?.[r]?.[f] ?? ''));
  return [link.path, ...row(link.carriedOver), ...row(link.carriedForward), ...stock].join('\u0000');
}

function unkept(agency: string, year: number, kept: Kept): ChainLink {
  const [path, ...numbers] = kept.split('\u0000');
  const row = (start: number): Cell[] | undefined => {
    const cells = numbers.slice(start, start + COLUMNS).map(toCell);
    return cells.every((c) => c === null) ? undefined : cells;
  };
  const stock = Object.fromEntries(
    STOCK_ROWS.map((r, i) => [r, Object.fromEntries(STOCK_FIELDS.map((f, j) => [f, toCell(numbers[2 * COLUMNS + 3 * i + j]!)])) as unknown as Stock]),
  );
  return { agency, year, path: path!, carriedOver: row(0), carriedForward: row(COLUMNS), stock };
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
