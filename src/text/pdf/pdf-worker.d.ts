/** pdfjs-dist ships no types for its worker half; it is loaded only to be handed to pdfjs (globalThis.pdfjsWorker). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
