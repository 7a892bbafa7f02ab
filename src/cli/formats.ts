import { checkJson, parseJson } from '../render/json.js';
import type { Checked } from '../run/checker.js';
import type { Summary } from '../run/summary.js';
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
  /** `check --html FILE`: a page to look at. */
  html?: string;
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

/** The format asked for; people's renderer (and its table and colour packages) loads only when people read the output. */
export async function formatFor(command: 'parse' | 'check', options: FormatOptions, write: (text: string) => void): Promise<Format> {
  const wanted = ({ result }: Checked): boolean => !options.quiet || result.digest.errors > 0;
  if (options.json) {
    const files = inOrder();
    return {
      file: files.add,
      end: (summary) =>
        write(summary ? checkJson({ summary, files: files.reports.filter(Boolean) }) : parseJson(files.reports.filter(Boolean), options.single === true)),
    };
  }
  if (options.ndjson) return { file: (c) => wanted(c) && write(c.result.ndjson), end: () => {} };
  if (options.html) return (await import('./page-format.js')).pageFormat(options.html);
  // The tables an evaluator opens, and their packages, load only when asked for.
  if (options.xlsx || options.reportCsv || options.csv) return (await import('./sheet-formats.js')).sheetFormat(command, options, write);
  const people = await import('../render/people.js');
  if (command === 'parse') return { file: ({ result }) => write(people.renderReport(result.report, options)), end: () => {} };
  const view = { color: options.color, showTable: options.showTable === true, errorsOnly: options.quiet === true };
  return {
    file: (c) => {
      if (wanted(c) && (c.result.digest.findings > 0 || c.result.digest.status === 'partial')) write(people.renderChecked(c.result.report, view));
    },
    end: (summary) => write(people.renderSummary(summary!, options)),
  };
}
