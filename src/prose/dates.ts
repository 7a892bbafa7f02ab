import type { ProseFigure } from '../types.js';
import { chineseNumber } from './numbers.js';

/**
 * The years and the date a report states about itself: the statistics period (统计期限自2012年1月1日
 * 起至2012年12月31日), the year in a table's heading (2012年度 历年累计; 2012年政府信息公开情况统计表),
 * and the date it was signed (a date standing alone after the last sentence: …服务。 二○一四年一月十日).
 * Figures `year.period`, `year.heading` (a year), `date.periodEnd` and `date.signed` (yyyymmdd).
 */

const NUMERAL = '[〇○零一二三四五六七八九十]';
const DATE = new RegExp(`((?:19|20)\\d{2}|${NUMERAL}{4})\\s*年\\s*(\\d{1,2}|${NUMERAL}{1,3})\\s*月\\s*(\\d{1,3}|${NUMERAL}{1,3})\\s*日`, 'g');
const PERIOD = /统计(?:期限|时限|时间|期)[^。；;]{0,12}?((?:19|20)\d{2})年1月1日/;
const DIGIT_DATE = '((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
/**
 * Where the text says its figures end: the end of a stated period (统计期限自…起至2015年12月31日止),
 * or the day its data run to (本报告所列数据截止2015年12月26日; 统计数据截至…). A 截至 that is not
 * of the data (截至12月14日，网站累计收件…) says nothing of the report's period.
 */
const PERIOD_ENDS = [
  new RegExp(`统计(?:期限|时限|时间|期)[^。；;]{0,30}?至\\s*${DIGIT_DATE}`),
  new RegExp(`(?:数据|统计)[^。；;，,]{0,20}?(?:截止|截至)(?:到)?\\s*${DIGIT_DATE}`),
];
const HEADING = /((?:19|20)\d{2})年度?\s*(?:历年累计|(?:政府信息公开)?(?:工作)?(?:情况)?统计表)/;

/** A year or a day's number written in digits or in Chinese numerals (二○一四, 十). */
function numberOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : chineseNumber(text.replace(/○/g, '〇'));
}

/**
 * A date that stands alone, as a signature does: after the end of a sentence, an agency's name or
 * a line break (…服务。 二○一四年一月十日; 平潭县人民政府 2013年1月16日), and closing the body: at
 * the end of its line or of the text, or before the attachment or table that follows (附件1：…;
 * …情况统计表). A date that goes on into a sentence (统计期限自 2023 年 1 月 1 日 起至…; 2023年12月20日
 * 市政府召开…) is none.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = /(\S?)(\s*)$/.exec(text.slice(Math.max(0, start - 40), start))!;
  const after = text.slice(end, end + 40);
  const leads =
    before[1] === '' || before[2]!.includes('\n') || /[。）)]/.test(before[1]!) || (before[2] !== '' && /[府局委办院厅心会室处所站馆]/.test(before[1]!));
  const closes = /^[ \t]*(?:\n|$)/.test(after) || /^\s+(?:附|[^。，,；;]{0,30}表)/.test(after);
  return leads && closes;
}

function signed(text: string): ProseFigure | null {
  let last: ProseFigure | null = null;
  for (const match of text.matchAll(DATE)) {
    if (!standsAlone(text, match.index, match.index + match[0].length)) continue;
    const [year, month, day] = [match[1]!, match[2]!, match[3]!].map(numberOf);
    if (month! < 1 || month! > 12 || day! < 1 || day! > 31) continue;
    last = { key: 'date.signed', value: year! * 10000 + month! * 100 + day!, unit: 'date', text: match[0] };
  }
  return last;
}

/**
 * The year a sentence of figures opens with (2022年，全区收到政府信息公开申请75件…): the year the text
 * says its figures are of. Plans (2024年，我区将…) state none.
 */
const OPENING_YEAR = /^\s*(?:[一二三四五六七八九十]+、[^\d。]{0,12}?)?((?:19|20)\d{2})\s*年度?(?:[，,]|(?=全|本|我))/;
/** A count: the lookbehind starts it at the first digit of a run (a run of 100,000 digits is tried once, not at each digit). */
const COUNTS = /(?<!\d)\d+\s*(?:件|条|人次|起|次)/;
/** Whose figures a report gives: applications, publications, reviews, lawsuits, complaints. */
const ABOUT_DISCLOSURE = /申请|公开|复议|诉讼|投诉|举报/;
const PLAN = /将|计划|拟|力争/;

export function extractStatedYear(sentences: readonly string[]): ProseFigure | null {
  for (const sentence of sentences) {
    const year = OPENING_YEAR.exec(sentence);
    if (!year || !COUNTS.test(sentence) || !ABOUT_DISCLOSURE.test(sentence) || PLAN.test(sentence)) continue;
    // A sentence that names other years too compares them (2022年收到50件，2023年收到60件): it is not
    // copied. The next year it carries applications over to (结转至2026年) names no other year of figures.
    const years = sentence.replace(/结转(?:至|到)\s*(?:19|20)\d{2}\s*年/g, '').match(/(?:19|20)\d{2}(?=\s*年)/g);
    if (new Set(years).size > 1) continue;
    const text = sentence.slice(sentence.indexOf(year[1]!)).trim();
    return { key: 'year.stated', value: Number(year[1]), unit: '年', text: text.length > 60 ? `${text.slice(0, 60)}…` : text };
  }
  return null;
}

/** The last day of the figures, where the text states it (`date.periodEnd`, yyyymmdd). */
function periodEnd(text: string): ProseFigure | null {
  for (const pattern of PERIOD_ENDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { key: 'date.periodEnd', value: year * 10000 + month * 100 + day, unit: 'date', text: match[0] };
  }
  return null;
}

export function extractDates(text: string): ProseFigure[] {
  const figures: ProseFigure[] = [];
  const period = PERIOD.exec(text);
  if (period) figures.push({ key: 'year.period', value: Number(period[1]), unit: '年', text: period[0] });
  const end = periodEnd(text);
  if (end) figures.push(end);
  const heading = HEADING.exec(text);
  if (heading) figures.push({ key: 'year.heading', value: Number(heading[1]), unit: '年', text: heading[0] });
  const date = signed(text);
  if (date) figures.push(date);
  return figures;
}
