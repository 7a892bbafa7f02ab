import { REQUEST_COLUMN_KEYS, REQUEST_ROWS, type RequestRowKey } from '../template/index.js';
import type { RequestsTable } from '../types.js';
import { requestCell } from './cells.js';
import type { IdentityRule } from './types.js';

const outcomes = (form: '2019' | '2021'): RequestRowKey[] =>
  REQUEST_ROWS.filter((r) => r.role === 'outcome' && (!('template' in r) || r.template === form)).map((r) => r.key);

/** The outcome rows of the form the table prints its （六） rows in. */
function expectedOutcomes(rows: RequestsTable['rows']): RequestRowKey[] {
  return 'other' in rows ? outcomes('2019') : outcomes('2021');
}

export const requestsTotal: IdentityRule = {
  id: 'requests.total',
  identities({ requests }) {
    if (!requests?.rows.total) return [];
    const expected = expectedOutcomes(requests.rows);
    // A row that could not be read would show up here as a false shortfall; structure.rowMissing says why.
    if (!expected.every((row) => requests.rows[row])) return [];
    return REQUEST_COLUMN_KEYS.map((column) => ({
      table: 'requests',
      row: null,
      column,
      left: [requestCell(requests, 'total', column)],
      right: expected.map((row) => requestCell(requests, row, column)),
      totals: 'left',
    }));
  },
};
