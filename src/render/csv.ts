import type { Cell, Report } from '../types.js';
import { sanitise } from './sanitise.js';

export const CSV_HEADER = 'file,agency,year,template,table,row,column,value';
/** Excel reads a UTF-8 CSV as the local code page unless it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

/** A cell Excel would run as a formula (=HYPERLINK(…), +, -, @): text cells only, numbers stay numbers. */
const FORMULA = /^[=+\-@\t\r]/;

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = sanitise(FORMULA.test(value) ? `'${value}` : value);
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function* cells(report: Report): Generator<[string, string, string, Cell]> {
  const { active, requests, reviews, legacy } = report.tables;
  for (const [row, fields] of Object.entries(active ?? {})) for (const [column, value] of Object.entries(fields)) yield ['active', row, column, value];
  if (requests) {
    for (const [row, values] of Object.entries(requests.rows)) {
      for (const [i, column] of requests.columns.entries()) yield ['requests', row, column, values[i] ?? null];
    }
  }
  for (const [row, fields] of Object.entries(reviews ?? {})) for (const [column, value] of Object.entries(fields)) yield ['reviews', row, column, value];
  for (const [row, value] of Object.entries(legacy ?? {})) yield ['legacy', row, '', value];
}

/** Long format: one line per cell, blank for a null cell. */
export function csvRows(report: Report): string {
  const head = [report.source.path, report.agency, report.year, report.template].map(field).join(',');
  let out = '';
  for (const [table, row, column, value] of cells(report)) out += `${head},${table},${field(row)},${field(column)},${field(value)}\n`;
  return out;
}
