import type { Block, Document } from './text/document.js';
import { pictureSize } from './text/picture-size.js';
import { DocumentError, type BinaryFormat, type ReadOptions } from './text/readers.js';
import { binaryFormat } from './text/sniff.js';

/** Gets the bytes of a picture a web page refers to by its address, or null; the host's, since the library opens no file. */
export type PictureSource = (src: string) => Promise<Uint8Array | null>;

/**
 * A picture smaller than this is an icon, a logo or a rule, not a table: it is passed over
 * unread (a table of the form as a picture is several hundred pixels each way).
 */
const MIN_WIDTH = 300;
const MIN_HEIGHT = 100;
/** Pictures read from one page at most: each takes seconds, and a page of a hundred is a gallery, not a report. */
const MAX_READ = 40;

/** Why a picture the page refers to was not read; pictures too small to hold a table are not told. */
export type UnreadWhy = 'noOcr' | 'missing' | 'notPicture' | 'damaged' | 'tooMany';
export interface UnreadPicture {
  src: string;
  why: UnreadWhy;
}

/** The bytes of a `data:` address (as Word files' pictures come through mammoth), which need no host. */
function dataBytes(src: string): Uint8Array | null {
  const match = /^data:image\/[\w.+-]+;base64,/i.exec(src);
  return match ? Buffer.from(src.slice(match[0].length), 'base64') : null;
}

/** A `data:` address is shown by its kind and size, not its megabytes of base64. */
export const shownSource = (src: string): string => (src.startsWith('data:') ? `${src.slice(0, src.indexOf(',') + 1)}…（${src.length} 字符）` : src);

interface PictureOptions {
  ocr: boolean;
  source: PictureSource | undefined;
  readBinary: (format: BinaryFormat, bytes: Uint8Array, options: ReadOptions) => Promise<Document>;
}

type Outcome = { blocks: Block[]; pages: number } | { why: UnreadWhy } | null;

/** One picture read by OCR into blocks; null for one too small to hold a table. */
async function readPicture(src: string, options: PictureOptions): Promise<Outcome> {
  const bytes = dataBytes(src) ?? (options.source ? await options.source(src) : null);
  if (!bytes) return { why: 'missing' };
  if (binaryFormat(bytes) !== 'image') return { why: 'notPicture' };
  const size = pictureSize(bytes);
  if (size && (size.width < MIN_WIDTH || size.height < MIN_HEIGHT)) return null;
  try {
    const read = await options.readBinary('image', bytes, { ocr: true });
    return { blocks: read.blocks, pages: read.ocr?.pages ?? 0 };
  } catch (error) {
    if (error instanceof DocumentError) return { why: 'damaged' };
    throw error;
  }
}

/**
 * A web page's pictures read by OCR where it shows them (tables pasted in as pictures): their
 * blocks take the pictures' places, and the pictures not read are listed with why. Without OCR
 * none is read, and those that could hold a table are listed for the hint that --ocr would.
 */
export async function readPictures(document: Document, options: PictureOptions): Promise<{ document: Document; unread: UnreadPicture[] }> {
  const { pictures = [], ...held } = document;
  if (pictures.length === 0) return { document: held, unread: [] };
  if (!options.ocr) return { document: held, unread: pictures.map(({ src }) => ({ src, why: 'noOcr' })) };
  const blocks: Block[] = [];
  const unread: UnreadPicture[] = [];
  let [next, pages, read] = [0, 0, 0];
  const placeUntil = (at: number): void => {
    while (next < at) blocks.push(document.blocks[next++]!);
  };
  for (const picture of pictures) {
    placeUntil(picture.at);
    const outcome = read < MAX_READ ? await readPicture(picture.src, options) : { why: 'tooMany' as const };
    if (outcome && 'why' in outcome) unread.push({ src: picture.src, why: outcome.why });
    else if (outcome) {
      read++;
      // An unsure cell names the picture it is in (and its page, in a TIFF of several).
      blocks.push(...outcome.blocks.map((block) => (block.kind === 'table' ? { ...block, picture: shownSource(picture.src) } : block)));
      pages += outcome.pages;
    }
  }
  placeUntil(document.blocks.length);
  return { document: { blocks, pages: document.pages, ...(pages > 0 ? { ocr: { pages } } : {}) }, unread };
}
