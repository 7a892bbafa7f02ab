import { createRequire } from 'node:module';
import type { EncodingName } from '../types.js';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** False when two encodings scored close, or the bytes did not look like text. */
  confident: boolean;
  /** Lines that were not UTF-8 in a file that mostly is: read with the encoding that fits them. */
  foreignLines?: { count: number; encoding: EncodingName };
  /** Lines that fit no encoding, read with U+FFFD for the bad bytes. */
  invalidLines?: number;
  /** The charset a web page declared, as written, when its bytes are UTF-8 all the same (a crawler re-saved it). */
  declaredOtherwise?: string;
}

export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];

const SAMPLE = 64 * 1024;

/**
 * Characters frequent in these reports, in both scripts. Decoding GB bytes as Big5 (or the
 * reverse) yields valid but rare characters, so the right decoding is the one with more hits.
 */
const COMMON_TEXT =
  '的一是在不了有和人中大为上个国以要时来们到作地于出就分对成会可主发年动同工也能下过说产种面而方后多定行法所民得经十三之进等部度家' +
  '里如化高自二理起物现实加量都两体制机当使点从业本去性好应开合还因由其些然前外政四日社事平形相全表间样与关各重新内数正心反明看原' +
  '又利比或但第向道此变条结解问意建月公无系情者最立代已通并提直题程展五果料员位入常文总次品式活设及管特件长求基资流级少统接知较将' +
  '组见计别期根论农指区强放决被做必先回则任取据处给门保治造规领海导志增术交受联认共权收证改清再采转单务具万每目至达示议报信息申请' +
  '國為個們來時對會發動過說產種後學經進當點從業還現實體數問關開間樣與無係題條員總設計報資轉區決處規領導據權證單務議達傳辦請結縣鄉';

/** COMMON_TEXT by UTF-16 code unit (all of it is in the BMP): a lookup per character, not a string per character. */
const COMMON = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_TEXT.length; i++) COMMON[COMMON_TEXT.charCodeAt(i)] = 1;

function score(text: string): number {
  let hits = 0;
  let bad = 0;
  // Code units, not code points: a surrogate half is neither common nor U+FFFD, as its pair was not.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else hits += COMMON[code]!;
  }
  return hits - 20 * bad;
}

function bomOf(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The control bytes of a sample, counted once for both questions asked of them. */
interface Census {
  /** Bytes looked at: the first SAMPLE. */
  n: number;
  /** NUL bytes at even and at odd offsets, among the whole pairs of the sample. */
  even: number;
  odd: number;
  /** Every NUL byte of the sample, and the other control bytes no text has. */
  nul: number;
  control: number;
}

/** Other control bytes than tab, line ends, form feed and escape: no text has many. */
const isStrayControl = (b: number): boolean => b > 0 && b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;

/** The NUL and stray control bytes of the sample; NULs also by parity, among its whole pairs. */
function census(bytes: Uint8Array): Census {
  const sample = bytes.subarray(0, SAMPLE);
  const pairs = sample.length & ~1;
  const counts = { n: sample.length, even: 0, odd: 0, nul: 0, control: 0 };
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      counts.nul++;
      if (i < pairs) counts[i % 2 === 0 ? 'even' : 'odd']++;
    } else if (isStrayControl(b)) counts.control++;
  }
  return counts;
}

/** UTF-16 without a BOM shows NUL bytes on one parity: ASCII digits and line ends are common in reports. */
function utf16ByNulPattern({ n, even, odd }: Census): EncodingName | null {
  if (n < 4) return null;
  const pairs = (n & ~1) / 2;
  if (odd > pairs * 0.02 && even < odd / 8) return 'utf-16le';
  if (even > pairs * 0.02 && odd < even / 8) return 'utf-16be';
  return null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A file pasted together from sources in different encodings, or UTF-8 with damaged bytes:
 * each line is read as UTF-8 when it is, else as the legacy encoding that reads it best.
 * Returns null when the file is not mostly UTF-8.
 */
/**
 * Well-formed and broken UTF-8 multi-byte sequences, counted in one pass over the bytes: a GB or
 * Big5 file has hardly any well-formed ones, and is not worth reading line by line.
 */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function decodeByLine(bytes: Uint8Array): Decoded | null {
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid < 2 || valid * 4 < invalid) return null;
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  const utf8 = lines.map((line) => (hasNonAscii(line) ? tryUtf8(line) : null));
  const wide = utf8.filter((t) => t !== null).length;
  const failing = lines.filter((line, i) => utf8[i] === null && hasNonAscii(line));
  if (wide < 2 || wide < failing.length) return null;
  let invalidLines = 0;
  const counts = new Map<EncodingName, number>();
  const text = lines
    .map((line, i) => {
      const asUtf8 = utf8[i];
      if (asUtf8 !== null && asUtf8 !== undefined) return asUtf8;
      if (!hasNonAscii(line)) return decodeWith(line, 'utf-8');
      const [best, bestScore] = (['gb18030', 'big5'] as const).map((e) => [e, score(decodeWith(line, e))] as const).sort((a, b) => b[1] - a[1])[0]!;
      if (bestScore <= 0) {
        invalidLines++;
        return decodeWith(line, 'utf-8');
      }
      counts.set(best, (counts.get(best) ?? 0) + 1);
      return decodeWith(line, best);
    })
    .join('\n');
  const [foreign] = [...counts].sort((a, b) => b[1] - a[1]);
  return {
    text,
    encoding: 'utf-8',
    bom: false,
    confident: true,
    ...(foreign ? { foreignLines: { count: [...counts.values()].reduce((a, b) => a + b, 0), encoding: foreign[0] } } : {}),
    ...(invalidLines ? { invalidLines } : {}),
  };
}

