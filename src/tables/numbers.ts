import type { Tables } from '../types.js';

/** Whether any cell of any table holds a number: tables found with none (the blank form) leave nothing to check. */
export function hasNumber(tables: Tables): boolean {
  const holds = (value: unknown): boolean =>
    typeof value === 'number' || (Array.isArray(value) ? value.some(holds) : typeof value === 'object' && value !== null && Object.values(value).some(holds));
  return Object.values(tables).some((table) => table !== null && holds(table));
}
