import { CSV_BOM, CSV_HEADER, csvRows } from '../render/csv.js';
import { checkJson, parseJson } from '../render/json.js';
import type { Checked } from '../run/checker.js';
import type { Summary } from '../run/summary.js';
import type { Report } from '../types.js';

/** One output format of `parse` or `check`: told each file as it can be written, then the end of the run. */
export interface Format {
  file(checked: Checked): void;
  /** The summary of `check`; null for `parse`. */
  end(summary: Summary | null): void;
}

export interface FormatOptions {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  color: boolean;
  /** `check --quiet`: people's view and NDJSON list only files with errors. */
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
  const wanted = ({ result }: Checked): boolean => !options.quiet || (result.digest?.errors ?? 0) > 0;
  if (options.json) {
    const files = inOrder();
    return {
      file: files.add,
      end: (summary) =>
        write(summary ? checkJson({ summary, files: files.reports.filter(Boolean) }) : parseJson(files.reports.filter(Boolean), options.single === true)),
    };
  }
  if (options.ndjson) return { file: (c) => wanted(c) && write(c.result.ndjson), end: () => {} };
  if (options.csv) {
    write(`${CSV_BOM}${CSV_HEADER}\n`);
    return { file: ({ result }) => write(csvRows(result.report)), end: () => {} };
  }
  const people = await import('../render/people.js');
  if (command === 'parse') return { file: ({ result }) => write(people.renderReport(result.report, options)), end: () => {} };
  return {
    file: (c) => {
      if (wanted(c) && (c.result.digest?.findings ?? 0) > 0)
        write(people.renderChecked(c.result.report, { color: options.color, showTable: options.showTable === true }));
    },
    end: (summary) => write(people.renderSummary(summary!, options)),
  };
}
