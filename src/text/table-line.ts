/**
 * How a reader that knows a table's cells (a web page's, a ruled PDF grid's, a Word file's)
 * writes a row for the grid stage: cells between bars, with a border on each side as Markdown
 * has, so that a blank last cell stays a cell. A bar inside a cell would read as a border and
 * is written full-width.
 */
export function tableLine(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell.includes('|') ? cell.replaceAll('|', '｜') : cell)).join(' | ')} |`;
}
