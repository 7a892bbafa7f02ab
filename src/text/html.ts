import { parse, type DefaultTreeAdapterTypes as Dom } from 'parse5';
import { isWhitespace } from './normalise.js';
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
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
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

const WHITESPACE = /[\s\u00a0\u3000]+/g;

/** False when `text` has no whitespace but single spaces, so collapsing would not change it (most cells: 0, 规章). */
function needsSqueeze(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code) && (code !== 0x20 || text.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

/** Every run of whitespace as one space. */
export function squeeze(text: string): string {
  return needsSqueeze(text) ? text.replace(WHITESPACE, ' ') : text;
}

/** The text of a cell on one line: nested paragraphs and line breaks become spaces. */
function cellText(node: Node): string {
  let text = '';
  const collect = (n: Node): void => {
    if (n.nodeName === '#text') text += (n as Dom.TextNode).value;
    else if (!isElement(n) || !SKIPPED.has(n.tagName)) {
      for (const child of children(n)) {
        collect(child);
        if (isElement(child) && BLOCKS.has(child.tagName)) text += ' ';
      }
    }
  };
  collect(node);
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
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...rowsOf(child));
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

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      line += squeeze((node as Dom.TextNode).value);
      return;
    }
    if (!isElement(node)) {
      children(node).forEach(walk);
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    if (node.tagName === 'table') {
      flush();
      lines.push(...tableLines(node));
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    children(node).forEach(walk);
    if (block) flush();
  };
  walk(parse(html));
  flush();
  return `${lines.join('\n')}\n`;
}
