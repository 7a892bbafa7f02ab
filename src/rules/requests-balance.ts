import { REQUEST_COLUMN_KEYS } from '../template/index.js';
import type { IdentityRule, Term } from './types.js';
import { requestCell } from './cells.js';

/** The 勾稽关系 printed on table 三: 第一项加第二项之和，等于第三项加第四项之和. */
export const requestsBalance: IdentityRule = {
  id: 'requests.balance',
  identities({ requests }) {
    if (!requests) return [];
    const { rows } = requests;
    if (!rows.new || !rows.carriedOver || !rows.total || !rows.carriedForward) return [];
    return REQUEST_COLUMN_KEYS.map((column) => {
      const cell = (row: 'new' | 'carriedOver' | 'total' | 'carriedForward'): Term => requestCell(requests, row, column);
      return {
        table: 'requests',
        row: null,
        column,
        left: [cell('new'), cell('carriedOver')],
        right: [cell('total'), cell('carriedForward')],
        totals: 'right',
      };
    });
  },
};
