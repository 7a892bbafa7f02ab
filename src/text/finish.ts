import type { Block, Document } from './document.js';
import { normalise, normaliseCell } from './normalise.js';
import { detectScript, simplifier } from './script.js';
import type { Script } from '../types.js';

/** The document's texts in reading order, running text and cells alike. */
function* textsOf(document: Document): Generator<string> {
  for (const block of document.blocks) {
    if (block.kind === 'text') yield block.text;
    else for (const row of block.rows) for (const c of row) yield c.text;
  }
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
  const script = detectScript(textsOf(document));
  if (script !== 'traditional') return { document, script, converted: false };
  const convert = await simplifier();
  return { document: { ...document, blocks: document.blocks.map((block) => mapBlock(block, convert)) }, script, converted: true };
}

/** A document as the table stage reads it: full-width forms folded, page numbers gone, each cell on one line. */
export const normaliseDocument = (document: Document): Document => ({
  blocks: document.blocks.map((block) => mapBlock(block, normalise, normaliseCell)),
  pages: document.pages,
});
