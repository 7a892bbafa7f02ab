import { REVIEW_GROUPS } from '../template/index.js';
import type { IdentityRule } from './types.js';

const PARTS = ['maintained', 'corrected', 'other', 'pending'] as const;

export const reviewsTotal: IdentityRule = {
  id: 'reviews.total',
  identities({ reviews }) {
    if (!reviews) return [];
    return REVIEW_GROUPS.map(({ key: row }) => ({
      table: 'reviews',
      row,
      column: null,
      left: [{ row, column: 'total', value: reviews[row].total }],
      right: PARTS.map((column) => ({ row, column, value: reviews[row][column] })),
      totals: 'left',
    }));
  },
};
