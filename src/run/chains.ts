import { detached } from '../memo.js';
import { fact } from '../findings/fact.js';
import { STOCK_ROWS, type ChainLink, type Stock } from '../rules/chain-link.js';
import { compareLinks } from '../rules/continuity-carryover.js';
import { compareText, type PackedText } from '../rules/continuity-copied.js';
import { compareStock } from '../rules/continuity-stock.js';
import type { Cell, Fact } from '../types.js';

/** The checks between two consecutive years of one agency: the carry-over of table 三, the stock of table 二, text copied. */
const compare = (earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] => [
  ...compareLinks(earlier, later, on),
  ...compareStock(earlier, later, on),
  ...compareText(earlier, later, on),
];

/**
 * A link as the index keeps it: its path and then its numbers (上年结转 and 结转下年度, seven columns
 * each, then 制发, 废止, 现行有效 of 规章 and 规范性文件; empty for a cell not printed), then its
 * text's characters and sentence prints, as fields apart by NUL, which no path holds. The copies
 * of one agency's year are one string of such fields: ~190 bytes of heap a report and 6 a
 * sentence (an array of one string per copy took ~375, the array's spare room most of it; a link
 * object ~550; the prints as a typed array ~1,100 a report over 100,000 reports).
 */
type Kept = string;

const COLUMNS = 7;
const STOCK_FIELDS = ['issued', 'repealed', 'inForce'] as const;
const FIELDS = 1 + 2 * COLUMNS + STOCK_ROWS.length * STOCK_FIELDS.length + 2;
const SEPARATOR = '\u0000';
const toCell = (text: string): Cell => (text === '' ? null : Number(text));

/**
 * A sentence's print (30 bits of hash, 15 of length and section) as seven characters of 7 bits,
 * one added to each so that none is NUL: one byte each, where characters above 255 would make V8
 * keep the whole string in two bytes a character (+24 MB over 100,000 reports, measured).
 */
const SHAPE = 2 ** 15;
const UNITS = 7;

function keptText(text: PackedText | undefined): string[] {
  if (!text) return ['', ''];
  const units: string[] = [];
  for (let i = 0; i < text.sentences.length; i += 2) {
    let value = text.sentences[i]! * SHAPE + text.sentences[i + 1]!;
    for (let u = 0; u < UNITS; u++, value = Math.floor(value / 128)) units.push(String.fromCharCode((value % 128) + 1));
  }
  return [String(text.characters), units.join('')];
}

function unkeptText(characters: string, prints: string): PackedText | undefined {
  if (prints === '') return undefined;
  const sentences = new Uint32Array((prints.length / UNITS) * 2);
  for (let i = 0; i < prints.length / UNITS; i++) {
    let value = 0;
    for (let u = UNITS - 1; u >= 0; u--) value = value * 128 + prints.charCodeAt(i * UNITS + u) - 1;
    sentences[2 * i] = Math.floor(value / SHAPE);
    sentences[2 * i + 1] = value % SHAPE;
  }
  return { characters: Number(characters), sentences };
}

function keep(link: ChainLink): Kept {
  const row = (cells: readonly Cell[] | undefined) => Array.from({ length: COLUMNS }, (_, i) => cells?.[i] ?? '');
  const stock = STOCK_ROWS.flatMap((r) => STOCK_FIELDS.map((f) => link.stock?.[r]?.[f] ?? ''));
  return [link.path, ...row(link.carriedOver), ...row(link.carriedForward), ...stock, ...keptText(link.text)].join(SEPARATOR);
}

function unkept(agency: string, year: number, fields: readonly string[]): ChainLink {
  const [path, ...numbers] = fields;
  const row = (start: number): Cell[] | undefined => {
    const cells = numbers.slice(start, start + COLUMNS).map(toCell);
    return cells.every((c) => c === null) ? undefined : cells;
  };
  const stock = Object.fromEntries(
    STOCK_ROWS.map((r, i) => [r, Object.fromEntries(STOCK_FIELDS.map((f, j) => [f, toCell(numbers[2 * COLUMNS + 3 * i + j]!)])) as unknown as Stock]),
  );
  const text = unkeptText(numbers.at(-2)!, numbers.at(-1)!);
  return { agency, year, path: path!, carriedOver: row(0), carriedForward: row(COLUMNS), stock, ...(text ? { text } : {}) };
}

/**
 * Copies of one agency's year kept to compare with its neighbours: a report published as a web
 * page and as a PDF comes twice. A further copy is still said to be one and compared with the
 * years beside it, but not kept, so that a folder of thousands of copies costs time in
 * proportion to its size (3,000 copies of one report took 14 s, kept all, against 2 s for 1,000).
 */
export const KEPT_COPIES = 4;

const keyOf = (agency: string, year: number): string => `${agency}\u0000${year}`;

/**
 * The reports seen so far, by agency and year, for the carry-over as files stream past: the
 * partner of a report is chosen by agency and year only. A mismatch is filed on whichever of the
 * two came second (the first may already be written out); a year that came twice (a web page
 * and its PDF) is said once, and each copy is compared with its neighbours.
 */
export class ChainIndex {
  private readonly years = new Map<string, Kept>();

  private kept(agency: string, year: number): ChainLink[] {
    const fields = this.years.get(keyOf(agency, year))?.split(SEPARATOR) ?? [];
    return Array.from({ length: fields.length / FIELDS }, (_, i) => unkept(agency, year, fields.slice(i * FIELDS, (i + 1) * FIELDS)));
  }

  /** Facts to file on this report, against the reports of its agency seen before it. */
  add(link: ChainLink): Fact[] {
    const same = this.kept(link.agency, link.year);
    const facts: Fact[] = same.length > 0 ? [fact('continuity.duplicateYear', { detail: { year: link.year, otherFile: same[0]!.path } })] : [];
    for (const previous of this.kept(link.agency, link.year - 1)) facts.push(...compare(previous, link));
    for (const next of this.kept(link.agency, link.year + 1)) facts.push(...compare(link, next, 'earlier'));
    if (same.length < KEPT_COPIES) {
      // A copy of the key: the agency's name may be a view into its whole report's text.
      const key = detached(keyOf(link.agency, link.year));
      const copies = this.years.get(key);
      this.years.set(key, copies === undefined ? keep(link) : `${copies}${SEPARATOR}${keep(link)}`);
    }
    return facts;
  }
}