/** The text when the bytes are UTF-8; a file cut mid-character still is (up to three dangling bytes). */
function strictUtf8Text(bytes: Uint8Array): string | null {
  const whole = tryUtf8(bytes);
  if (whole !== null) return whole;
  for (let cut = 1; cut <= Math.min(3, bytes.length); cut++) {
    if (tryUtf8(bytes.subarray(0, bytes.length - cut)) !== null) return decodeWith(bytes, 'utf-8');
  }
  return null;
}

type Iconv = typeof import('iconv-lite');
let iconv: Iconv | undefined;

export function decodeWith(bytes: Uint8Array, encoding: EncodingName): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes);
  // iconv-lite, loaded on first use (UTF-8 input never needs it): the GB family is always read as
  // gb18030 (its gbk decoder garbles 4-byte sequences), and its big5 is Big5-HKSCS, unlike TextDecoder's.
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

const CHARSETS: Record<string, EncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The encoding a web page declares (`<meta charset>` or `http-equiv … charset=`, in its first bytes), and its name as written. */
function declaredCharset(bytes: Uint8Array): { encoding: EncodingName; name: string } | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const name = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  const encoding = name === undefined ? undefined : CHARSETS[name.toLowerCase()];
  return name !== undefined && encoding !== undefined ? { encoding, name } : null;
}

/** Decode report bytes: BOM, a web page's declared charset, the UTF-16 NUL pattern, strict UTF-8, then GB18030 against Big5. */
export function decode(bytes: Uint8Array, forced?: EncodingName): Decoded {
  const bom = bomOf(bytes);
  if (forced) {
    const skip = bom && bom.encoding === forced ? bom.length : 0;
    return { text: decodeWith(bytes.subarray(skip), forced), encoding: forced, bom: skip > 0, confident: true };
  }
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, bom: true, confident: true };
  const declaration = declaredCharset(bytes);
  const declared = declaration?.encoding;
  // Pages lie about their charset: one that says UTF-8 but is not falls through to detection,
  // and one that says GB2312 but is strict UTF-8 (saved again as UTF-8 by a crawler that kept
  // the site's <meta>) is read as the UTF-8 its bytes are.
  if (declared) {
    const utf8 = strictUtf8Text(bytes);
    if (utf8 !== null && declared !== 'utf-8' && /[^\x00-\x7f]/.test(utf8))
      return { text: utf8, encoding: 'utf-8', bom: false, confident: true, declaredOtherwise: declaration!.name };
    if (declared !== 'utf-8' || utf8 !== null) return { text: decodeWith(bytes, declared), encoding: declared, bom: false, confident: true };
  }
  const utf16 = utf16ByNulPattern(census(bytes));
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, bom: false, confident: true };
  const utf8 = strictUtf8Text(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, confident: true };
  const byLine = decodeByLine(bytes);
  if (byLine) return byLine;
  const sample = bytes.subarray(0, SAMPLE);
  const asGb = decodeWith(sample, 'gb18030');
  const asBig5 = decodeWith(sample, 'big5');
  const gb = score(asGb);
  const big5 = score(asBig5);
  const encoding: EncodingName = big5 > gb ? 'big5' : 'gb18030';
  const best = Math.max(gb, big5);
  const confident = best > 0 && Math.abs(gb - big5) >= Math.max(3, best * 0.2);
  // Most reports fit in the sample: its decoding is the text.
  const text = sample.length === bytes.length ? (encoding === 'big5' ? asBig5 : asGb) : decodeWith(bytes, encoding);
  return { text, encoding, bom: false, confident };
}

/**
 * Bytes that are not text: NUL bytes (outside a UTF-16 pattern) or other control bytes in
 * numbers no text has. A stray NUL or two in a report is damage, not a binary file.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = census(bytes);
  if (bomOf(bytes) || utf16ByNulPattern(sample)) return false;
  return sample.nul > sample.n * 0.001 + 2 || sample.control > sample.n * 0.05;
}
