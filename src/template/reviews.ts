/** Table 四 (行政复议、行政诉讼): three groups of five cells, printed in this order. */
export const REVIEW_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼·未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '行政诉讼·复议后起诉' },
] as const;

/** The fields of each group, in printed order: the results (`part`) add up to the `total`. */
export const REVIEW_FIELDS = [
  { key: 'maintained', label: '结果维持', role: 'part' },
  { key: 'corrected', label: '结果纠正', role: 'part' },
  { key: 'other', label: '其他结果', role: 'part' },
  { key: 'pending', label: '尚未审结', role: 'part' },
  { key: 'total', label: '总计', role: 'total' },
] as const;

export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];
export type ReviewFieldKey = (typeof REVIEW_FIELDS)[number]['key'];
export type ReviewPartKey = Extract<(typeof REVIEW_FIELDS)[number], { role: 'part' }>['key'];

export const REVIEW_PART_FIELDS = REVIEW_FIELDS.filter((f) => f.role === 'part').map((f) => f.key as ReviewPartKey);

/** How many cells table 四 prints: every field of every group. */
export const REVIEW_CELLS = REVIEW_GROUPS.length * REVIEW_FIELDS.length;

/** Table 四's cells as printed (group after group, field after field), keyed by group and field. */
export function reviewTable<T>(cells: readonly T[]): Record<ReviewGroupKey, Record<ReviewFieldKey, T>> {
  const groups = REVIEW_GROUPS.map((group, g) => {
    const fields = REVIEW_FIELDS.map((field, f) => [field.key, cells[g * REVIEW_FIELDS.length + f]!] as const);
    return [group.key, Object.fromEntries(fields)] as const;
  });
  return Object.fromEntries(groups) as Record<ReviewGroupKey, Record<ReviewFieldKey, T>>;
}
