import { findBlocks, split, type Split } from './blocks.js';
import type { Line } from './lines.js';
import { joinParagraphs, plainLine } from './paragraphs.js';
import { tableRows } from './table-rows.js';

/** The text of a PDF in reading order, its tables as tab-separated rows with a cell for every column. */
export function layoutText(lines: readonly Line[]): string {
  const splits = lines.filter((l) => l.cells.length > 0).map(split);
  const owners = findBlocks(splits);
  const rendered = new Map<Split, string | null>();
  for (const block of new Set(owners.values())) for (const [line, text] of tableRows(block)) rendered.set(line, text);
  const out: { text: string; line: Line; plain: boolean }[] = [];
  for (const s of splits) {
    const text = owners.has(s) ? rendered.get(s) : plainLine(s.line);
    if (text === null || text === undefined) continue;
    out.push({ text, line: s.line, plain: !owners.has(s) && !text.includes('\t') });
  }
  return joinParagraphs(out).join('\n') + '\n';
}
