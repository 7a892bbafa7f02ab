import { toFinding } from './findings/index.js';
import { fact } from './facts.js';
import { extractProse } from './prose/extract.js';
import { extractTables } from './tables/index.js';
import { decode, looksBinary } from './text/decode.js';
import type { PdfText } from './text/pdf/index.js';
import { looksLikeHtml } from './text/html-sniff.js';
import { normalise } from './text/normalise.js';
import { detectScript, toSimplified } from './text/script.js';
import type { EncodingName, Fact, Report, Source } from './types.js';

export interface ParseOptions {
  /** Shown in findings and output; the library never opens it. */
  path?: string;
  /** Skip detection and decode with this encoding. */
  encoding?: EncodingName;
  /**
   * Reads a PDF's text; by default in this thread. A runner over untrusted files passes one that
   * reads where a crash cannot reach it (the CLI's child process); it rejects with a PdfError.
   */
  readPdf?: (bytes: Uint8Array) => Promise<PdfText>;
}

/** Decoded, Simplified text and how it was read: the `convert` command's output. */
export interface ReadText {
  text: string;
  source: Source;
  facts: Fact[];
}

/** Magic numbers of formats people put next to their reports. */
const SIGNATURES: readonly [string, string][] = [
  ['%PDF', 'PDF'],
  ['PK\u0003\u0004', 'ZIP/Office'],
  ['\u00d0\u00cf\u0011\u00e0', 'Word 97-2003'],
  ['\u0089PNG', 'PNG'],
  ['\u00ff\u00d8\u00ff', 'JPEG'],
];

function binaryKind(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  for (const [magic, kind] of SIGNATURES) if (head.startsWith(magic)) return kind;
  return looksBinary(bytes) ? '' : null;
}

/** Bytes → Simplified text, with every reading problem as a fact. Strings are taken as already decoded. */
export async function readText(input: Uint8Array | string, options: ParseOptions = {}): Promise<ReadText> {
  const path = options.path ?? '-';
  const bytes = typeof input === 'string' ? null : input;
  const source: Source = { path, bytes: bytes ? bytes.length : Buffer.byteLength(input as string), encoding: null, bom: false, script: null, converted: false };
  if (source.bytes === 0) return { text: '', source, facts: [fact('input.empty')] };
  let text: string;
  const facts: Fact[] = [];
  if (bytes) {
    const kind = binaryKind(bytes);
    // --encoding names a text encoding; a PDF is read as a PDF whatever it says.
    if (kind === 'PDF') return readPdfText(bytes, source, options.readPdf);
    if (kind !== null && !options.encoding) return { text: '', source, facts: [fact('input.binary', { detail: kind ? { kind } : undefined })] };
    const decoded = decode(bytes, options.encoding);
    Object.assign(source, { encoding: decoded.encoding, bom: decoded.bom });
    if (!decoded.confident) facts.push(fact('input.encodingUncertain', { detail: { encoding: decoded.encoding } }));
    if (decoded.foreignLines) facts.push(fact('input.mixedEncoding', { detail: { lines: decoded.foreignLines.count, encoding: decoded.foreignLines.encoding } }));
    if (decoded.invalidLines) facts.push(fact('input.invalidBytes', { detail: { lines: decoded.invalidLines } }));
    text = decoded.text;
  } else {
    text = input as string;
    source.encoding = 'utf-8';
  }
  if (/\.html?$/i.test(path) || looksLikeHtml(text)) text = (await import('./text/html.js')).htmlToText(text);
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

/** A PDF's text from the positions of its text runs; a scan (no text layer) or a damaged file says so. */
async function readPdfText(bytes: Uint8Array, source: Source, readPdf?: (bytes: Uint8Array) => Promise<PdfText>): Promise<ReadText> {
  const { pdfToText, PdfError } = await import('./text/pdf/index.js');
  let pdf: PdfText;
  try {
    pdf = await (readPdf ?? pdfToText)(bytes);
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    return { text: '', source, facts: [fact('input.unreadable', { detail: { reason: error.message } })] };
  }
  if (pdf.text === '') return { text: '', source, facts: [fact('input.noText', { detail: { pages: pdf.pages } })] };
  return finishText(pdf.text, source, []);
}

/** The result for a path that could not be read at all, so that every input still has one. */
export function unreadableReport(path: string, reason: string): Report {
  return {
    source: { path, bytes: 0, encoding: null, bom: false, script: null, converted: false },
    title: null,
    agency: null,
    year: null,
    template: 'unknown',
    tables: { active: null, requests: null, reviews: null, legacy: null },
    prose: [],
    findings: [toFinding(fact('input.unreadable', { detail: { reason } }))],
  };
}

/** Reads one report: its metadata, template and tables, with the problems met on the way. */
export async function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Promise<Report> {
  const read = await readText(input, options);
  const empty = read.text.trim() === '';
  const text = empty ? '' : normalise(read.text);
  const extracted = empty ? null : extractTables(text.split('\n'));
  return {
    source: read.source,
    title: extracted?.title ?? null,
    agency: extracted?.agency ?? null,
    year: extracted?.year ?? null,
    template: extracted?.template ?? 'unknown',
    tables: extracted?.tables ?? { active: null, requests: null, reviews: null, legacy: null },
    prose: extractProse(text),
    findings: [...read.facts, ...(extracted?.facts ?? [])].map(toFinding),
  };
}
