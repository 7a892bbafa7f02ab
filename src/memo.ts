/**
 * A copy of a string that no longer refers to the text it was cut from. V8 keeps a substring of
 * 13 or more characters as a view into its parent, so an agency name or a row label kept after
 * its report is done would keep that whole report's text alive: a long run would hold every
 * report. Whatever outlives a report keeps copies.
 */
export function detached<T>(value: T): T {
  return structuredClone(value);
}

/** A value with its strings detached: a string, or an object whose string properties are copied (the rest is ours, not cut from a report). */
function detachedValue<V>(value: V): V {
  if (typeof value === 'string') return detached(value);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? detached(v) : v])) as V;
}

/**
 * What is worked out once per distinct string and met again from report to report (a row
 * label's keywords, a run's Simplified form): at most `size` entries, kept with their strings
 * detached so that a long run does not hold the reports they came from; when full it starts afresh.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.size) this.entries.clear();
    this.entries.set(detached(key), detachedValue(value));
  }
}
