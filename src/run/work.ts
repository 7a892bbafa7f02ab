/**
 * How much work a run must hold, in text files, for worker threads to pay: each thread's first
 * ~1,000 files run at half speed while V8 compiles, and every worker pays that, so over text two
 * workers on 2 cores were slower than one thread up to ~6,000 files (2,000: 3.8 s against 2.5;
 * 5,000: 6.7 against 6.2; 10,000: 10.3 against 11.4; 20,000: 15.4 against 19.1). A PDF or Word
 * file is read in a process of its own that each worker starts, and one thread alone keeps its
 * reader busy while it checks (IN_FLIGHT_ALONE in files.ts), so workers pay later for them: at 20 published
 * PDFs two workers took 1.65–1.93 s against 1.38–1.53, at 40 2.0–2.1 against 1.8–2.1, at 160
 * 4.3–4.5 against 4.5–4.7; at 40 composed PDFs 2.5 against 3.0–3.1, at 40 .docx 3.5–3.7 against
 * 4.3–4.6. A Word file counts 200 text files: workers from 40. Since a PDF's drawing comes with its
 * text (2026-12-07), one thread reads PDFs faster and workers pay later (published PDFs, medians of
 * three taking turns: at 40 3.41 s against 3.25, at 60 4.30 against 4.37, at 80 4.67 against 5.53,
 * at 216 10.9 against 12.3; but the bench's 132 of the official-form and real mix 1.05–1.08 times
 * --jobs 1 in two runs, once one thread's reader started with the CLI): a PDF counts 50, workers
 * from 160.
 */
export const POOL_FROM_WORK = 8_000;
export const PDF_WORK = 50;
export const WORD_WORK = 200;

/** A file's work, in text files, by its name. */
export function workOfPath(path: string): number {
  if (/\.pdf$/i.test(path)) return PDF_WORK;
  return /\.(?:docx?|wps)$/i.test(path) ? WORD_WORK : 1;
}
