import { ACTIVE_SECTION, headingPattern, OTHER_SECTION, PROBLEMS_SECTION, REQUESTS_SECTION, REVIEWS_SECTION } from '../template/index.js';

/**
 * Line ranges [start, end) of the three tables. Works on compact lines (no whitespace, see
 * compactLabel), made once per report: headings are matched however they are spaced.
 */
export interface Sections {
  active: [number, number] | null;
  requests: [number, number] | null;
  reviews: [number, number] | null;
}

/** Headings are short lines; a sentence that mentions a table is longer. */
const MAX_HEADING = 40;
const ACTIVE = headingPattern(ACTIVE_SECTION, { numbered: false });
const REQUESTS = headingPattern(REQUESTS_SECTION, { numbered: false });
const REVIEWS = headingPattern(REVIEWS_SECTION, { numbered: false });
/** Sections 五 and 六 end the tables, by their words or their numbers alone. */
const END = new RegExp(`${PROBLEMS_SECTION.words}|${OTHER_SECTION.words}|^[五六][、.]`);
/** When a heading is lost, the table's own first rows still show where it starts. */
const ACTIVE_FALLBACK = /第二十条第/;
const REQUESTS_FALLBACK = /本年新收/;
/** Table 四's cells, when its heading is lost, stand within a few lines after 结转下年度. */
const REVIEWS_SPAN = 30;

function matches(line: string, pattern: RegExp, heading: boolean): boolean {
  return (!heading || line.length <= MAX_HEADING) && pattern.test(line);
}

function find(lines: readonly string[], pattern: RegExp, from: number, to: number, heading: boolean): number {
  for (let i = from; i < to; i++) if (matches(lines[i]!, pattern, heading)) return i;
  return -1;
}

/** The heading nearest before `to`: the body may name table 二 earlier in a sentence-like line. */
function findLast(lines: readonly string[], pattern: RegExp, to: number): number {
  for (let i = to - 1; i >= 0; i--) if (matches(lines[i]!, pattern, true)) return i;
  return -1;
}

export function findSections(lines: readonly string[]): Sections {
  const n = lines.length;
  let requests = find(lines, REQUESTS, 0, n, true);
  if (requests < 0) requests = find(lines, REQUESTS_FALLBACK, 0, n, false);
  const searchEnd = requests < 0 ? n : requests;
  let active = findLast(lines, ACTIVE, searchEnd);
  if (active < 0) active = find(lines, ACTIVE_FALLBACK, 0, searchEnd, false);
  const reviews = find(lines, REVIEWS, requests < 0 ? 0 : requests + 1, n, true);
  const afterReviews = reviews < 0 ? -1 : find(lines, END, reviews + 1, n, true);
  const reviewsEnd = afterReviews < 0 ? Math.min(n, reviews + REVIEWS_SPAN) : afterReviews;
  const requestsEnd = reviews >= 0 ? reviews : requests < 0 ? -1 : endOf(lines, requests);
  return {
    active: active < 0 ? null : [active, requests < 0 ? endOf(lines, active) : requests],
    requests: requests < 0 ? null : [requests, requestsEnd],
    reviews: reviews < 0 ? null : [reviews, reviewsEnd],
  };
}

function endOf(lines: readonly string[], start: number): number {
  const end = find(lines, END, start + 1, lines.length, true);
  return end < 0 ? lines.length : end;
}
