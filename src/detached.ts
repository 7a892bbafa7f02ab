/**
 * A copy of a string that no longer refers to the text it was cut from. V8 keeps a substring of
 * 13 or more characters as a view into its parent, so an agency name or a row label kept after
 * its report is done would keep that whole report's text alive: a long run would hold every
 * report. Whatever outlives a report (caches, the carry-over index) keeps copies.
 */
export function detached(text: string): string {
  return structuredClone(text);
}
