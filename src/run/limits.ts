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
