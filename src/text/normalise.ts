/** Page numbers that PDF extraction leaves between table rows: `-3-`, `— 5 —`, `第 3 页`. */
const PAGE_NUMBER = /^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/;

/**
 * Text normalisation for parsing: line ends, full-width forms, invisible characters, page
 * numbers. The result keeps one line per input line so that positions stay meaningful.
 */
export function normalise(text: string): string {
  return (
    text
      // CR LF and a lone CR end a line as LF does.
      .replace(/\r\n?/g, '\n')
      // Zero-width characters and soft hyphens: invisible, and they split keywords.
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      // Control characters other than tab and line feed, and the wide or fixed spaces, read as spaces.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      // Full-width forms (１，４６８ ｜ （）) as ASCII, and the minus sign as a hyphen.
      .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/\u2212/g, '-')
      .split('\n')
      .map((line) => (PAGE_NUMBER.test(line) ? '' : line))
      .join('\n')
  );
}

/** A label compared by keyword: no whitespace, no quotes. */
export function compactLabel(label: string): string {
  return label.replace(/[\s"“”'‘’「」『』]+/g, '');
}

/** A row's number as forms print it: （六）, 四、, 3. or 3、 — a row of the form, not a header that happens to name one. */
export const ROW_NUMBER = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|\d+[.、])/;

export function stripNumbering(label: string): string {
  return label.replace(/^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d+[、.,]?)/, '');
}
