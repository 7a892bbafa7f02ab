/**
 * How much work a run must hold, in text files, for worker threads to pay: each thread's first
 * ~1,000 files run at half speed while V8 compiles, and every worker pays that, so over text two
 * workers on 2 cores were slower than one thread up to ~6,000 files (2,000: 3.8 s against 2.5;
 * 5,000: 6.7 against 6.2; 10,000: 10.3 against 11.4; 20,000: 15.4 against 19.1). A PDF or Word
 * file is read in a process of its own that each worker starts, and one thread alone keeps its
 * reader busy while it checks (IN_FLIGHT_ALONE in files.ts), so workers pay later for them: at 20 published
 * PDFs two workers took 1.65–1.93 s against 1.38–1.53, at 40 2.0–2.1 against 1.8–2.1, at 160
 * 4.3–4.5 against 4.5–4.7; at 40 composed PDFs 2.5 against 3.0–3.1, at 40 .docx 3.5–3.7 against
 * 4.3–4.6. A document counts 200 text files: workers from 40.
 */
export const POOL_FROM_WORK = 8_000;
export const DOCUMENT_WORK = 200;
const DOCUMENT = /\.(?:pdf|docx?|wps)$/i;

/** A file's work, in text files, by its name. */
export const workOfPath = (path: string): number => (DOCUMENT.test(path) ? DOCUMENT_WORK : 1);

/** Fewer PDF or Word files than this are read by the main thread's one reader. */
export const DOCUMENTS_IN_THREAD = POOL_FROM_WORK / DOCUMENT_WORK;
