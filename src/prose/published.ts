import type { ProseFigure } from '../types.js';
import { approximate, item } from './numbers.js';

/**
 * What the text says was published (主动公开): the year's total, its split by office in the
 * sentences after it (其中，区直…主动公开政府信息1397条，占73%。各乡镇…534条，占27%), and its split by
 * category (在…主动公开的1913条政府信息中，…行政许可类信息145条，占8.05%；…). Keys: `published.total`
 * with parts `published.part<n>`; `categories.total` with parts `categories.part<n>`; a part's
 * share is `<part key>.percent`. Text in, as extract.ts prepares it (numbers as digits, one line).
 */

const TOTAL = /主动公开(?:政府)?信息(?:数)?(?:为|共|共计)?\s*(\d+)\s*条/;
/** An office's share of the total: …各乡镇主动公开政府信息534条，占27%. */
const OFFICE_PART = /主动公开(?:政府)?信息(\d+)条[，,]\s*占([^，,；;。\d]{0,6}?)(\d+(?:\.\d+)?)%/g;
const CATEGORY_TOTAL = /主动公开的\s*(\d+)\s*条(?:政府)?信息中[，,]?/;
/** One category's clause ends in its share (行政许可类信息145条，占8.05%); its count is read from the end of what is before. */
const SHARE_AT_END = /[，,]\s*占([^，,；;。\d]{0,6}?)(\d+(?:\.\d+)?)%$/;

/** A part and its share, in the order the text gives them. */
function withShare(key: string, value: number, percent: string, text: string): ProseFigure[] {
  return [
    { key, value, unit: '条', text },
    { key: `${key}.percent`, value: Number(percent), unit: '%', text },
  ];
}

/** The office parts in the rest of the total's sentence and the sentences after it, up to the first of those that lists none. */
function officeParts(rest: string, sentences: readonly string[]): ProseFigure[] {
  const figures: ProseFigure[] = [];
  for (const [i, sentence] of [rest, ...sentences].entries()) {
    const parts = [...sentence.matchAll(OFFICE_PART)];
    if (parts.length === 0 && i > 0) break;
    let done = 0;
    for (const { 0: phrase, 1: value, 2: about, 3: percent, index } of parts) {
      // The office is named in the clause before the phrase (各乡镇主动公开…), after the last part.
      const between = sentence.slice(done, index);
      const start = done + Math.max(...['，', ',', '；', ';'].map((mark) => between.lastIndexOf(mark) + 1));
      done = index + phrase.length;
      if (approximate(about!)) continue;
      figures.push(...withShare(`published.part${figures.length / 2 + 1}`, Number(value), percent!, sentence.slice(start, done).trim()));
    }
  }
  return figures;
}

function categories(sentence: string): ProseFigure[] {
  const total = CATEGORY_TOTAL.exec(sentence);
  if (!total) return [];
  const figures: ProseFigure[] = [{ key: 'categories.total', value: Number(total[1]), unit: '条', text: total[0] }];
  for (const clause of sentence.slice(total.index + total[0].length).split(/[；;]/)) {
    const text = clause.trim();
    const share = SHARE_AT_END.exec(text);
    const part = share && !approximate(share[1]!) ? item(text.slice(0, share.index)) : null;
    if (share && part && part.unit === '条' && part.label !== '')
      figures.push(...withShare(`categories.part${(figures.length + 1) / 2}`, part.value, share[2]!, text));
  }
  return figures.length > 1 ? figures : [];
}

export function extractPublished(sentences: readonly string[]): ProseFigure[] {
  const at = sentences.findIndex((s) => !s.includes('累计') && TOTAL.test(s));
  if (at < 0) return [];
  const match = TOTAL.exec(sentences[at]!)!;
  const total: ProseFigure = { key: 'published.total', value: Number(match[1]), unit: '条', text: match[0] };
  const afterTotal = sentences[at]!.slice(match.index + match[0].length);
  const category = sentences.map(categories).find((found) => found.length > 0) ?? [];
  return [total, ...officeParts(afterTotal, sentences.slice(at + 1)), ...category];
}
