import type { Fact } from '../types.js';
import type { CollectedRow } from './rows.js';

/** Where the table stage placed a cell OCR read unsure, by its place among the document's unsure cells (see reportLines). */
export interface LocatedCell {
  ordinal: number;
  table: 'active' | 'requests' | 'reviews';
  row: string;
  /** Null for a row's label: every cell of the row rests on it. */
  column: string | null;
}

/** What reading one table gives: the table (null when it is not there or cannot be read) and what was met on the way. */
export interface Extracted<T> {
  table: T | null;
  facts: Fact[];
  /** The cells OCR was unsure of that the table took. */
  located?: LocatedCell[];
}

/** The unsure cells a table's rows took: a value's row and column, a label's row. */
export function locatedCells(table: LocatedCell['table'], rows: Iterable<CollectedRow>, columnOf: (key: string, index: number) => string): LocatedCell[] {
  const located: LocatedCell[] = [];
  for (const { key, values, unsureLabels } of rows) {
    for (const ordinal of unsureLabels) located.push({ ordinal, table, row: key, column: null });
    values.forEach((value, i) => {
      if (value.unsure !== undefined) located.push({ ordinal: value.unsure, table, row: key, column: columnOf(key, i) });
    });
  }
  return located;
}
