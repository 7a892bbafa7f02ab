/** Table 四 (行政复议、行政诉讼): three groups of five cells, printed in this order. */
export const REVIEW_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼·未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '行政诉讼·复议后起诉' },
] as const;

export const REVIEW_FIELDS = [
  { key: 'maintained', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];
export type ReviewFieldKey = (typeof REVIEW_FIELDS)[number]['key'];
