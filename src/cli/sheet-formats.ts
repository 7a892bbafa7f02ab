import { CSV_BOM, csvLines } from '../render/csv.js';
import { CELL_HEADER, cellRows, FINDING_HEADER, findingRows, REPORT_HEADER, reportRow, type Value } from '../render/tabular.js';
import type { Checked } from '../run/checker.js';
import type { Format, FormatOptions } from './formats.js';
import { PendingFile } from './pending.js';

/** CSV of rows made per file: the header once, then each file's rows as it comes. */
function csv(header: string[], rows: (checked: Checked) => Value[][], write: (text: string) => void): Format {
  write(`${CSV_BOM}${csvLines([header])}`);
  return { file: (c) => write(csvLines(rows(c))), end: () => {} };
}

/** The workbook: every sheet held until the run ends (write-excel-file writes a whole file). */
function workbook(path: string): Format {
  const sheets = { reports: [REPORT_HEADER] as Value[][], findings: [FINDING_HEADER] as Value[][], cells: [CELL_HEADER] as Value[][] };
  return {
    file: ({ result }) => {
      sheets.reports.push(reportRow(result.report, result.digest));
      sheets.findings.push(...findingRows(result.report, result.digest));
      sheets.cells.push(...cellRows(result.report));
    },
    end: async () => {
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

/** CSV of every cell (parse), every finding or every report (check), or the workbook. */
export function sheetFormat(command: 'parse' | 'check', options: FormatOptions, write: (text: string) => void): Format {
  if (options.xlsx) return workbook(options.xlsx);
  if (options.reportCsv) return csv(REPORT_HEADER, ({ result }) => [reportRow(result.report, result.digest)], write);
  if (command === 'check') return csv(FINDING_HEADER, ({ result }) => findingRows(result.report, result.digest), write);
  return csv(CELL_HEADER, (c) => cellRows(c.result.report), write);
}
