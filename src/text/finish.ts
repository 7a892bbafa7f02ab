import type { Block, Document } from './document.js';
import { normalise, normaliseCell } from './normalise.js';
import { detectScript, simplifier } from './script.js';
import type { Script } from '../types.js';

/** Characters the script is told from (detectScript reads no more). */
const SCRIPT_SAMPLE = 200_000;

/** The document's text from its start, running text and cells alike, up to `length` characters. */
function sample(document: Document, length: number): string {
  const parts: string[] = [];
  let size = 0;
  const add = (text: string): boolean => {
    parts.push(text.slice(0, length - size));
    size += text.length;
    return size >= length;
  };
  for (const block of document.blocks) {
    if (block.kind === 'text' ? add(block.text) : block.rows.some((row) => row.some((c) => add(c.text)))) break;
  }
  return parts.join('\n');
}

/** Every text of a block through `change` (cells through `changeCell`), the block's shape kept. */
const mapBlock = (block: Block, change: (text: string) => string, changeCell = change): Block =>
  block.kind === 'text'
    ? { kind: 'text', text: change(block.text) }
    : { ...block, rows: block.rows.map((row) => row.map((c) => ({ ...c, text: changeCell(c.text) }))) };

export interface Finished {
  document: Document;
  script: Script;
  converted: boolean;
}

/** A document in Simplified script: what `convert` prints. */
export async function toSimplifiedDocument(document: Document): Promise<Finished> {
  const script = detectScript(sample(document, SCRIPT_SAMPLE));
  if (script !== 'traditional') return { document, script, converted: false };
  const convert = await simplifier();
  return { document: { blocks: document.blocks.map((block) => mapBlock(block, convert)), pages: document.pages }, script, converted: true };
}

/** A document as the table stage reads it: full-width forms folded, page numbers gone, each cell on one line. */
export const normaliseDocument = (document: Document): Document => ({
  blocks: document.blocks.map((block) => mapBlock(block, normalise, normaliseCell)),
  pages: document.pages,
});
