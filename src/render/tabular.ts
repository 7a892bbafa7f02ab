import { columnLabel, rowLabel, type TableKey } from '../template/index.js';
import { TABLE_NAMES } from '../findings/phrases.js';
import type { Digest } from '../run/summary.js';
import { STATUS_NAMES, uncovered } from '../coverage.js';
import type { Cell, Report } from '../types.js';
import { SEVERITY_NAMES, TEMPLATE_NAMES } from './names.js';

/**
 * The rows of the tables an evaluator opens — every cell, every finding, one line per report —
 * as plain values: CSV and the workbook are written from these, so they say the same. Each
 * column has a key, for programs (`parse --csv`), and a name, for people (the workbook, the
 * report and findings CSV); what people read in the cells is in Chinese too.
 */
export type Value = string | number | null;

/** A sheet's column: its key and its name; `keyed`, a column of keys (row, column), which people read by their labels beside. */
export type Column = readonly [key: string, name: string, keyed?: 'keyed'];
export const keysOf = (columns: readonly Column[]): string[] => columns.map(([key]) => key);

/** A sheet for people: the columns' names, and the rows without the columns of keys. */
export function forPeople(columns: readonly Column[], rows: readonly Value[][]): Value[][] {
  const kept = columns.flatMap(([, , keyed], i) => (keyed ? [] : [i]));
  return [kept.map((i) => columns[i]![1]), ...rows.map((row) => kept.map((i) => row[i] ?? null))];
}

/** Who reads a sheet: a program keeps the keys (template 2021, severity error), a person reads words. */
export type Audience = 'program' | 'people';
const templateOf = (report: Report, audience: Audience): string => (audience === 'people' ? TEMPLATE_NAMES[report.template] : report.template);

const label = (table: TableKey | null, row: string | null, column: string | null): [string, string] =>
  table ? [row ? rowLabel(table, row) : '', column ? columnLabel(table, column, row ?? undefined) : ''] : ['', ''];

export const CELL_COLUMNS: readonly Column[] = [
  ['file', '文件'],
  ['agency', '机关'],
  ['year', '年度'],
  ['template', '格式'],
  ['table', '表'],
  ['row', '行键', 'keyed'],
  ['column', '列键', 'keyed'],
  ['row_label', '行'],
  ['column_label', '列'],
  ['value', '数值'],
];

/** Every cell the report printed, one per row, blank for a null cell; a report with figures only in its text gives those. */
export function cellRows(report: Report, audience: Audience = 'program'): Value[][] {
  const head = [report.source.path, report.agency, report.year, templateOf(report, audience)];
  const rows: Value[][] = [];
  const add = (table: TableKey | 'prose', row: string, column: string, value: Cell): void => {
    const [rowName, columnName] = table === 'prose' ? ['', ''] : label(table, row, column || null);
    const tableName = audience === 'people' ? (table === 'prose' ? '正文' : TABLE_NAMES[table]) : table;
    rows.push([...head, tableName, row, column, rowName, columnName, value]);
  };
  const { active, requests, reviews, legacy } = report.tables;
  for (const [row, fields] of Object.entries(active ?? {})) for (const [column, value] of Object.entries(fields)) add('active', row, column, value);
  for (const [row, values] of Object.entries(requests?.rows ?? {})) requests!.columns.forEach((column, i) => add('requests', row, column, values[i] ?? null));
  for (const [row, fields] of Object.entries(reviews ?? {})) for (const [column, value] of Object.entries(fields)) add('reviews', row, column, value);
  for (const [row, value] of Object.entries(legacy ?? {})) add('legacy', row, '', value);
  for (const figure of report.prose) add('prose', figure.key, figure.unit ?? '', figure.value);
  return rows;
}

export const FINDING_COLUMNS: readonly Column[] = [
  ['file', '文件'],
  ['agency', '机关'],
  ['year', '年度'],
  ['status', '状态'],
  ['rule', '规则'],
  ['severity', '严重程度'],
  ['table', '表'],
  ['row', '行键', 'keyed'],
  ['column', '列键', 'keyed'],
  ['row_label', '行'],
  ['column_label', '列'],
  ['left', '左边'],
  ['right', '右边'],
  ['wrong_cell', '出错的单元格'],
  ['printed', '印为'],
  ['expected', '应为'],
  ['message', '说明'],
];

/** Every finding of a checked report, one per row: where, the two sides, the wrong cell with its printed and expected value. */
export function findingRows(report: Report, digest: Digest): Value[][] {
  const head = [report.source.path, report.agency, report.year, STATUS_NAMES[digest.status]];
  return report.findings.map((f) => {
    const wrong = f.suspect && f.table ? `${TABLE_NAMES[f.table]}「${rowLabel(f.table, f.suspect.row)}」「${columnLabel(f.table, f.suspect.column)}」` : '';
    return [
      ...head,
      f.rule,
      SEVERITY_NAMES[f.severity],
      f.table ? TABLE_NAMES[f.table] : null,
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
export const KEY_FIGURES: [string, (report: Report) => Cell | undefined][] = [
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

export const REPORT_COLUMNS: readonly Column[] = [
  ['file', '文件'],
  ['agency', '机关'],
  ['year', '年度'],
  ['template', '格式'],
  ['status', '状态'],
  ['errors', '错误'],
  ['warnings', '警告'],
  ['not_checked', '未核对'],
  ...KEY_FIGURES.map(([name]): Column => [name, name]),
];

/** One row per report: what it is, how it fared, and its key figures. */
export function reportRow(report: Report, digest: Digest): Value[] {
  const figures = KEY_FIGURES.map(([, of]) => of(report) ?? null);
  const notChecked = report.coverage ? uncovered(report.coverage).join('；') : '';
  return [
    report.source.path,
    report.agency,
    report.year,
    TEMPLATE_NAMES[report.template],
    STATUS_NAMES[digest.status],
    digest.errors,
    digest.warnings,
    notChecked,
    ...figures,
  ];
}
