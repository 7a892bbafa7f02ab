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

/** Reads one cell of normalised text (full-width forms already folded to ASCII). */
export function parseCell(raw: string): ParsedCell {
  const text = raw.trim();
  if (text === '') return { kind: 'blank', value: null };
  if (NULL_TOKENS.has(text)) return { kind: 'null', value: null };
  const bare = text.replace(UNIT, '').trim();
  if (!NUMBER.test(bare)) return { kind: 'text', value: null };
  return { kind: 'number', value: Number(bare.replace(/,/g, '')) };
}
