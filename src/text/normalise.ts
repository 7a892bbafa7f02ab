/** Page numbers that PDF extraction leaves between table rows: `-3-`, `— 5 —`, `第 3 页`. */
const PAGE_NUMBER = /^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/;

/**
 * Text is normalised a slice at a time: a replace over a whole 100 MB text collects every match
 * at once, and past 2^27 of them V8 aborts the process (a text of 40 M full-width characters did).
 * Slices end at a line break where there is one, so that each line is judged whole.
 */
const SLICE = 1 << 20;

/** Zero-width characters and soft hyphens: invisible, and they split keywords. */
const INVISIBLE = String.raw`\u200b-\u200d\u2060\ufeff\u00ad`;
/** Control characters other than tab and line feed, and the wide or fixed spaces: read as spaces. */
const SPACES = String.raw`\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u2000-\u200a\u202f\u205f\u3000`;
/** Full-width forms (１，４６８ ｜ （）): as ASCII. */
const FULL_WIDTH = String.raw`\uff01-\uff5e`;
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'g');
const SPACE_CHARS = new RegExp(`[${SPACES}]`, 'g');
const FULL_WIDTH_CHARS = new RegExp(`[${FULL_WIDTH}]`, 'g');
/** Any character characterForms changes, or a line break: most cells hold none, and are taken as they are. */
const CHANGED_IN_CELL = new RegExp(String.raw`[\r\n${INVISIBLE}${SPACES}${FULL_WIDTH}\u2212]`);

/** Line ends, invisible characters, wide spaces and full-width forms: one character at a time. */
function characterForms(text: string): string {
  return (
    text
      // CR LF and a lone CR end a line as LF does.
      .replace(/\r\n?/g, '\n')
      .replace(INVISIBLE_CHARS, '')
      .replace(SPACE_CHARS, ' ')
      .replace(FULL_WIDTH_CHARS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      // The minus sign as a hyphen.
      .replace(/\u2212/g, '-')
  );
}

/** Where the slice from `start` ends: after its last line break (a CR LF kept whole), or at SLICE when its line is longer. */
function sliceEnd(text: string, start: number): { end: number; midLine: boolean } {
  if (text.length - start <= SLICE) return { end: text.length, midLine: false };
  const last = start + SLICE - 1;
  const lineBreak = Math.max(text.lastIndexOf('\n', last), text.lastIndexOf('\r', last));
  if (lineBreak < start) return { end: start + SLICE, midLine: true };
  const crlf = text.charCodeAt(lineBreak) === 0x0d && text.charCodeAt(lineBreak + 1) === 0x0a;
  return { end: lineBreak + (crlf ? 2 : 1), midLine: false };
}

/**
 * Text normalisation for parsing: line ends, full-width forms, invisible characters, page
 * numbers. The result keeps one line per input line so that positions stay meaningful. Linear
 * in the text, whatever it holds.
 */
export function normalise(text: string): string {
  const out: string[] = [];
  let joinedToLast = false;
  for (let start = 0; start < text.length;) {
    const { end, midLine } = sliceEnd(text, start);
    const lines = characterForms(text.slice(start, end)).split('\n');
    // A line cut by a slice is a part of a longer line, never a page number.
    lines.forEach((line, i) => {
      const whole = !(i === 0 && joinedToLast) && !(i === lines.length - 1 && midLine);
      if (whole && PAGE_NUMBER.test(line)) lines[i] = '';
    });
    out.push(lines.join('\n'));
    joinedToLast = midLine;
    start = end;
  }
  return out.join('');
}

/** A table cell's text normalised: as running text, and on one line (a cell is one line of its row). */
export const normaliseCell = (text: string): string => (CHANGED_IN_CELL.test(text) ? characterForms(text).replace(/\n/g, ' ') : text);

/** A label compared by keyword: no whitespace, no quotes. */
export function compactLabel(label: string): string {
  return label.replace(/[\s"“”'‘’「」『』]+/g, '');
}

/** A row's number as forms print it: （六）, 四、, 3. or 3、 — a row of the form, not a header that happens to name one. */
export const ROW_NUMBER = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|\d+[.、])/;

export function stripNumbering(label: string): string {
  return label.replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d+[、.,]?)/, '');
}
