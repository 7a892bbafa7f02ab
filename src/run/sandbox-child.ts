/**
 * The child process that reads PDFs and Word files for a run (see sandbox.ts): whatever a file
 * does to its reader here (abort V8, exhaust memory, leave a rejection unhandled) ends this
 * process only.
 */
import { DocumentError, readDocument, type BinaryFormat } from '../text/binary.js';

export interface SandboxRequest {
  id: number;
  format: BinaryFormat;
  bytes: Uint8Array;
}

export type SandboxReply = { id: number; text: string; pages: number } | { id: number; error: string };

const send = (reply: SandboxReply): void => {
  process.send?.(reply);
};

process.on('message', async ({ id, format, bytes }: SandboxRequest) => {
  try {
    send({ id, ...(await readDocument(format, bytes)) });
  } catch (error) {
    send({ id, error: error instanceof DocumentError ? error.message : '文件已损坏（读取时出错）' });
  }
});
// A rejection pdfjs leaves behind belongs to the file being read: the parent hears of it as this process's end.
process.on('unhandledRejection', () => process.exit(70));
// The run is over (or the parent died): nothing is left to read.
process.on('disconnect', () => process.exit(0));
