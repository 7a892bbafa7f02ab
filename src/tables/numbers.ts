import type { Tables } from '../types.js';

/** Whether any cell of any table passes `test`. */
function anyCell(tables: Tables, test: (value: unknown) => boolean): boolean {
  const holds = (value: unknown): boolean =>
    test(value) || (Array.isArray(value) ? value.some(holds) : typeof value === 'object' && value !== null && Object.values(value).some(holds));
  return Object.values(tables).some((table) => table !== null && holds(table));
}

/** Whether any cell of any table holds a number: tables found with none (the blank form) leave nothing to check. */
export function hasNumber(tables: Tables): boolean {
  return anyCell(tables, (value) => typeof value === 'number');
}

/** Whether any cell of any table is printed 0: a report that prints none leaves its zeros blank. */
export function printsZero(tables: Tables): boolean {
  return anyCell(tables, (value) => value === 0);
}
