import { REQUEST_COLUMN_KEYS, type RequestColumnKey, type RequestRowKey } from '../template/index.js';
import type { RequestsTable } from '../types.js';
import type { Term } from './types.js';

export function requestCell(table: RequestsTable, row: RequestRowKey, column: RequestColumnKey): Term {
  return { row, column, value: table.rows[row]?.[REQUEST_COLUMN_KEYS.indexOf(column)] ?? null };
}
