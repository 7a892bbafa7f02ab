import { isDigit, parseCell, type ParsedCell } from '../text/cell.js';

/** How a row's cells were told: by its reader (`cells`), or from a line's bars, tabs or runs of spaces. */
export type Layout = 'cells' | 'pipe' | 'tab' | 'space';

/**
 * One line of text seen as a table row: the label cells, then the value cells that follow the
 * last label. Cells between labels are not values (a group heading such as （三）不予公开 can
 * sit in its own cell before the row label).
 */
export interface GridRow {
  /** 0-based line number in the normalised text. */
  line: number;
  layout: Layout;
  labels: string[];
  values: ParsedCell[];
  /**
   * Blank cells cut from the end of `values`. Pipes often trail past a table's width, but a
   * row whose last cells are blank (zero left empty on a web page) needs them back.
   */
  blanksAfter: number;
  /** A label that ends in digits (本年新收…数量20000): the cells were glued together when copied. */
  glued: boolean;
  /** Label cells OCR read unsure, by their place among the document's unsure cells: the row rests on them. */
  unsureLabels?: number[];
}

const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** CJK text directly followed by a run of digits: no separator survived between label and values. */
const GLUED = /[\u4e00-\u9fff”）)]\d{2,}$/;
/** Whether GLUED can match: most labels do not end in two digits, and the pattern would try every position. */
const endsInTwoDigits = (label: string): boolean => isDigit(label.charCodeAt(label.length - 1)) && isDigit(label.charCodeAt(label.length - 2));

/** The cells between separators, each trimmed. */
const cut = (line: string, separator: string): string[] => line.split(separator).map((cell) => cell.trim());

/** A line's cells and the layout they were told by: bars, else tabs, else runs of whitespace. */
export function splitCells(line: string): { layout: Layout; cells: string[] } {
  if (line.includes('|')) {
    const cells = cut(line, '|');
    // A pipe at either end of a row is its border (Markdown), not an empty cell: only spaces stand before or after it.
    if (cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    return { layout: 'pipe', cells };
  }
  if (line.includes('\t')) return { layout: 'tab', cells: cut(line, '\t') };
  return { layout: 'space', cells: line.split(/\s+/).filter((cell) => cell !== '') };
}

/** Each cell parsed, those OCR was unsure of marked with their place among the document's unsure cells. */
const parsedCells = (cells: readonly string[], unsure: ReadonlyMap<number, number> | undefined): ParsedCell[] =>
  cells.map((cell, i) => {
    const place = unsure?.get(i);
    return place === undefined ? parseCell(cell) : { ...parseCell(cell), unsure: place };
  });

/** The row with the places of the label cells OCR was unsure of, where there are any. */
function withUnsureLabels(row: GridRow, labelCells: readonly ParsedCell[]): GridRow {
  const unsureLabels = labelCells.flatMap((cell) => (cell.unsure === undefined ? [] : [cell.unsure]));
  return unsureLabels.length > 0 ? { ...row, unsureLabels } : row;
}

/** A line as a row: the cells its reader gave, or else those its layout shows. */
export function toGridRow(text: string, line: number, known?: readonly string[], unsure?: ReadonlyMap<number, number>): GridRow {
  // A Markdown rule needs three dashes in a row: most lines are told without the pattern.
  if (!known && text.includes('---') && MARKDOWN_RULE.test(text)) return { line, layout: 'pipe', labels: [], values: [], blanksAfter: 0, glued: false };
  const { layout, cells } = known ? { layout: 'cells' as const, cells: known.map((cell) => cell.trim()) } : splitCells(text);
  const parsed = parsedCells(cells, unsure);
  let lastLabel = -1;
  for (let i = 0; i < parsed.length; i++) if (parsed[i]!.kind === 'text') lastLabel = i;
  const labels: string[] = [];
  for (let i = 0; i <= lastLabel; i++) if (cells[i] !== '' && parsed[i]!.kind === 'text') labels.push(cells[i]!);
  // Blank cells at the end are cut (pipes often trail past a table's width) but counted.
  let end = parsed.length;
  while (end > lastLabel + 1 && parsed[end - 1]!.kind === 'blank') end--;
  const values = parsed.slice(lastLabel + 1, end);
  const last = labels.at(-1) ?? '';
  const row: GridRow = {
    line,
    layout,
    labels,
    values,
    blanksAfter: parsed.length - end,
    glued: values.length === 0 && endsInTwoDigits(last) && GLUED.test(last),
  };
  return withUnsureLabels(row, parsed.slice(0, lastLabel + 1));
}

/** Every line of a stretch of the report as a grid row; `cells` holds the rows whose cells their reader knew, by line number. */
export function toGrid(
  lines: readonly string[],
  firstLine = 0,
  cells?: ReadonlyMap<number, readonly string[]>,
  unsure?: ReadonlyMap<number, ReadonlyMap<number, number>>,
): GridRow[] {
  return lines.map((text, i) => toGridRow(text, firstLine + i, cells?.get(firstLine + i), unsure?.get(firstLine + i)));
}
