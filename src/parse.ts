import { toFinding } from './findings/index.js';
import { fact } from './findings/fact.js';
import { extractProse } from './prose/extract.js';
import { settleByText } from './prose/settle.js';
import { extractTables } from './tables/index.js';
import { DocumentError, readDocument, type BinaryFormat, type DocumentText } from './text/binary.js';
import { decode } from './text/decode.js';
import { looksLikeHtml } from './text/html-sniff.js';
import { sniff } from './text/sniff.js';
import { normalise } from './text/normalise.js';
import { detectScript, toSimplified } from './text/script.js';
import type { EncodingName, Fact, Report, Source } from './types.js';

export interface ParseOptions {
  /** Shown in findings and output; the library never opens it. */
  path?: string;
  /** Skip detection and decode with this encoding. */
  encoding?: EncodingName;
  /**
   * Reads a PDF's or a Word file's text; by default in this thread. A runner over untrusted files
   * passes one that reads where a crash cannot reach it (the CLI's child process); it rejects
   * with a DocumentError that says why.
   */
  readDocument?: (format: BinaryFormat, bytes: Uint8Array) => Promise<DocumentText>;
}

/** Decoded, Simplified text and how it was read: the `convert` command's output. */
export interface ReadText {
  text: string;
  source: Source;
  facts: Fact[];
}

/** Bytes → Simplified text, with every reading problem as a fact. Strings are taken as already decoded. */
export async function readText(input: Uint8Array | string, options: ParseOptions = {}): Promise<ReadText> {
  const path = options.path ?? '-';
  const bytes = typeof input === 'string' ? null : input;
  const source: Source = {
    path,
    bytes: bytes ? bytes.length : Buffer.byteLength(input as string),
    format: null,
    encoding: null,
    bom: false,
    script: null,
    converted: false,
  };
  if (source.bytes === 0) return { text: '', source, facts: [fact('input.empty')] };
  let text: string;
  const facts: Fact[] = [];
  if (bytes) {
    const sniffed = sniff(bytes);
    // --encoding names a text encoding; a PDF or a Word file is read as one whatever it says.
    if (sniffed && 'read' in sniffed) return readDocumentText(sniffed.read, bytes, source, options.readDocument ?? readDocument);
    if (sniffed && 'damaged' in sniffed) return { text: '', source, facts: [fact('input.unreadable', { detail: { reason: sniffed.damaged } })] };
    if (sniffed && !options.encoding)
      return { text: '', source, facts: [fact('input.binary', { detail: sniffed.unread ? { kind: sniffed.unread } : undefined })] };
    const decoded = decode(bytes, options.encoding);
    Object.assign(source, { encoding: decoded.encoding, bom: decoded.bom });
    if (!decoded.confident) facts.push(fact('input.encodingUncertain', { detail: { encoding: decoded.encoding } }));
    if (decoded.foreignLines)
      facts.push(fact('input.mixedEncoding', { detail: { lines: decoded.foreignLines.count, encoding: decoded.foreignLines.encoding } }));
    if (decoded.invalidLines) facts.push(fact('input.invalidBytes', { detail: { lines: decoded.invalidLines } }));
    if (decoded.declaredOtherwise) facts.push(fact('input.charsetMismatch', { detail: { encoding: decoded.declaredOtherwise } }));
    text = decoded.text;
  } else {
    text = input as string;
    source.encoding = 'utf-8';
  }
  source.format = /\.html?$/i.test(path) || looksLikeHtml(text) ? 'html' : 'text';
  if (source.format === 'html') text = (await import('./text/html.js')).htmlToText(text);
  return finishText(text, source, facts);
}

/** Decoded text to Simplified, whatever it was read from. */
async function finishText(text: string, source: Source, facts: Fact[]): Promise<ReadText> {
  source.script = detectScript(text);
  if (source.script === 'traditional') {
    text = await toSimplified(text);
    source.converted = true;
  }
  if (text.trim() === '') facts.push(fact('input.empty'));
  return { text, source, facts };
}

/** A PDF's or a Word file's text, from its own reader; a scan (no text layer) or a damaged file says so. */
async function readDocumentText(format: BinaryFormat, bytes: Uint8Array, source: Source, read: NonNullable<ParseOptions['readDocument']>): Promise<ReadText> {
  source.format = format;
  let document: DocumentText;
  try {
    document = await read(format, bytes);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { text: '', source, facts: [fact('input.unreadable', { detail: { reason: error.message } })] };
  }
  if (format === 'pdf' && document.text === '') return { text: '', source, facts: [fact('input.noText', { detail: { pages: document.pages } })] };
  return finishText(document.text, source, []);
}

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
    findings: [toFinding(fact('input.unreadable', { detail: { reason } }))],
  };
}

/**
 * Reads one report from its file's bytes: its metadata, template and tables, with the problems
 * met on the way. Text already decoded goes to parseText: a path is never taken for a report.
 */
export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<Report> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseReport takes a file’s bytes (a Uint8Array or Buffer); for text already decoded use parseText');
  return reportOf(await readText(bytes, options));
}

/** Reads one report from text already decoded (a string): as parseReport, without the decoding. */
export async function parseText(text: string, options: ParseOptions = {}): Promise<Report> {
  return reportOf(await readText(text, options));
}

function reportOf(read: ReadText): Report {
  const empty = read.text.trim() === '';
  const text = empty ? '' : normalise(read.text);
  const extracted = empty ? null : extractTables(text.split('\n'));
  const prose = extractProse(text);
  // Where the text states a figure that a glued cell of the table could be, it settles the cell.
  const { tables, facts } = settleByText(
    extracted?.tables ?? { active: null, requests: null, reviews: null, legacy: null },
    extracted?.facts ?? [],
    prose,
    extracted?.template ?? 'unknown',
  );
  return {
    source: read.source,
    title: extracted?.title ?? null,
    agency: extracted?.agency ?? null,
    year: extracted?.year ?? null,
    template: extracted?.template ?? 'unknown',
    tables,
    prose,
    findings: [...read.facts, ...facts].map(toFinding),
  };
}
