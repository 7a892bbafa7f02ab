import { columnLabel, rowLabel, TABLE_LABELS, type TableKey } from '../template/index.js';
import type { Fact } from '../types.js';

/** Table names as people say them: 表三, not the full heading. */
const TABLE_NAMES: Record<TableKey, string> = { active: '表二', requests: '表三', reviews: '表四', legacy: '统计指标表' };
const TEMPLATE_NAMES: Record<string, string> = { '2019': '2019年版', '2021': '2021年版' };

function num(value: number | null): string {
  return value === null ? '空' : String(Number(value.toFixed(6)));
}

function where(fact: Fact): string {
  const table = fact.table ? TABLE_NAMES[fact.table] : '';
  if (!fact.table) return table;
  const row = fact.row ? `「${rowLabel(fact.table, fact.row)}」行` : '';
  const column = fact.column ? `「${columnLabel(fact.table, fact.column)}」列` : '';
  return `${table}${row}${column}`;
}

/** Said of every error found in numbers that were split out of glued text. */
function recovered(fact: Fact): string {
  return fact.detail?.['recovered'] ? '（这些数由粘连的原文拆分还原）' : '';
}

function difference(fact: Fact): string {
  if (fact.left === null || fact.right === null) return '';
  return `，相差 ${num(Math.abs(fact.left - fact.right))}`;
}

/** What explains the broken identity: the one wrong cell, or why none can be named. */
function explanation(fact: Fact): string {
  const { suspect, table } = fact;
  if (suspect && table) {
    const cell = `「${rowLabel(table, suspect.row)}」「${columnLabel(table, suspect.column)}」`;
    return `；错的应是${cell}：印为 ${num(suspect.value)}，应为 ${num(suspect.expected)}`;
  }
  const candidates = fact.detail?.['candidates'];
  if (typeof candidates === 'number' && candidates > 1) return `；有 ${candidates} 个单元格改一处都能解释，无法断定哪一个错`;
  return '';
}

type Formatter = (fact: Fact, d: Record<string, string | number>) => string;

