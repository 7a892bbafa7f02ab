/** What becomes of each UTF-16 code unit: kept, dropped (invisible), a space, or its ASCII form. */
const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const ASCII = 3;
const MINUS = 4;
const RETURN = 5;

const CHANGE = new Uint8Array(0x10000);
function mark(from: number, to: number, what: number): void {
  CHANGE.fill(what, from, to + 1);
}
// Zero-width characters and soft hyphens: invisible, and they split keywords.
mark(0x200b, 0x200d, DROP);
mark(0x2060, 0x2060, DROP);
mark(0xfeff, 0xfeff, DROP);
mark(0x00ad, 0x00ad, DROP);
// Control characters other than tab and line feed, and the wide or fixed spaces, read as spaces.
mark(0x0000, 0x0008, SPACE);
mark(0x000b, 0x000c, SPACE);
mark(0x000e, 0x001f, SPACE);
mark(0x007f, 0x009f, SPACE);
mark(0x00a0, 0x00a0, SPACE);
mark(0x2000, 0x200a, SPACE);
mark(0x202f, 0x202f, SPACE);
mark(0x205f, 0x205f, SPACE);
mark(0x3000, 0x3000, SPACE);
// Full-width forms (１，４６８ ｜ （）) as ASCII, and the minus sign as a hyphen.
mark(0xff01, 0xff5e, ASCII);
mark(0x2212, 0x2212, MINUS);
// CR LF and a lone CR end a line as LF does.
mark(0x000d, 0x000d, RETURN);

/** Page numbers that PDF extraction leaves between table rows: `-3-`, `— 5 —`, `第 3 页`. */
const PAGE_NUMBER = /^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/;

/** One pass over the text: each code unit kept, dropped or replaced; CR LF and lone CR end a line. */
function mapCharacters(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const what = CHANGE[code]!;
    if (what === KEEP) continue;
    out += text.slice(kept, i);
    kept = i + 1;
    if (what === SPACE) out += ' ';
    else if (what === ASCII) out += String.fromCharCode(code - 0xfee0);
    else if (what === MINUS) out += '-';
    else if (what === RETURN) {
      out += '\n';
      if (text.charCodeAt(i + 1) === 0x0a) kept = ++i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * Text normalisation for parsing: line ends, full-width forms, invisible characters, page
 * numbers. The result keeps one line per input line so that positions stay meaningful.
 */
export function normalise(text: string): string {
  const lines = mapCharacters(text).split('\n');
  for (let i = 0; i < lines.length; i++) if (PAGE_NUMBER.test(lines[i]!)) lines[i] = '';
  return lines.join('\n');
}

/** What `\s` matches (and `trim` removes), by code unit. */
const WHITESPACE = new Uint8Array(0x10000);
for (const ch of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') WHITESPACE[ch.charCodeAt(0)] = 1;
WHITESPACE.fill(1, 0x2000, 0x200b);

export const isWhitespace = (code: number): boolean => WHITESPACE[code] === 1;

/** Whitespace and quotes: what a compact label leaves out. */
const LEFT_OUT = WHITESPACE.slice();
for (const ch of '"“”\'‘’「」『』') LEFT_OUT[ch.charCodeAt(0)] = 1;

/**
 * A label compared by keyword: no whitespace, no quotes. Every line of a report is compacted
 * once, so this is a loop over the code units rather than a pattern (a quarter faster).
 */
export function compactLabel(label: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < label.length; i++) {
    if (LEFT_OUT[label.charCodeAt(i)] === 0) continue;
    out += label.slice(kept, i);
    kept = i + 1;
  }
  return kept === 0 ? label : out + label.slice(kept);
}

/** A row's number as forms print it: （六）, 四、, 3. or 3、 — a row of the form, not a header that happens to name one. */
export const ROW_NUMBER = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|\d+[.、])/;

export function stripNumbering(label: string): string {
  return label.replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d+[、.,]?)/, '');
}
