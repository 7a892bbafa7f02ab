import type { Cell } from '../types.js';

export type CellKind = 'number' | 'null' | 'blank' | 'text';

export interface ParsedCell {
  kind: CellKind;
  value: Cell;
}

/** Marks that mean "not reported": the cell is null, not zero. */
const NULL_TOKENS = new Set(['-', '—', '——', '–', '/', '无', '－', '―', '─', '\\']);
const UNIT = /(?:万元|元|件|条|个|次|人次|人|项)$/;
/** Digits with optional thousands separators (1,468) and decimals; no leading zeros. */
const NUMBER = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** A number's first character (a unit only follows it): a digit or a sign. */
const startsLikeNumber = (code: number): boolean => isDigit(code) || code === 0x2b || code === 0x2d;

/** Digits only, without a leading zero: 0, 7, 1468. */
function isPlainCount(text: string): boolean {
  if (text.length > 1 && text.charCodeAt(0) === 0x30) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Reads one cell of normalised text (full-width forms already folded to ASCII). */
export function parseCell(raw: string): ParsedCell {
  const text = raw.trim();
  if (text === '') return { kind: 'blank', value: null };
  if (NULL_TOKENS.has(text)) return { kind: 'null', value: null };
  // Most cells are labels or plain counts: both are told by their characters, without a pattern.
  if (!startsLikeNumber(text.charCodeAt(0))) return { kind: 'text', value: null };
  if (isPlainCount(text)) return { kind: 'number', value: Number(text) };
  const bare = text.replace(UNIT, '').trim();
  if (!NUMBER.test(bare)) return { kind: 'text', value: null };
  return { kind: 'number', value: Number(bare.replace(/,/g, '')) };
}
