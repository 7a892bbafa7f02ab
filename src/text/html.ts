import { parse, type DefaultTreeAdapterTypes as Dom } from 'parse5';
import { cell, type Block, type Document, type PictureRef, type TableBlock } from './document.js';

/** Saved web pages (and Word files, through mammoth's HTML): running text, and tables as their cells and spans. */

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
  // An explicit stack, as in htmlToDocument: cells nested thousands deep must not overflow the call stack.
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

/** A table's rows of cells, each with the spans its attributes give. */
function tableBlock(table: Dom.Element): TableBlock {
  const rows = rowsOf(table);
  return {
    kind: 'table',
    rows: rows.map((row) =>
      children(row)
        .filter((c): c is Dom.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
        .map((c) => cell(squeeze(cellText(c)).trim(), span(c, 'colspan', MAX_COLSPAN), span(c, 'rowspan', MAX_ROWSPAN))),
    ),
  };
}

/** Markers on the walks' stacks: a line ends here (after a block), a space goes here (after a block in a cell). */
const FLUSH = Symbol('flush');
const SPACE = Symbol('space');

const sourceOf = (img: Dom.Element): string => img.attrs.find((a) => a.name === 'src')?.value.trim() ?? '';

/** A web page as running text (a line per block element), tables of cells, and where it shows pictures. */
export function htmlToDocument(html: string): Document {
  const blocks: Block[] = [];
  const pictures: PictureRef[] = [];
  let lines: string[] = [];
  let line = '';
  const flush = (): void => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const endText = (): void => {
    if (lines.length > 0) blocks.push({ kind: 'text', text: lines.join('\n') });
    lines = [];
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
      endText();
      blocks.push(tableBlock(node));
    } else if (node.tagName === 'img' && sourceOf(node) !== '') {
      // A picture stands between blocks: a table pasted in as one is read there, by OCR.
      flush();
      endText();
      pictures.push({ src: sourceOf(node), at: blocks.length });
    } else {
      if (BLOCKS.has(node.tagName)) {
        flush();
        stack.push(FLUSH);
      }
      pushChildren(node);
    }
  }
  flush();
  endText();
  return { blocks, pages: 0, ...(pictures.length > 0 ? { pictures } : {}) };
}
