import { columnLabel, rowLabel, type TableKey } from '../template/index.js';
import type { Located } from './entry.js';

/** Table names as people say them: 表三, not the full heading. */
export const TABLE_NAMES: Record<TableKey, string> = { active: '表二', requests: '表三', reviews: '表四', legacy: '统计指标表' };

export function num(value: number | null): string {
  return value === null ? '空' : String(Number(value.toFixed(6)));
}

/** 表三「本年新收」行「自然人」列: the table, row and column a finding points to, by their Chinese labels. */
export function where(at: Located): string {
  if (!at.table) return '';
  const row = at.row ? `「${rowLabel(at.table, at.row)}」行` : '';
  const column = at.column ? `「${columnLabel(at.table, at.column, at.row ?? undefined)}」列` : '';
  return `${TABLE_NAMES[at.table]}${row}${column}`;
}

/** Where a figure of the text is compared: one cell, or a group of cells named in words (表三「（三）不予公开」各项之和). */
export function cellsOf(at: Located, { cells }: { cells?: string }): string {
  return cells && at.table ? `${TABLE_NAMES[at.table]}${cells}` : where(at);
}

export function difference(at: Located): string {
  if (at.left === null || at.right === null) return '';
  return `，相差 ${num(Math.abs(at.left - at.right))}`;
}

/** One more identity that the finding's wrong cell breaks: told inside that finding, so that one typo is one error. */
export interface AlsoBroken {
  rule: string;
  row: string | null;
  column: string | null;
  left: number;
  right: number;
}

/**
 * What an identity rule's finding may add: how many cells could explain it, whether its numbers
 * were split out of glued text, and the other identities its one wrong cell breaks.
 */
export interface Explained {
  candidates?: number;
  recovered?: 1;
  identities?: AlsoBroken[];
  /** The parts were all blank: zeros, since the report prints no 0 anywhere. */
  blanksAsZeros?: 1;
}

/** Each identity as a person states it, for a finding that lists the others one cell breaks. */
const IDENTITY_CLAIMS: Record<string, string> = {
  'requests.balance': '本年新收加上年结转等于办理结果总计加结转下年度',
  'requests.total': '（七）总计等于各项办理结果之和',
  'requests.columns': '总计等于各类申请人之和',
  'reviews.total': '总计等于各项结果之和',
  'legacy.sum': '总数等于分项之和',
};

/** The other identities the same wrong cell breaks, each with its two sides. */
export function alsoBroken(at: Located, { identities = [] }: Explained): string {
  const told = identities.map((i) => `${where({ ...at, row: i.row, column: i.column })}${IDENTITY_CLAIMS[i.rule] ?? ''}（${num(i.left)} ≠ ${num(i.right)}）`);
  return told.length ? `；这一处错误同时使${told.join('、')}不成立` : '';
}

/** What explains the broken identity: the one wrong cell, or why none can be named. */
export function explanation(at: Located, { candidates }: Explained): string {
  const { suspect, table } = at;
  if (suspect && table) {
    const cell = `「${rowLabel(table, suspect.row)}」「${columnLabel(table, suspect.column)}」`;
    return `；错的应是${cell}：印为 ${num(suspect.value)}，应为 ${num(suspect.expected)}`;
  }
  if (candidates !== undefined && candidates > 1) return `；有 ${candidates} 个单元格改一处都能解释，无法断定哪一个错`;
  return '';
}

/** Said of every error found in numbers that were split out of glued text, or in blanks read as zeros. */
export function recovered({ recovered, blanksAsZeros }: Explained): string {
  const zeros = blanksAsZeros ? '（本报告的零一律留空，空白单元格按 0 计）' : '';
  return `${zeros}${recovered ? '（这些数由粘连的原文拆分还原）' : ''}`;
}

/** The sentence of a broken identity: where, what against what, by how much, and which cell. */
export function broken(at: Located, detail: Explained, claim: string): string {
  return `${where(at)}：${claim}${difference(at)}${explanation(at, detail)}${alsoBroken(at, detail)}${recovered(detail)}。`;
}

/** A list's details: the sentence, why it must add up exactly (if it must), and each reading's total. */
export interface ListDetail {
  text: string;
  complete: 'catchAll' | 'shares' | 'respectively' | 'results' | null;
  readings: { label: string; total: number; holds: boolean }[];
}

const WHY_COMPLETE: Record<NonNullable<ListDetail['complete']>, string> = {
  catchAll: '列有“其他”一项，各项应合为总数',
  shares: '各项占比合计为 100%，各项应合为总数',
  respectively: '“分别为”列出的各项应合为总数',
  results: '各项结果应合为总数',
};

/** A sentence quoted whole up to 120 characters, and cut with an ellipsis past that; its tabs and breaks as spaces. */
export const quote = (sentence: string): string => {
  const text = sentence.replace(/\s+/g, ' ').trim();
  return text.length <= 120 ? text : `${text.slice(0, 119)}…`;
};

/** What is wrong with the sum of a list's parts, for its total `at.left` and sum `at.right`. */
export const listSum = (at: Located, d: ListDetail): string =>
  d.complete
    ? `所列各项之和 ${num(at.right)} 不等于总数 ${num(at.left)}${difference(at)}（${WHY_COMPLETE[d.complete]}）`
    : `所列各项之和 ${num(at.right)} 超过了总数 ${num(at.left)}${difference(at)}`;
