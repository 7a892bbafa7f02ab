/**
 * Text normalisation for parsing: line ends, full-width forms, invisible characters, page
 * numbers. The result keeps one line per input line so that positions stay meaningful.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Page numbers that PDF extraction leaves between table rows: `-3-`, `— 5 —`, `第 3 页`. */
const PAGE_NUMBER = /^\s*(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/;

export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function normalise(text: string): string {
  const lines = normaliseLineEnds(text)
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(SPACES, ' ')
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, '-')
    .split('\n');
  return lines.map((line) => (PAGE_NUMBER.test(line) ? '' : line)).join('\n');
}

/** A label compared by keyword: no whitespace, no quotes, no list numbering in front. */
export function compactLabel(label: string): string {
  // Runs as one match: padded layouts put dozens of spaces between a label and its numbers.
  return label.replace(/[\s"“”'‘’「」『』]+/g, '');
}

/** A row's number as forms print it: （六）, 四、, 3. or 3、 — a row of the form, not a header that happens to name one. */
export const ROW_NUMBER = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|\d+[.、])/;

export function stripNumbering(label: string): string {
  return label.replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d+[、.,]?)/, '');
}
