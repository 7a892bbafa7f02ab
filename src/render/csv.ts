import { stringify } from 'csv-stringify/sync';
import { sanitise } from './sanitise.js';
import type { Value } from './tabular.js';

/** Excel reads a UTF-8 CSV as the local code page unless it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

/** A cell Excel would run as a formula (=HYPERLINK(…), +, -, @): text cells only, numbers stay numbers. */
const FORMULA = /^[=+\-@\t\r]/;

/** A value as it may go into a spreadsheet: no control characters, no formula. */
export function cellValue(value: Value): Value {
  return typeof value === 'string' ? sanitise(FORMULA.test(value) ? `'${value}` : value) : value;
}

/** Rows as CSV lines (csv-stringify does the quoting). */
export function csvLines(rows: readonly Value[][]): string {
  return stringify(rows.map((row) => row.map(cellValue)));
}
