import { TEMPLATE_HEADINGS, type TableTemplate } from '../template/index.js';
import type { RequestsTable } from '../types.js';
import { compactLabel } from '../text/normalise.js';

export interface TemplateSignals {
  /** The form table 二's column headings follow, if any of them were found. */
  active: TableTemplate | null;
  /** The form table 三's （六）其他处理 rows follow: one row (2019) or three (2021). */
  requests: TableTemplate | null;
}

/** The headings as labels are compared: compacted once. */
const COMPACT_HEADINGS = {
  '2019': TEMPLATE_HEADINGS['2019'].map(compactLabel),
  '2021': TEMPLATE_HEADINGS['2021'].map(compactLabel),
} satisfies Record<TableTemplate, string[]>;

function headingsFound(text: string, template: TableTemplate): number {
  return COMPACT_HEADINGS[template].filter((h) => text.includes(h)).length;
}

/** The form table 二's column headings follow, from its lines already compacted (see compactLabel). */
export function activeSignal(compactLines: readonly string[]): TableTemplate | null {
  const text = compactLines.join('');
  const older = headingsFound(text, '2019');
  const newer = headingsFound(text, '2021');
  if (older === newer) return null;
  return older > newer ? '2019' : '2021';
}

export function requestsSignal(table: RequestsTable | null): TableTemplate | null {
  if (!table) return null;
  const keys = Object.keys(table.rows);
  if (keys.some((k) => k.startsWith('other.'))) return '2021';
  if (keys.includes('other')) return '2019';
  return null;
}

/** Table 二 decides (its headings differ most between the forms); table 三 when 二 is silent. */
export function chooseTemplate(signals: TemplateSignals): TableTemplate | null {
  return signals.active ?? signals.requests;
}

export function isMixed(signals: TemplateSignals): boolean {
  return signals.active !== null && signals.requests !== null && signals.active !== signals.requests;
}
