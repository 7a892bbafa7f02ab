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

export function detectScript(text: string): Script {
  const counts = [0, 0, 0];
  const end = Math.min(text.length, 200_000);
  for (let i = 0; i < end; i++) counts[SCRIPT_OF[text.charCodeAt(i)]!]!++;
  const [, traditional, simplified] = counts as [number, number, number];
  return traditional > simplified && traditional >= 3 ? 'traditional' : 'simplified';
}

/**
 * Phrases that mirror sites substitute with Taiwan vocabulary, as they read after character
 * conversion. opencc's own `twp` phrase table is not used: it rewrites ordinary mainland words
 * (执行→运行, 档案馆→文件馆), so only these report terms are undone. 档案 alone stays 档案.
 */
const TAIWAN_PHRASES: readonly [string, string][] = [
  ['规范性档案', '规范性文件'],
  ['入口网站', '门户网站'],
  ['网际网路', '互联网'],
  ['资讯', '信息'],
  ['最佳化', '优化'],
];

type Converter = (text: string) => string;
let converter: Promise<Converter> | undefined;

/** Loaded on first use only: Simplified input never pays for the dictionaries. */
function loadConverter(): Promise<Converter> {
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/preset/t2cn')]).then(([core, preset]) => {
    const fromTw = preset.from['tw'];
    const toCn = preset.to['cn'];
    if (!fromTw || !toCn) throw new Error('opencc-js preset lacks tw→cn dictionaries');
    return core.ConverterFactory(fromTw, toCn);
  });
  return converter;
}

export async function toSimplified(text: string): Promise<string> {
  const convert = await loadConverter();
  let out = convert(text);
  for (const [from, to] of TAIWAN_PHRASES) out = out.replaceAll(from, to);
  return out;
}
