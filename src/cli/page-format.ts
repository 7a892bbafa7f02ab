import { writeFileSync } from 'node:fs';
import type { Checked } from '../run/checker.js';
import type { Report } from '../types.js';
import type { Format } from './formats.js';
import { PendingFile } from './pending.js';

/** `check --html FILE`: the page of the whole run, written once it is over, whole or not at all (as -o). */
export function pageFormat(path: string): Format {
  const reports: Report[] = [];
  return {
    file: ({ order, result }: Checked) => void (reports[order] = result.report),
    end: async (summary) => {
      const { htmlPage } = await import('../render/html.js');
      const file = new PendingFile(path);
      try {
        writeFileSync(file.temp, htmlPage(reports.filter(Boolean), summary!));
        file.commit();
      } catch (error) {
        file.discard();
        throw error;
      }
    },
  };
}
