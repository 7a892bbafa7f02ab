import { fact } from '../findings/fact.js';
import type { About, ProseRule } from './types.js';

/** yyyymmdd → the figures of the date. */
const parts = (date: number): [number, number, number] => [Math.floor(date / 10000), Math.floor(date / 100) % 100, date % 100];

/**
 * The day a report had to be out by. Since the 2019 条例 (reports on 2019 on): a people's government
 * by 3月31日, any other body (its departments and offices) by 1月31日; before, 3月31日 for all.
 */
export function deadline({ year, agency }: About): { date: number; rule: string } | null {
  if (year === null) return null;
  const government = agency !== null && /人民政府$/.test(agency);
  if (year >= 2019 && !government) return { date: (year + 1) * 10000 + 131, rule: '各级行政机关应于每年1月31日前公布上一年度报告' };
  return { date: (year + 1) * 10000 + 331, rule: year >= 2019 ? '县级以上人民政府应于每年3月31日前公布上一年度报告' : '应于每年3月31日前公布上一年度报告' };
}

/**
 * A report signed before its figures end cannot hold them: before the end of the period it states
 * (统计期限…至, 数据截止…), else before the year it reports on had ended. A period that ends before
 * the year does is said in a note: the figures are not the whole year's.
 */
export const dateEarly: ProseRule = {
  id: 'date.early',
  emits: ['date.periodShort'],
  check(prose, _tables, { year }) {
    const signed = prose.find((f) => f.key === 'date.signed');
    const end = prose.find((f) => f.key === 'date.periodEnd');
    const short = end && year !== null && end.value < year * 10000 + 1231 && Math.floor(end.value / 10000) === year;
    const notes = short ? [fact('date.periodShort', { left: end.value, right: year, detail: { text: end.text, end: dayOf(end.value) } })] : [];
    if (!signed || year === null) return notes;
    const early = end ? signed.value < end.value : parts(signed.value)[0] <= year;
    if (!early) return notes;
    const detail = { text: signed.text, year, ...(end ? { end: dayOf(end.value) } : {}) };
    return [fact('date.early', { left: signed.value, right: year, detail }), ...notes];
  },
};

/** yyyymmdd as a person writes it: 2015年12月26日. */
function dayOf(date: number): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

/** Signed after the legal deadline: a note, not an error (the date signed is not always the date published). */
export const dateLate: ProseRule = {
  id: 'date.late',
  check(prose, _tables, about) {
    const signed = prose.find((f) => f.key === 'date.signed');
    const due = deadline(about);
    if (!signed || !due || signed.value <= due.date) return [];
    const [y, m, d] = parts(due.date);
    return [fact('date.late', { left: signed.value, right: due.date, detail: { text: signed.text, due: `${y}年${m}月${d}日`, rule: due.rule } })];
  },
};
