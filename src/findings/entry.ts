import type { TableKey } from '../template/index.js';
import type { Severity, Suspect } from '../types.js';

/** Where a finding points and the two sides of what it compares: every finding has these. */
export interface Located {
  table: TableKey | null;
  row: string | null;
  column: string | null;
  left: number | null;
  right: number | null;
  suspect: Suspect | null;
}

/**
 * One kind of finding: what it is, how serious, and its sentence, worded from where it points
 * and the details of type `D` that its maker must supply (a misspelt detail does not compile).
 */
export interface Entry<D> {
  severity: Severity;
  /** The table it checks, where it is about one. */
  table: TableKey | null;
  /** What it checks or means, in Chinese, for people: `gov-disclose rules`. */
  summary: string;
  /** What it checks or means, in the detail engineers need: the README's rule table. */
  description: string;
  message(at: Located, detail: D): string;
}

/** An entry with its details' type named: `entry<{ pages: number }>({ … })`. */
export function entry<D extends object = Record<never, never>>(e: Entry<D>): Entry<D> {
  return e;
}
