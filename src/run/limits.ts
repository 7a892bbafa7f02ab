/**
 * What a run allows one file: its size, and the time and memory its reading may take. No real
 * report comes near any of them (the largest real PDFs: a few MB, < 2 s, < 300 MB to read).
 */
export interface FileLimits {
  sizeMb: number;
  seconds: number;
  memoryMb: number;
}

export const DEFAULT_LIMITS: FileLimits = { sizeMb: 200, seconds: 30, memoryMb: 2048 };

/** Below this a reader cannot read an ordinary report: the share never goes lower. */
const LEAST_SHARE_MB = 512;

/**
 * The memory limit is the run's, not each reader's: with several threads, each with its own
 * reader child, each takes its share (three bombs on three workers reached 5.8 GB when each had
 * the whole limit).
 */
export function shareOf(limits: FileLimits, readers: number): FileLimits {
  return { ...limits, memoryMb: Math.max(Math.min(LEAST_SHARE_MB, limits.memoryMb), Math.floor(limits.memoryMb / readers)) };
}
