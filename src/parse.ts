import { toFinding } from './findings/index.js';
import { fact } from './findings/fact.js';
import { reportLines, renderDocument, type ReportLines } from './grid/lines.js';
import { readProse } from './prose/extract.js';
import { textPrints } from './prose/prints.js';
import { settleByText } from './prose/settle.js';
import type { LocatedCell } from './tables/extracted.js';
import { extractTables } from './tables/index.js';
import { decode, type Decoded } from './text/decode.js';
import { isBlank, type Document } from './text/document.js';
import { normaliseDocument, toSimplifiedDocument } from './text/finish.js';
import { looksLikeHtml } from './text/html-sniff.js';
import { ocrReading, unsureTables } from './ocr-reading.js';
import { readPictures, shownSource, type PictureSource, type UnreadPicture } from './pictures.js';
import { DocumentError, readBinary, type BinaryFormat, type ReadOptions } from './text/readers.js';
import { sniff } from './text/sniff.js';
import type { EncodingName, Fact, Report, Source } from './types.js';

export interface ParseOptions {
  /** Shown in findings and output; the library never opens it. */
  path?: string;
  /** Skip detection and decode with this encoding. */
  encoding?: EncodingName;
  /**
   * Reads a PDF or a Word file into its document; by default in this thread. A runner over
   * untrusted files passes one that reads where a crash cannot reach it (the CLI's child
   * process); it rejects with a DocumentError that says why.
   */
  readBinary?: (format: BinaryFormat, bytes: Uint8Array, options: ReadOptions) => Promise<Document>;
  /** Read pictures (PNG, JPEG, TIFF), PDF pages that are only pictures (scans) and a page's pictures by OCR: slow, and only when asked. */
  ocr?: boolean;
  /**
   * Gets the bytes of a picture a web page shows (its `<img src>`), for OCR; the library never
   * opens a file itself. The CLI's gives the files a browser saves beside the page. Pictures
   * inside the document (`data:` addresses, a Word file's) need none.
   */
  pictures?: PictureSource;
}

/** A file read into its document (Simplified, normalised) and how it was read: the `convert` command's output. */
export interface ReadDocument {
  document: Document;
  source: Source;
  facts: Fact[];
  /** Pictures the document shows and that were not read (without --ocr, all of them). */
  unreadPictures?: UnreadPicture[];
}

const NO_DOCUMENT: Document = Object.freeze({ blocks: [], pages: 0 }) as Document;
const textDocument = (text: string): Document => ({ blocks: [{ kind: 'text', text }], pages: 0 });

/** Bytes → document, with every reading problem as a fact. Strings are taken as already decoded. */
export async function readDocument(input: Uint8Array | string, options: ParseOptions = {}): Promise<ReadDocument> {
  const bytes = typeof input === 'string' ? null : input;
  const source: Source = {
    path: options.path ?? '-',
    bytes: bytes ? bytes.length : Buffer.byteLength(input as string),
    format: null,
    encoding: null,
    bom: false,
    script: null,
    converted: false,
  };
  if (source.bytes === 0) return failed(source, [fact('input.empty')]);
  if (!bytes) {
    source.encoding = 'utf-8';
    return read(looksLikeHtml(input as string) ? 'html' : 'text', input as string, source, [], options);
  }
  const sniffed = sniff(bytes);
  if ('damaged' in sniffed) return failed(source, [fact('input.unreadable', { detail: { reason: sniffed.damaged } })]);
  // --encoding names a text encoding: bytes that look like no text are read in it all the same.
  if ('unread' in sniffed && !options.encoding)
    return failed(source, [fact('input.binary', { detail: sniffed.unread ? { kind: sniffed.unread } : undefined })]);
  const format = 'read' in sniffed ? sniffed.read : 'text';
  if (format === 'html' || format === 'text') {
    const decoded = decode(bytes, options.encoding);
    Object.assign(source, { encoding: decoded.encoding, bom: decoded.bom });
    return read(format, decoded.text, source, decodingFacts(decoded), options);
  }
  return readBinaryFile(format, bytes, source, options);
}

const failed = (source: Source, facts: Fact[]): ReadDocument => ({ document: NO_DOCUMENT, source, facts });

/** What decoding met: an encoding guessed, lines in another encoding, bytes no encoding reads, a charset that lied. */
function decodingFacts(decoded: Decoded): Fact[] {
  const facts: Fact[] = [];
  if (!decoded.confident) facts.push(fact('input.encodingUncertain', { detail: { encoding: decoded.encoding } }));
  if (decoded.foreignLines) facts.push(fact('input.mixedEncoding', { detail: { lines: decoded.foreignLines.count, encoding: decoded.foreignLines.encoding } }));
  if (decoded.invalidLines) facts.push(fact('input.invalidBytes', { detail: { lines: decoded.invalidLines } }));
  if (decoded.declaredOtherwise) facts.push(fact('input.charsetMismatch', { detail: { encoding: decoded.declaredOtherwise } }));
  return facts;
}

