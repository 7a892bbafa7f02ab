import { parse, type DefaultTreeAdapterTypes as Dom } from 'parse5';
import { tableLine } from './table-line.js';

/**
 * Saved web pages: the text outside tables as lines, each table as rows of ` | `-joined cells.
 * Spans are expanded on a grid so that each cell finds its true column; then a cell merged down
 * (rowspan) leaves an empty cell in the rows below, as in seed 001, while a cell merged across
 * (colspan) is written once: pages merge value cells across (本年新公开数量 over two columns)
 * and the number must not be followed by blanks that read as null cells.
 */

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'select', 'button', 'iframe', 'svg', 'object']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Spans beyond these are typing errors in the page, not tables of that size. */
const MAX_ROWSPAN = 200;
const MAX_COLSPAN = 50;
/**
 * Slots one table's spans may fill: a report's largest table has about a thousand. Past it the
 * page is no report table (or a hostile one), and further cells stand in one slot each.
 */
const MAX_SLOTS = 100_000;

type Node = Dom.ChildNode | Dom.Document;

function isElement(node: Node): node is Dom.Element {
  return 'tagName' in node;
}

function children(node: Node): Dom.ChildNode[] {
  return isElement(node) && node.tagName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
}

/** Every run of whitespace as one space. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ');
}

/** The text of a cell on one line: nested paragraphs and line breaks become spaces. */
function cellText(node: Node): string {
  let text = '';
  // An explicit stack, as in htmlToText: cells nested thousands deep must not overflow the call stack.
  const stack: (Node | typeof SPACE)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === SPACE) text += ' ';
    else if (n.nodeName === '#text') text += (n as Dom.TextNode).value;
    else if (!isElement(n) || !SKIPPED.has(n.tagName)) {
      const kids = children(n);
      for (let i = kids.length - 1; i >= 0; i--) {
        const child = kids[i]!;
        if (isElement(child) && BLOCKS.has(child.tagName)) stack.push(SPACE);
        stack.push(child);
      }
    }
  }
  return text;
}

function span(cell: Dom.Element, name: string, max: number): number {
  const value = Number.parseInt(cell.attrs.find((a) => a.name === name)?.value ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

/** Rows of the table itself, through thead/tbody/tfoot, not those of tables nested in its cells. */
function rowsOf(table: Dom.Element): Dom.Element[] {
  const rows: Dom.Element[] = [];
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    // One at a time: spread as arguments, a million rows would overflow the call stack.
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) for (const row of rowsOf(child)) rows.push(row);
  }
  return rows;
}

/** A slot covered by a cell merged across: nothing is written for it. */
const ACROSS = null;

function tableLines(table: Dom.Element): string[] {
  const grid: (string | null)[][] = [];
  const rows = rowsOf(table);
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of children(rows[r]!)) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (row[col] !== undefined) col++;
      const text = squeeze(cellText(cell)).trim();
      // A cell merged down reaches no further than the table's last row, as browsers draw it.
      let down = Math.min(span(cell, 'rowspan', MAX_ROWSPAN), rows.length - r);
      let across = span(cell, 'colspan', MAX_COLSPAN);
      if (slots + down * across > MAX_SLOTS) down = across = 1;
      slots += down * across;
      for (let dr = 0; dr < down; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < across; dc++) target[col + dc] = dc > 0 ? ACROSS : dr === 0 ? text : '';
      }
      col += across;
    }
  }
  return grid.map((row) => {
    const cells: string[] = [];
    for (let i = 0; i < row.length; i++) if (row[i] !== ACROSS) cells.push(row[i] ?? '');
    return tableLine(cells);
  });
}

/** Markers on the walks' stacks: a line ends here (after a block), a space goes here (after a block in a cell). */
const FLUSH = Symbol('flush');
const SPACE = Symbol('space');

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  // Depth first with an explicit stack: a page of thousands of unclosed tags must not overflow the call stack.
  const stack: (Node | typeof FLUSH)[] = [parse(html)];
  const pushChildren = (node: Node): void => {
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === FLUSH) flush();
    else if (node.nodeName === '#text') line += squeeze((node as Dom.TextNode).value);
    else if (!isElement(node)) pushChildren(node);
    else if (SKIPPED.has(node.tagName)) continue;
    else if (node.tagName === 'table') {
      flush();
      for (const row of tableLines(node)) lines.push(row);
    } else {
      if (BLOCKS.has(node.tagName)) {
        flush();
        stack.push(FLUSH);
      }
      pushChildren(node);
    }
  }
  flush();
  return `${lines.join('\n')}\n`;
}
