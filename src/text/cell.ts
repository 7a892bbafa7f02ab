import type { Cell } from '../types.js';

/** `unreadable`: a number beyond what a count can be (see countCell); it holds its place in the row. */
export type CellKind = 'number' | 'null' | 'blank' | 'text' | 'unreadable';

export interface ParsedCell {
  readonly kind: CellKind;
  readonly value: Cell;
  /** A cell OCR read unsure: its place among the document's unsure cells (see reportLines). */
  readonly unsure?: number;
}

/** Cells without a number are all alike: one object each, shared. */
export const BLANK: ParsedCell = Object.freeze({ kind: 'blank', value: null });
const NULL: ParsedCell = Object.freeze({ kind: 'null', value: null });
const TEXT: ParsedCell = Object.freeze({ kind: 'text', value: null });
const UNREADABLE: ParsedCell = Object.freeze({ kind: 'unreadable', value: null });

/** Marks that mean "not reported": the cell is null, not zero. */
const NULL_TOKENS = new Set(['-', '—', '——', '–', '/', '无', '－', '―', '─', '\\']);
const UNIT = /(?:万元|元|件|条|个|次|人次|人|项)$/;
/** Digits with optional thousands separators (1,468) and decimals; no leading zeros. */
const NUMBER = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;

export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** A number's first character (a unit only follows it): a digit or a sign. */
const startsLikeNumber = (code: number): boolean => isDigit(code) || code === 0x2b || code === 0x2d;

/** Digits only, without a leading zero: 0, 7, 1468 (and the empty string). */
export function isPlainCount(text: string): boolean {
  if (text.length > 1 && text.charCodeAt(0) === 0x30) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Reads one cell of normalised text (full-width forms already folded to ASCII). */
export function parseCell(raw: string): ParsedCell {
  const text = raw.trim();
  if (text === '') return BLANK;
  // Most cells are plain counts or labels: both are told by their characters, without a pattern.
  if (isPlainCount(text)) return countCell(Number(text));
  if (NULL_TOKENS.has(text)) return NULL;
  if (!startsLikeNumber(text.charCodeAt(0))) return TEXT;
  const bare = text.replace(UNIT, '').trim();
  if (!NUMBER.test(bare)) return TEXT;
  return countCell(Number(bare.replace(/,/g, '')));
}

/**
 * A number beyond what doubles hold exactly (2^53; 400 digits are Infinity) is no count a report
 * prints: read as it stands it would make sums that do not hold. It is unreadable, and the row
 * it stands in is left out with a warning.
 */
const countCell = (value: number): ParsedCell => (Math.abs(value) <= Number.MAX_SAFE_INTEGER ? { kind: 'number', value } : UNREADABLE);

/** The kind of a cell as a reader finds it, before the text stage has folded full-width forms (１２３, －). */
export const rawCellKind = (raw: string): CellKind => parseCell(raw.normalize('NFKC')).kind;
