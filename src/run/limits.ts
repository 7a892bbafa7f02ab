/**
 * What a run allows one file: its size, and the time and memory its reading may take. No real
 * report comes near any of them (the largest real PDFs: a few MB, < 2 s, < 300 MB to read).
 */
export interface FileLimits {
  sizeMb: number;
  seconds: number;
  memoryMb: number;
  /**
   * A reader child's V8 heap bound, where it is not memoryMb: a reader given its share of the
   * run's budget keeps the whole budget as its heap bound (V8 sizes its collections from it: with
   * 1 GB of 2, 258 PDFs on two workers took 16.6–20.8 s against 13.3–15.2) and is held to its share
   * by its resident memory, looked at every 100 ms.
   */
  heapMb?: number;
}

/**
 * Time a page read by OCR adds to its file's limit: tesseract takes 5–20 s a page here (a table's
 * cells one by one), and a scan of forty pages is still one report.
 */
export const OCR_PAGE_SECONDS = 60;

export const DEFAULT_LIMITS: FileLimits = { sizeMb: 200, seconds: 30, memoryMb: 2048 };

/** Below this a reader cannot read an ordinary report: the share never goes lower. */
const LEAST_SHARE_MB = 512;

/**
 * The memory limit is the run's, not each reader's: with several threads, each with its own
 * reader child, each takes its share (three bombs on three workers reached 5.8 GB when each had
 * the whole limit).
 */
export function shareOf(limits: FileLimits, readers: number): FileLimits {
  return { ...limits, memoryMb: Math.max(Math.min(LEAST_SHARE_MB, limits.memoryMb), Math.floor(limits.memoryMb / readers)), heapMb: limits.memoryMb };
}
