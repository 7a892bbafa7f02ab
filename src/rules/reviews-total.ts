import { REVIEW_GROUPS } from '../template/index.js';
import type { IdentityRule } from './types.js';

const PARTS = ['maintained', 'corrected', 'other', 'pending'] as const;

export const reviewsTotal: IdentityRule = {
  id: 'reviews.total',
  description: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for 行政复议 and both kinds of 行政诉讼',
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
