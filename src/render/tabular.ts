import { columnLabel, rowLabel, type TableKey } from '../template/index.js';
import { TABLE_NAMES } from '../findings/phrases.js';
import type { Digest } from '../run/summary.js';
import { STATUS_NAMES, uncovered } from '../coverage.js';
import type { Cell, Report } from '../types.js';

/**
 * The rows of the tables an evaluator opens — every cell, every finding, one line per report —
 * as plain values: CSV and the workbook are written from these, so they say the same.
 */
export type Value = string | number | null;

const label = (table: TableKey | null, row: string | null, column: string | null): [string, string] =>
  table ? [row ? rowLabel(table, row) : '', column ? columnLabel(table, column, row ?? undefined) : ''] : ['', ''];

export const CELL_HEADER = ['file', 'agency', 'year', 'template', 'table', 'row', 'column', 'row_label', 'column_label', 'value'];

/** Every cell the report printed, one per row, blank for a null cell; a report with figures only in its text gives those. */
export function cellRows(report: Report): Value[][] {
  const head = [report.source.path, report.agency, report.year, report.template];
  const rows: Value[][] = [];
  const add = (table: TableKey | 'prose', row: string, column: string, value: Cell): void => {
    const [rowName, columnName] = table === 'prose' ? ['', ''] : label(table, row, column || null);
    rows.push([...head, table, row, column, rowName, columnName, value]);
  };
  const { active, requests, reviews, legacy } = report.tables;
  for (const [row, fields] of Object.entries(active ?? {})) for (const [column, value] of Object.entries(fields)) add('active', row, column, value);
  for (const [row, values] of Object.entries(requests?.rows ?? {})) requests!.columns.forEach((column, i) => add('requests', row, column, values[i] ?? null));
  for (const [row, fields] of Object.entries(reviews ?? {})) for (const [column, value] of Object.entries(fields)) add('reviews', row, column, value);
  for (const [row, value] of Object.entries(legacy ?? {})) add('legacy', row, '', value);
  for (const figure of report.prose) add('prose', figure.key, figure.unit ?? '', figure.value);
  return rows;
}

export const FINDING_HEADER = [
  'file',
  'agency',
  'year',
  'status',
  'rule',
  'severity',
  'table',
  'row',
  'column',
  'row_label',
  'column_label',
  'left',
  'right',
  'wrong_cell',
  'printed',
  'expected',
  'message',
];

/** Every finding of a checked report, one per row: where, the two sides, the wrong cell with its printed and expected value. */
export function findingRows(report: Report, digest: Digest): Value[][] {
  const head = [report.source.path, report.agency, report.year, STATUS_NAMES[digest.status]];
  return report.findings.map((f) => {
    const wrong = f.suspect && f.table ? `${TABLE_NAMES[f.table]}「${rowLabel(f.table, f.suspect.row)}」「${columnLabel(f.table, f.suspect.column)}」` : '';
    return [
      ...head,
      f.rule,
      f.severity,
      f.table,
      f.row,
      f.column,
      ...label(f.table, f.row, f.column),
      f.left,
      f.right,
      wrong,
      f.suspect?.value ?? null,
      f.suspect?.expected ?? null,
      f.message,
    ];
  });
}

/** The key figures of a report, by their Chinese names: where a figure is not printed, the cell is blank. */
const FIGURES: [string, (report: Report) => Cell | undefined][] = [
  ['本年新收', (r) => r.tables.requests?.rows.new?.at(-1)],
  ['上年结转', (r) => r.tables.requests?.rows.carriedOver?.at(-1)],
  ['办理结果总计', (r) => r.tables.requests?.rows.total?.at(-1)],
  ['结转下年度', (r) => r.tables.requests?.rows.carriedForward?.at(-1)],
  ['予以公开', (r) => r.tables.requests?.rows.granted?.at(-1)],
  ['行政复议总计', (r) => r.tables.reviews?.review.total],
  ['行政诉讼总计', (r) => sum(r.tables.reviews?.litigationDirect.total, r.tables.reviews?.litigationAfterReview.total)],
  ['规章现行有效', (r) => r.tables.active?.['regulations']?.['inForce']],
  ['规范性文件制发', (r) => r.tables.active?.['normativeDocs']?.['issued']],
  ['规范性文件现行有效', (r) => r.tables.active?.['normativeDocs']?.['inForce']],
];

function sum(a: Cell | undefined, b: Cell | undefined): Cell | undefined {
  return a === undefined || b === undefined ? undefined : a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

export const REPORT_HEADER = ['file', 'agency', 'year', 'template', 'status', 'errors', 'warnings', 'not_checked', ...FIGURES.map(([name]) => name)];

/** One row per report: what it is, how it fared, and its key figures. */
export function reportRow(report: Report, digest: Digest): Value[] {
  const figures = FIGURES.map(([, of]) => of(report) ?? null);
  const notChecked = report.coverage ? uncovered(report.coverage).join('；') : '';
  return [report.source.path, report.agency, report.year, report.template, STATUS_NAMES[digest.status], digest.errors, digest.warnings, notChecked, ...figures];
}
