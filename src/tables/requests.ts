import type { GridRow } from '../grid/index.js';
import { REQUEST_COLUMN_KEYS, REQUEST_ROWS, type RequestRowKey } from '../template/index.js';
import type { Fact, RequestsTable } from '../types.js';
import { collectRows } from './rows.js';
import { problemFacts } from './problems.js';

export interface ExtractedRequests {
  table: RequestsTable | null;
  facts: Fact[];
}

/** Table 三: every row the report prints, each with its seven cells. */
export function extractRequests(grid: readonly GridRow[]): ExtractedRequests {
  const width = REQUEST_COLUMN_KEYS.length;
  const collected = collectRows(grid, REQUEST_ROWS, () => width);
  const facts = problemFacts('requests', collected, width);
  if (collected.rows.size === 0) return { table: null, facts };
  const rows: RequestsTable['rows'] = {};
  // Keys in template order, whatever order the report printed them in.
  for (const { key } of REQUEST_ROWS) {
    const row = collected.rows.get(key);
    if (row) rows[key as RequestRowKey] = row.values.map((c) => c.value);
  }
  return { table: { columns: [...REQUEST_COLUMN_KEYS], rows }, facts };
}
