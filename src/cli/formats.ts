import { CSV_BOM, csvLines } from '../render/csv.js';
import { checkJson, parseJson } from '../render/json.js';
import { CELL_HEADER, cellRows, FINDING_HEADER, findingRows, REPORT_HEADER, reportRow, type Value } from '../render/tabular.js';
import type { Checked } from '../run/checker.js';
import { digestOf, type Summary } from '../run/summary.js';
import type { Report } from '../types.js';

/** One output format of `parse` or `check`: told each file as it can be written, then the end of the run. */
export interface Format {
  file(checked: Checked): void;
  /** The summary of `check`; null for `parse`. */
  end(summary: Summary | null): void | Promise<void>;
}

export interface FormatOptions {
  json?: boolean;
  ndjson?: boolean;
  /** `parse --csv`: every cell; `check --csv`: every finding. */
  csv?: boolean;
  /** `check --report-csv`: one row per report. */
  reportCsv?: boolean;
  /** `check --xlsx FILE`: a workbook of reports, findings and cells. */
  xlsx?: string;
  color: boolean;
  /** `check --quiet`: only files with errors, and only their errors. */
  quiet?: boolean;
  showTable?: boolean;
  /** `parse --json` of one file named: the report itself rather than an array. */
  single?: boolean;
}

/** Reports kept in input order, for the formats that write one document at the end. */
function inOrder(): { add(checked: Checked): void; reports: Report[] } {
  const reports: Report[] = [];
  return { add: ({ order, result }) => void (reports[order] = result.report), reports };
}

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
      const digest = result.digest ?? digestOf(result.report);
      sheets.reports.push(reportRow(result.report, digest));
      sheets.findings.push(...findingRows(result.report, digest));
      sheets.cells.push(...cellRows(result.report));
    },
    end: async () => (await import('../render/xlsx.js')).writeWorkbook(path, sheets),
  };
}

/** The format asked for; people's renderer (and its table and colour packages) loads only when people read the output. */
export async function formatFor(command: 'parse' | 'check', options: FormatOptions, write: (text: string) => void): Promise<Format> {
  const digest = ({ result }: Checked) => result.digest ?? digestOf(result.report);
  const wanted = (c: Checked): boolean => !options.quiet || digest(c).errors > 0;
  if (options.json) {
    const files = inOrder();
    return {
      file: files.add,
      end: (summary) =>
        write(summary ? checkJson({ summary, files: files.reports.filter(Boolean) }) : parseJson(files.reports.filter(Boolean), options.single === true)),
    };
  }
  if (options.ndjson) return { file: (c) => wanted(c) && write(c.result.ndjson), end: () => {} };
  if (options.xlsx) return workbook(options.xlsx);
  if (options.reportCsv) return csv(REPORT_HEADER, (c) => [reportRow(c.result.report, digest(c))], write);
  if (options.csv && command === 'check') return csv(FINDING_HEADER, (c) => findingRows(c.result.report, digest(c)), write);
  if (options.csv) return csv(CELL_HEADER, (c) => cellRows(c.result.report), write);
  const people = await import('../render/people.js');
  if (command === 'parse') return { file: ({ result }) => write(people.renderReport(result.report, options)), end: () => {} };
  const view = { color: options.color, showTable: options.showTable === true, errorsOnly: options.quiet === true };
  return {
    file: (c) => {
      if (wanted(c) && digest(c).findings > 0) write(people.renderChecked(c.result.report, view));
    },
    end: (summary) => write(people.renderSummary(summary!, options)),
  };
}
