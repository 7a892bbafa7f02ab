import { Memo } from '../memo.js';
import type { Script } from '../types.js';

/**
 * Characters common in these reports whose Traditional and Simplified forms differ, as pairs.
 * Counting them tells the script without loading the converter.
 */
const PAIRS =
  '國国們们這这來来時时會会說说對对發发開开關关當当點点為为經经過过還还進进動动機机業业區区員员問问題题種种現现體体從从後后長长門门' +
  '電电話话學学應应產产總总計计劃划報报達达統统數数據据處处辦办請请結结轉转規规範范檔档資资訊讯網网與与級级務务監监聯联設设';

/** By UTF-16 code unit: 1 for a Traditional form, 2 for a Simplified one (all pairs are in the BMP). */
const SCRIPT_OF = new Uint8Array(0x10000);
for (let i = 0; i < PAIRS.length; i += 2) {
  SCRIPT_OF[PAIRS.charCodeAt(i)] = 1;
  SCRIPT_OF[PAIRS.charCodeAt(i + 1)] = 2;
}

/** Characters the script is told from: more say nothing new. */
const SAMPLE = 200_000;

/** The script of texts read in order (a document's running text and cells), from their first SAMPLE characters. */
export function detectScript(texts: Iterable<string>): Script {
  const counts = [0, 0, 0];
  let left = SAMPLE;
  for (const text of texts) {
    const end = Math.min(text.length, left);
    for (let i = 0; i < end; i++) counts[SCRIPT_OF[text.charCodeAt(i)]!]!++;
    left -= end;
    if (left === 0) break;
  }
  const [, traditional, simplified] = counts as [number, number, number];
  return traditional > simplified && traditional >= 3 ? 'traditional' : 'simplified';
}

/**
 * Phrases that mirror sites substitute with Taiwan vocabulary, as they read after character
 * conversion. opencc's own `twp` phrase table is not used: it rewrites ordinary mainland words
 * (执行→运行, 档案馆→文件馆), so only these report terms are undone. 档案 alone stays 档案.
 */
export const TAIWAN_PHRASES: readonly [string, string][] = [
  ['规范性档案', '规范性文件'],
  ['入口网站', '门户网站'],
  ['网际网路', '互联网'],
  ['资讯', '信息'],
  ['最佳化', '优化'],
];

type Converter = (text: string) => string;
let converter: Promise<Converter> | undefined;

/** Dictionaries in opencc's serialised form: `key value|key value|…`. */
const hasAsciiEntry = (dicts: unknown[]): boolean => dicts.flat(3).some((d) => typeof d !== 'string' || /[\x00-\x1f\x21-\x7b\x7d-\x7f]/.test(d));

/** Loaded on first use only: Simplified input never pays for the dictionaries. */
function loadConverter(): Promise<Converter> {
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/preset/t2cn')]).then(([core, preset]) => {
    const fromTw = preset.from['tw'];
    const toCn = preset.to['cn'];
    if (!fromTw || !toCn) throw new Error('opencc-js preset lacks tw→cn dictionaries');
    const convert = core.ConverterFactory(fromTw, toCn);
    const whole = (text: string): string => TAIWAN_PHRASES.reduce((out, [from, to]) => out.replaceAll(from, to), convert(text));
    return hasAsciiEntry([fromTw, toCn]) ? whole : byRuns(whole);
  });
  return converter;
}

/** Runs converted so far; emptied when full, so that a long batch does not grow it without end. */
const MAX_CACHED_RUNS = 20_000;
/** Longer runs are paragraphs, not met twice: remembering them would only hold memory. */
const MAX_CACHED_LENGTH = 200;

/** Text cut at ASCII characters: runs of other characters at even places, the ASCII between them at odd ones. */
const ASCII_RUNS = /([\x00-\x7f]+)/;

/**
 * No dictionary entry (nor a Taiwan phrase) holds an ASCII character: no conversion reaches
 * across one, and every ASCII character comes out as it went in. So a run of other characters
 * between two ASCII ones converts the same wherever it stands, and a run met before is looked
 * up instead of converted again: table labels and set phrases repeat from report to report, and
 * the dictionary walk costs ~0.1 µs a character. The runs not met before are converted in one
 * call, a line each (a call per run would cost more than it saves).
 */
function byRuns(convert: Converter): Converter {
  const cache = new Memo<string>(MAX_CACHED_RUNS);
  return (text) => {
    const parts = text.split(ASCII_RUNS);
    const unknown: number[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const known = cache.get(parts[i]!);
      if (known === undefined) unknown.push(i);
      else parts[i] = known;
    }
    if (unknown.length > 0) {
      const converted = convert(unknown.map((i) => parts[i]).join('\n')).split('\n');
      unknown.forEach((i, k) => {
        if (parts[i]!.length <= MAX_CACHED_LENGTH) cache.set(parts[i]!, converted[k]!);
        parts[i] = converted[k]!;
      });
    }
    return parts.join('');
  };
}

/** The Traditional → Simplified conversion, loaded on first use: for many texts (a document's cells) in turn. */
export const simplifier = (): Promise<(text: string) => string> => loadConverter();
