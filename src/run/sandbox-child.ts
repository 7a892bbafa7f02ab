/**
 * The child process that reads files for a run (see sandbox.ts): PDFs and Word files, and large
 * texts, whose reading, parsing and checking are bounded here by the parent's time and memory
 * limits. Whatever a file does to its reader here (abort V8, exhaust memory, leave a rejection
 * unhandled) ends this process only.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../text/document.js';
import { DocumentError, readBinary, type BinaryFormat } from '../text/readers.js';
import type { EncodingName, Report } from '../types.js';
import type { Preload } from './sandbox.js';

export type SandboxRequest =
  | { id: number; kind: 'document'; format: BinaryFormat; bytes: Uint8Array; ocr: boolean }
  | {
      id: number;
      kind: 'report';
      bytes: Uint8Array;
      path: string;
      encoding: EncodingName | undefined;
      ocr: boolean;
      check: boolean;
      /** A web page's file, whose pictures beside it are read by OCR (up to `maxBytes` each). */
      page?: { file: string | Uint8Array; maxBytes: number } | undefined;
    };

/** The answer to a request, or word that a page is being read by OCR (the parent gives it time of its own). */
export type SandboxReply = { id: number; document: Document } | { id: number; report: Report } | { id: number; error: string } | { id: number; ocrPage: true };

const send = (reply: SandboxReply): void => {
  process.send?.(reply);
};

/** A whole file: parsed here, and checked for check (the checks load only then). */
async function report({ id, bytes, path, encoding, ocr, check, page }: Extract<SandboxRequest, { kind: 'report' }>): Promise<Report> {
  const readBinaryHere = (format: BinaryFormat, data: Uint8Array) => readBinary(format, data, { ocr, onOcrPage: () => send({ id, ocrPage: true }) });
  const pictures = page ? (await import('./pictures.js')).picturesBeside(page.file, page.maxBytes) : undefined;
  const parsed = await (await import('../parse.js')).parseReport(bytes, { path, encoding, ocr, readBinary: readBinaryHere, pictures });
  return check ? (await import('./checker.js')).checkOwn(parsed) : parsed;
}

process.on('message', async (request: SandboxRequest) => {
  try {
    if (request.kind === 'report') send({ id: request.id, report: await report(request) });
    else
      send({
        id: request.id,
        document: await readBinary(request.format, request.bytes, { ocr: request.ocr, onOcrPage: () => send({ id: request.id, ocrPage: true }) }),
      });
  } catch (error) {
    send({ id: request.id, error: error instanceof DocumentError ? error.message : '文件已损坏（读取时出错）' });
  }
});
// A rejection pdfjs leaves behind belongs to the file being read: the parent hears of it as this process's end.
process.on('unhandledRejection', () => process.exit(70));

/**
 * A child started before its first file (startReaderEarly) loads now what that file will need;
 * the file's own reading waits for the same modules. A failure here is left to the reading,
 * which meets it again and answers for it.
 */
const preload = process.argv.slice(2) as Preload[];
if (preload.includes('parse')) import('../parse.js').catch(() => {});
if (preload.includes('check')) import('./checker.js').catch(() => {});
if (preload.includes('pdf')) import('../text/pdf/load.js').then(({ preparePdfJs }) => preparePdfJs()).catch(() => {});
// The run is over: nothing is left to read.
process.on('disconnect', () => process.exit(0));

/**
 * The parent may die without a word (SIGKILL) while this process is deep in one file and deaf
 * to 'disconnect'. A thread of its own watches for that and ends the process, so that no reader
 * outlives its run.
 */
const ORPHAN_CHECK_MS = 250;
new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
   setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); }, ${ORPHAN_CHECK_MS}).unref();
   parentPort.on('message', () => {});`,
  { eval: true, workerData: process.ppid },
).unref();
