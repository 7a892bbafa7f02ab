const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105; digit by digit for 二〇二〇. */
export function chineseNumber(text: string): number {
  if (!/[十百千]/.test(text)) return Number([...text].map((c) => DIGITS[c] ?? 0).join(''));
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/**
 * Whether the words before a number make it approximate (约40件, 近百件, 占近六成, 超过90%): such a
 * figure is not read, so it is never compared. (40余件 and 40件左右 are not read either: their
 * digits do not end at the unit.)
 */
export function approximate(before: string): boolean {
  return /(?:约|近|逾|超过|多达)\s*$/.test(before);
}

/** A part of a list ends in its count and unit: 当面申请909件. */
const UNIT_AT_END = /(件|人次|条|次|人)$/;

/**
 * A part of a list, `<label><number><unit>` (当面申请909件): read from its end, so that a
 * clause of a hundred thousand digits costs one pass (a pattern with a lazy label backtracked
 * over every digit from every position). None when its figure is approximate.
 */
export function item(text: string): { label: string; value: number; unit: string } | null {
  const unit = UNIT_AT_END.exec(text)?.[1];
  if (unit === undefined) return null;
  let end = text.length - unit.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 0x30 && text.charCodeAt(start - 1) <= 0x39) start--;
  const label = text.slice(0, start);
  return start === end || approximate(label) ? null : { label, value: Number(text.slice(start, end)), unit };
}