const MESSAGES: Record<string, Formatter> = {
  'requests.balance': (f) =>
    `${where(f)}：本年新收加上年结转 ${num(f.left)} 不等于办理结果总计加结转下年度 ${num(f.right)}${difference(f)}${explanation(f)}${recovered(f)}。`,
  'requests.total': (f) => `${where(f)}：（七）总计 ${num(f.left)} 不等于各项办理结果之和 ${num(f.right)}${difference(f)}${explanation(f)}${recovered(f)}。`,
  'requests.columns': (f) => `${where(f)}：总计 ${num(f.left)} 不等于各类申请人之和 ${num(f.right)}${difference(f)}${explanation(f)}${recovered(f)}。`,
  'reviews.total': (f) =>
    `${where(f)}：总计 ${num(f.left)} 不等于结果维持、结果纠正、其他结果、尚未审结之和 ${num(f.right)}${difference(f)}${explanation(f)}${recovered(f)}。`,
  'legacy.sum': (f) => `${where(f)}：${num(f.left)} 不等于其分项之和 ${num(f.right)}${difference(f)}${explanation(f)}。`,
  'legacy.bound': (f) => `${where(f)}：${num(f.left)} 小于其中所列各项之和 ${num(f.right)}${difference(f)}。`,
  'prose.breakdown': (f, d) =>
    `正文「${d['text']}」：其中所列各项之和 ${num(f.right)} ${d['complete'] ? '不等于' : '超过了'}总数 ${num(f.left)}${difference(f)}。`,
  'prose.percent': (f, d) => `正文「${d['text']}」：${d['part']} ÷ ${d['total']} = ${num(f.right)}%，与所写的 ${num(f.left)}% 不符。`,
  'prose.table': (f, d) =>
    f.table === 'requests'
      ? `正文「${d['text']}」与表三不符：表中本年新收 ${num(f.right)} 件${d['over'] ? `（加上年结转为 ${num(f.right! + Number(d['over']))} 件）` : ''}，正文为 ${num(f.left)} 件。`
      : `正文「${d['text']}」与表四不符：表中为 ${num(f.right)} 件，正文为 ${num(f.left)} 件。`,
  'continuity.carryover': (f, d) =>
    d['nextYear'] !== undefined
      ? `${where(f)}：结转下年度继续办理 ${num(f.left)} 不等于 ${d['nextYear']} 年报告（${d['nextFile']}）的上年结转 ${num(f.right)}${difference(f)}。`
      : `${where(f)}：上年结转 ${num(f.left)} 不等于 ${d['previousYear']} 年报告（${d['previousFile']}）的结转下年度继续办理 ${num(f.right)}${difference(f)}。`,
  'structure.tableMissing': (f) => `未找到${f.table ? TABLE_LABELS[f.table] : '统计表'}。`,
  'structure.tableEmpty': (f) => `${where(f)}（${f.table ? TABLE_LABELS[f.table] : ''}）有标题但读不出数字。`,
  'structure.rowMissing': (f) => `${where(f)}未找到。`,
  'structure.blankTables': () => '找到了统计表，但表中没有填写任何数字（空白的报告格式？），无可核对。',
  'structure.tableTruncated': (f, d) => `${where(f)}之后表格中断，其后 ${d['missing']} 行未找到。`,
  'structure.cellUnreadable': (f, d) =>
    d['digits'] !== undefined
      ? `${where(f)}的数字「${d['digits']}」无法拆成该行应有的单元格，未采用。`
      : d['tooLarge']
        ? `${where(f)}${d['line'] ? `（第 ${d['line']} 行）` : ''}有一个数大到不可能是件数（超过 2^53），该行未采用。`
        : `${where(f)}${d['line'] ? `（第 ${d['line']} 行）` : ''}读到 ${d['count']} 个数，应为 ${d['expected']} 个，该行未采用。`,
  'structure.blankTotal': (f) => `${where(f)}：总计一侧为空而另一侧为 ${num(f.left)}，跳过此项核对。`,
  'structure.blankParts': (f) => `${where(f)}：总计为 ${num(f.left)} 而各分项全部空白，跳过此项核对。`,
  'structure.mixedTemplate': (_f, d) =>
    `表二按${TEMPLATE_NAMES[d['active']!] ?? d['active']}格式，表三（六）其他处理却按${TEMPLATE_NAMES[d['requests']!] ?? d['requests']}格式。`,
  'structure.gluedCells': (f, d) => `${where(f)}${d['lines'] ? `有 ${d['lines']} 行` : ''}标签与数字粘连（复制网页时丢了分隔），无法分出单元格。`,
  'structure.recoveredCells': (f, d) =>
    d['series']
      ? `${where(f)}的数字在原文中粘连，已按相邻年度报告的历年累计（上年累计 + 本年 = 本年累计）拆分还原；这些数是推算拆分的，不是原文分隔好的。`
      : `${where(f)}的数字在原文中粘连，已还原 ${d['rows']} 行（按表格应满足的等式，或只有一种拆法）；这些数是推算拆分的，不是原文分隔好的。`,
  'structure.ambiguousCells': (f, d) =>
    d['ways'] === undefined
      ? `${where(f)}的数字「${d['digits']}」拆法太多，无法确定，未采用。`
      : `${where(f)}的数字「${d['digits']}」有 ${d['ways']} 种拆法同样说得通，无法确定，未采用。`,
  'structure.unknownFormat': () => '不像政府信息公开工作年度报告：没有统计表，也没有相关文字。',
  'input.empty': () => '文件是空的。',
  'input.binary': (_f, d) =>
    d['kind'] ? `文件是${d['kind']}，本工具不读这种格式；请另存为 PDF、Word（.docx）或网页（.html）后再查。` : '文件不是文本，也不是 PDF 或 Word 文件，无法读取。',
  'input.noText': (_f, d) => `PDF 的 ${d['pages']} 页都没有文字层（扫描件？），读不出表格；请先做文字识别（OCR）。`,
  'input.unreadable': (_f, d) => `文件无法读取：${d['reason'] ?? ''}。`,
  'input.encodingUncertain': (_f, d) => `无法确定文件编码，按 ${d['encoding']} 读取，文字可能有误。`,
  'input.mixedEncoding': (_f, d) => `文件混用了编码：${d['lines']} 行不是 UTF-8，已按 ${d['encoding']} 读取。`,
  'input.charsetMismatch': (_f, d) => `网页声明编码为 ${d['encoding']}，但内容是 UTF-8，已按 UTF-8 读取。`,
  'input.invalidBytes': (_f, d) => `文件有 ${d['lines']} 行含无效字节，已用 � 代替。`,
  'internal.ruleFailed': (_f, d) => `规则 ${d['failed']} 运行出错：${d['reason']}。`,
};

/** The one place where findings become sentences; JSON consumers never depend on this text. */
export function formatFact(fact: Fact): string {
  const format = MESSAGES[fact.rule];
  return format ? format(fact, fact.detail ?? {}) : `${fact.rule}${fact.table ? `：${where(fact)}` : ''}`;
}
