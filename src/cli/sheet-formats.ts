import { CSV_BOM, csvLines } from '../render/csv.js';
import {
  CELL_COLUMNS,
  cellRows,
  FINDING_COLUMNS,
  findingRows,
  forPeople,
  keysOf,
  REPORT_COLUMNS,
  reportRow,
  type Column,
  type Value,
} from '../render/tabular.js';
import type { Checked } from '../run/checker.js';
import type { Format, FormatOptions } from './formats.js';
import { PendingFile } from './pending.js';

/** CSV of rows made per file: the header once, then each file's rows as it comes; in Chinese without the key columns for people. */
function csv(columns: readonly Column[], rows: (checked: Checked) => Value[][], write: (text: string) => void, people: boolean): Format {
  write(`${CSV_BOM}${csvLines(people ? forPeople(columns, []) : [keysOf(columns)])}`);
  return { file: (c) => write(csvLines(people ? forPeople(columns, rows(c)).slice(1) : rows(c))), end: () => {} };
}

/** The workbook: every sheet held until the run ends (write-excel-file writes a whole file). */
function workbook(path: string): Format {
  const rows = { reports: [] as Value[][], findings: [] as Value[][], cells: [] as Value[][] };
  return {
    file: ({ result }) => {
      rows.reports.push(reportRow(result.report, result.digest));
      rows.findings.push(...findingRows(result.report, result.digest));
      rows.cells.push(...cellRows(result.report, 'people'));
    },
    end: async () => {
      const sheets = {
        reports: forPeople(REPORT_COLUMNS, rows.reports),
        findings: forPeople(FINDING_COLUMNS, rows.findings),
        cells: forPeople(CELL_COLUMNS, rows.cells),
      };
      // Written whole or not at all, as -o.
      const file = new PendingFile(path);
      try {
        await (await import('../render/xlsx.js')).writeWorkbook(file.temp, sheets);
        file.commit();
      } catch (error) {
        file.discard();
        throw error;
      }
    },
  };
}

/**
 * CSV of every cell (parse: data for programs, with keys), every finding or every report (check:
 * for people, in Chinese, as the workbook's sheets), or the workbook.
 */
export function sheetFormat(command: 'parse' | 'check', options: FormatOptions, write: (text: string) => void): Format {
  if (options.xlsx) return workbook(options.xlsx);
  if (options.reportCsv) return csv(REPORT_COLUMNS, ({ result }) => [reportRow(result.report, result.digest)], write, true);
  if (command === 'check') return csv(FINDING_COLUMNS, ({ result }) => findingRows(result.report, result.digest), write, true);
  return csv(CELL_COLUMNS, (c) => cellRows(c.result.report), write, false);
}
