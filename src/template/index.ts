import { ACTIVE_ROWS } from './active.js';
import { LEGACY_ROWS, LOCAL_LEGACY_ROWS } from './legacy.js';
import { REQUEST_COLUMNS, REQUEST_ROWS } from './requests.js';
import { REVIEW_FIELDS, REVIEW_GROUPS } from './reviews.js';
import { ACTIVE_SECTION, REQUESTS_SECTION, REVIEWS_SECTION } from './sections.js';

export * from './active.js';
export * from './legacy.js';
export * from './requests.js';
export * from './reviews.js';
export * from './sections.js';

export const TABLE_LABELS = {
  active: ACTIVE_SECTION.title,
  requests: REQUESTS_SECTION.title,
  reviews: REVIEWS_SECTION.title,
  legacy: '统计指标',
} as const;

export type TableKey = keyof typeof TABLE_LABELS;

function labelMap(entries: readonly { key: string; label: string; group?: string }[]): Map<string, string> {
  return new Map(entries.map((e) => [e.key, e.group ? `${e.group}${e.label}` : e.label]));
}

const ACTIVE_ROW_LABELS = labelMap([...ACTIVE_ROWS['2021'], ...ACTIVE_ROWS['2019']]);
const ACTIVE_FIELD_LABELS = labelMap([...ACTIVE_ROWS['2021'], ...ACTIVE_ROWS['2019']].flatMap((r) => r.fields as readonly { key: string; label: string }[]));
/** Table 二's fields by row: `amount` is 采购总金额 in one row and 本年收费金额（万元） in another. */
const ACTIVE_FIELDS_BY_ROW = new Map<string, Map<string, string>>(
  [...ACTIVE_ROWS['2019'], ...ACTIVE_ROWS['2021']].map((r) => [r.key, labelMap(r.fields as readonly { key: string; label: string }[])] as const),
);

const ROW_LABELS: Record<TableKey, Map<string, string>> = {
  active: ACTIVE_ROW_LABELS,
  requests: labelMap(REQUEST_ROWS),
  reviews: labelMap(REVIEW_GROUPS),
  // National labels win for the keys both forms share.
  legacy: labelMap([...LOCAL_LEGACY_ROWS, ...LEGACY_ROWS]),
};

const COLUMN_LABELS: Record<TableKey, Map<string, string>> = {
  active: ACTIVE_FIELD_LABELS,
  requests: labelMap(REQUEST_COLUMNS),
  reviews: labelMap(REVIEW_FIELDS),
  legacy: new Map(),
};

/** The Chinese label of a row key; the key itself when the template does not know it. */
export function rowLabel(table: TableKey, row: string): string {
  return ROW_LABELS[table].get(row) ?? row;
}

export function columnLabel(table: TableKey, column: string, row?: string): string {
  const inRow = table === 'active' && row !== undefined ? ACTIVE_FIELDS_BY_ROW.get(row)?.get(column) : undefined;
  return inRow ?? COLUMN_LABELS[table].get(column) ?? column;
}
