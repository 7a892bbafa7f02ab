import { REVIEW_GROUPS, REVIEW_PART_FIELDS } from '../template/index.js';
import type { IdentityRule } from './types.js';

export const reviewsTotal: IdentityRule = {
  id: 'reviews.total',
  identities({ reviews }) {
    if (!reviews) return [];
    return REVIEW_GROUPS.map(({ key: row }) => ({
      table: 'reviews',
      row,
      column: null,
      left: [{ row, column: 'total', value: reviews[row].total }],
      right: REVIEW_PART_FIELDS.map((column) => ({ row, column, value: reviews[row][column] })),
      totals: 'left',
    }));
  },
};
