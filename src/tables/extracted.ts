import type { Fact } from '../types.js';

/** What reading one table gives: the table (null when it is not there or cannot be read) and what was met on the way. */
export interface Extracted<T> {
  table: T | null;
  facts: Fact[];
}