/** A PDF, a Word file or a picture, read as one whatever --encoding says; a scan or a picture read without OCR says so. */
async function readBinaryFile(format: BinaryFormat, bytes: Uint8Array, source: Source, options: ParseOptions): Promise<ReadDocument> {
  source.format = format;
  let document: Document;
  try {
    document = await (options.readBinary ?? readBinary)(format, bytes, { ocr: options.ocr ?? false });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return failed(source, [fact('input.unreadable', { detail: { reason: error.message } })]);
  }
  if ((format === 'pdf' || format === 'image') && document.blocks.length === 0) {
    if (document.ocr) source.ocr = ocrReading(document);
    return failed(source, [fact('input.noText', { detail: { pages: document.pages, picture: format === 'image', ocr: options.ocr ?? false } })]);
  }
  return finish(document, source, [], options);
}

/** Decoded text read as the web page or the plain text its bytes showed it to be. */
async function read(format: 'html' | 'text', text: string, source: Source, facts: Fact[], options: ParseOptions): Promise<ReadDocument> {
  source.format = format;
  const document = format === 'html' ? (await import('./text/html.js')).htmlToDocument(text) : textDocument(text);
  return finish(document, source, facts, options);
}

/** Any document with its pictures read (with --ocr) and in Simplified script, whatever it was read from. */
async function finish(read: Document, source: Source, facts: Fact[], options: ParseOptions): Promise<ReadDocument> {
  const { document, unread } = await readPictures(read, {
    ocr: options.ocr ?? false,
    source: options.pictures,
    readBinary: options.readBinary ?? readBinary,
  });
  if (document.ocr) source.ocr = ocrReading(document);
  const finished = await toSimplifiedDocument(document);
  Object.assign(source, { script: finished.script, converted: finished.converted });
  if (isBlank(finished.document)) facts.push(fact('input.empty'));
  return { document: finished.document, source, facts, ...(unread.length > 0 ? { unreadPictures: unread } : {}) };
}

/** The document as text for people: what `convert` prints. */
export const documentText = renderDocument;

/** The result for a path that could not be read at all, so that every input still has one. */
export function unreadableReport(path: string, reason: string): Report {
  return {
    source: { path, bytes: 0, format: null, encoding: null, bom: false, script: null, converted: false },
    title: null,
    agency: null,
    year: null,
    template: 'unknown',
    tables: { active: null, requests: null, reviews: null, legacy: null },
    prose: [],
    lists: [],
    text: { characters: 0, sentences: [] },
    findings: [toFinding(fact('input.unreadable', { detail: { reason } }))],
  };
}

/**
 * Reads one report from its file's bytes: its metadata, template and tables, with the problems
 * met on the way. Text already decoded goes to parseText: a path is never taken for a report.
 */
export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<Report> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseReport takes a file’s bytes (a Uint8Array or Buffer); for text already decoded use parseText');
  return reportOf(await readDocument(bytes, options));
}

/** Reads one report from text already decoded (a string): as parseReport, without the decoding. */
export async function parseText(text: string, options: ParseOptions = {}): Promise<Report> {
  return reportOf(await readDocument(text, options));
}

/** The whole text the prose stage reads: a plain text's own (a copy of megabytes saved), else the lines joined. */
function wholeText(document: Document, lines: ReportLines): string {
  const [only] = document.blocks;
  return document.blocks.length === 1 && only?.kind === 'text' ? only.text : lines.texts.join('\n');
}

function reportOf(read: ReadDocument): Report {
  const normalised = normaliseDocument(read.document);
  const lines = reportLines(normalised);
  const empty = isBlank(read.document);
  const extracted = empty ? null : extractTables(lines);
  const { figures: prose, lists } = readProse(empty ? '' : wholeText(normalised, lines));
  // Where the text states a figure that a glued cell of the table could be, it settles the cell.
  const { tables, facts } = settleByText(
    extracted?.tables ?? { active: null, requests: null, reviews: null, legacy: null },
    extracted?.facts ?? [],
    prose,
    extracted?.template ?? 'unknown',
  );
  const { source, readingFacts } = locateOcr(read, extracted);
  return {
    source,
    title: extracted?.title ?? null,
    agency: extracted?.agency ?? null,
    year: extracted?.year ?? null,
    template: extracted?.template ?? 'unknown',
    tables,
    prose,
    lists,
    text: textPrints(normalised),
    findings: [...readingFacts, ...picturesFact(read.unreadPictures, tables), ...facts].map(toFinding),
  };
}

/**
 * A document read by OCR, once its tables are read: each unsure cell with the row and column
 * that took it (what the checks' guard needs), and each table's unsure cells told by where the
 * table stage put them rather than by the heading above.
 */
function locateOcr(read: ReadDocument, extracted: { located: readonly LocatedCell[] } | null): { source: Source; readingFacts: Fact[] } {
  if (!read.source.ocr) return { source: read.source, readingFacts: read.facts };
  // A document with no text (a scan OCR found nothing in) keeps the reading its reader gave.
  const ocr = extracted ? ocrReading(read.document, extracted.located) : read.source.ocr;
  return { source: { ...read.source, ocr }, readingFacts: [...read.facts, ...unsureTables(ocr)] };
}

/** Pictures not read are worth a word only where a table the form requires was not found: they may be it. */
function picturesFact(unread: UnreadPicture[] | undefined, tables: Report['tables']): Fact[] {
  const missing = tables.legacy === null && (tables.active === null || tables.requests === null || tables.reviews === null);
  if (!unread || unread.length === 0 || !missing) return [];
  return [fact('input.pictures', { detail: { pictures: unread.map(({ src, why }) => ({ src: shownSource(src), why })) } })];
}
