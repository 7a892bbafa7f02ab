import { locatedCells, type Extracted } from './extracted.js';
import type { GridRow } from '../grid/index.js';
import { REQUEST_COLUMN_KEYS, REQUEST_ROWS, type RequestRowKey } from '../template/index.js';
import type { RequestsTable } from '../types.js';
import { collectRows } from './rows.js';
import { fact } from '../findings/fact.js';
import { problemFacts } from './problems.js';
import type { ParsedCell } from '../text/cell.js';

const isCount = (cell: ParsedCell): boolean => cell.kind === 'number' && Number.isInteger(cell.value) && cell.value! >= 0;

/**
 * A row of eight numbers where seven belong: PDF extraction split one number in two (`1 0` for
 * 10). Joined back where exactly one join makes the parts add up to the row's 总计.
 */
function joinSplitNumber(values: ParsedCell[]): ParsedCell[] | null {
  const fits: ParsedCell[][] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const [a, b] = [values[i]!, values[i + 1]!];
    if (!isCount(a) || !isCount(b) || a.value === 0) continue;
    const joined: ParsedCell[] = [...values.slice(0, i), { kind: 'number', value: Number(`${a.value}${b.value}`) }, ...values.slice(i + 2)];
    const numbers = joined.map((c) => c.value ?? 0);
    if (numbers.slice(0, -1).reduce((x, y) => x + y, 0) === numbers.at(-1)) fits.push(joined);
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** Table 三: every row the report prints, each with its seven cells. */
export function extractRequests(grid: readonly GridRow[]): Extracted<RequestsTable> {
  const width = REQUEST_COLUMN_KEYS.length;
  const collected = collectRows(grid, REQUEST_ROWS, () => width, joinSplitNumber);
  const facts = problemFacts('requests', collected, width);
  if (collected.repaired.length > 0) facts.push(fact('structure.recoveredCells', { table: 'requests', detail: { rows: collected.repaired.length } }));
  if (collected.rows.size === 0) return { table: null, facts };
  const rows: RequestsTable['rows'] = {};
  // Keys in template order, whatever order the report printed them in.
  for (const { key } of REQUEST_ROWS) {
    const row = collected.rows.get(key);
    if (row) rows[key as RequestRowKey] = row.values.map((c) => c.value);
  }
  return {
    table: { columns: [...REQUEST_COLUMN_KEYS], rows },
    facts,
    located: locatedCells('requests', collected.rows.values(), (_, i) => REQUEST_COLUMN_KEYS[i]!),
  };
}
