import type { Fact } from './types.js';

/** A fact with every field it does not name left null: the one way stages and rules build them. */
export function fact(rule: string, fields: Partial<Omit<Fact, 'rule'>> = {}): Fact {
  return { rule, table: null, row: null, column: null, left: null, right: null, suspect: null, ...fields };
}
