import { REQUEST_PART_COLUMNS, REQUEST_ROW_KEYS } from '../template/index.js';
import { requestCell } from './cells.js';
import type { IdentityRule } from './types.js';

export const requestsColumns: IdentityRule = {
  id: 'requests.columns',
  identities({ requests }) {
    if (!requests) return [];
    return REQUEST_ROW_KEYS.filter((row) => requests.rows[row]).map((row) => ({
      table: 'requests',
      row,
      column: null,
      left: [requestCell(requests, row, 'total')],
      right: REQUEST_PART_COLUMNS.map((column) => requestCell(requests, row, column)),
      totals: 'left',
    }));
  },
};
