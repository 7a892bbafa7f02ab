/**
 * Splitting a run of digits whose cell boundaries were lost (`640020470` → 64, 0, 0, 2, 0, 4, 70)
 * into numbers: every split with no leading zeros, spaces being sure boundaries. Bounded: past
 * `limit` splits, or past STEPS steps of the search, the answer is null (too many to choose
 * from): a run of eighty digits has more splits than any report needs.
 */

import { isPlainCount } from '../text/cell.js';

const MAX_DIGITS = 9;
/** Steps of one search: a real glued row of table 三 or 四 takes a few thousand. */
const STEPS = 200_000;

/** A run as its pieces: spaces and signs are boundaries that certainly were there. */
function pieces(run: string): string[] {
  return run
    .replace(/([+-])/g, ' $1')
    .trim()
    .split(/\s+/)
    .filter((p) => p !== '');
}

export function splitsOf(run: string, count: number, limit: number): number[][] | null {
  return split(pieces(run), count, limit, null);
}

/**
 * The splits of a table row whose last number is the sum of the others (…, 总计): the total is
 * tried first, from the end, and bounds the search for the parts. `limit` counts splits that
 * add up, not every split tried; null when there are too many to choose from.
 */
export function splitsAddingUp(run: string, parts: number, limit: number): number[][] | null {
  const all = pieces(run);
  const last = all.at(-1) ?? '';
  const out: number[][] = [];
  for (let length = 1; length <= Math.min(MAX_DIGITS, last.length); length++) {
    const digits = last.slice(-length);
    if (!/^\d+$/.test(digits) || (digits.length > 1 && digits[0] === '0')) continue;
    const total = Number(digits);
    const rest = last.slice(0, -length);
    const head = rest === '' ? all.slice(0, -1) : [...all.slice(0, -1), rest];
    const splits = split(head, parts, limit, total);
    if (splits === null) return null;
    for (const values of splits) out.push([...values, total]);
  }
  return out;
}

/** Numbers with no leading zero, at most MAX_DIGITS long, an optional sign in front. */
function isNumberText(text: string): boolean {
  const digits = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  return digits.length >= 1 && digits.length <= MAX_DIGITS && isPlainCount(digits);
}

/** Every split of the pieces into `count` numbers; with `sumTo`, only those that add up to it. */
function split(parts: string[], count: number, limit: number, sumTo: number | null): number[][] | null {
  const maxSum = sumTo ?? Infinity;
  const out: number[][] = [];
  const numbers: number[] = [];
  let sum = 0;
  let overflow = false;
  let steps = 0;
  // A piece is digits with at most a sign in front: its digits from `pos` on are counted, not searched.
  const signed = parts.map((p) => p[0] === '-' || p[0] === '+');
  const after: number[] = [];
  for (let i = parts.length - 1, n = 0; i >= 0; i--) {
    after[i] = n;
    n += parts[i]!.length - (signed[i] ? 1 : 0);
  }
  const digitsFrom = (part: number, pos: number): number => parts[part]!.length - pos - (pos === 0 && signed[part] ? 1 : 0) + after[part]!;
  const walk = (part: number, pos: number): void => {
    if (overflow) return;
    if (++steps > STEPS) {
      overflow = true;
      return;
    }
    // Each number still to come needs a digit of its own, and holds MAX_DIGITS at most.
    const left = part < parts.length ? digitsFrom(part, pos) : 0;
    if (left < count - numbers.length || left > (count - numbers.length) * MAX_DIGITS) return;
    if (part === parts.length) {
      if (numbers.length === count) {
        if (out.length >= limit) overflow = true;
        else out.push([...numbers]);
      }
      return;
    }
    const text = parts[part]!;
    if (pos === text.length) {
      walk(part + 1, 0);
      return;
    }
    if (numbers.length === count) return;
    // The last number of a split that must add up is the rest of the last piece, or nothing.
    if (sumTo !== null && numbers.length === count - 1) {
      const rest = text.slice(pos);
      if (part === parts.length - 1 && isNumberText(rest) && sum + Number(rest) === sumTo) {
        if (out.length >= limit) overflow = true;
        else out.push([...numbers, Number(rest)]);
      }
      return;
    }
    const sign = pos === 0 && signed[part] ? 1 : 0;
    const start = pos + sign;
    // No leading zeros: a 0 is a number of its own.
    const maxLength = text[start] === '0' ? 1 : MAX_DIGITS;
    const negative = sign === 1 && text[pos] === '-';
    for (let length = 1; length <= maxLength && start + length <= text.length; length++) {
      const digits = text.slice(start, start + length);
      if (!/^\d+$/.test(digits)) break;
      const value = negative ? -Number(digits) : Number(digits);
      if (sum + value > maxSum) break;
      numbers.push(value);
      sum += value;
      walk(part, start + length);
      sum -= value;
      numbers.pop();
    }
  };
  walk(0, 0);
  return overflow ? null : out;
}
