import { Chalk, type ChalkInstance } from 'chalk';
import { TEMPLATE_NAMES } from './names.js';
import Table from 'cli-table3';
import type { Summary } from '../run/summary.js';
import { num } from '../findings/phrases.js';
import { markKey, marksOf, type Marks } from './marks.js';
import { STATUS_NAMES, uncovered } from '../coverage.js';
import { ACTIVE_ROWS, LEGACY_ROWS, LOCAL_LEGACY_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS, TABLE_LABELS } from '../template/index.js';
import type { Cell, Finding, Report } from '../types.js';
import { sanitise } from './sanitise.js';

export interface PeopleOptions {
  color: boolean;
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

function painter(options: PeopleOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

/** cli-table3 paints its own head and border colours even into pipes: turn them off, colour cells ourselves. */
function newTable(head: string[]): Table.Table {
  return new Table({
    head,
    style: { head: [], border: [] },
    colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')),
    // No rule between body rows: table 三 has 25 of them.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

function show(value: Cell, signed = false): string {
  if (value === null) return '—';
  return signed && value > 0 ? `+${value}` : String(value);
}

/** Row labels short enough for a terminal: the long explanations in brackets and after 、 are dropped. */
function shortLabel(label: string): string {
  return label.replace(/（区分处理.*$/, '').replace(/、行政机关不再处理.*$/, '');
}

/** Cells to mark, keyed `row column`, with the text to show there. */
/** A cell as printed, the wrong one as `printed→expected`, the others of a broken identity starred. */
function mark(marks: Marks | undefined, row: string, column: string, value: Cell, c: ChalkInstance): string {
  const note = marks?.get(markKey(row, column));
  if (note === undefined) return show(value);
  return c.red.bold(note.kind === 'suspect' ? `${show(value)}→${num(note.expected)}` : `${show(value)}*`);
}

function activeTables(report: Report, c: ChalkInstance): string[] {
  const active = report.tables.active;
  if (!active) return [];
  const template = report.template === '2019' ? '2019' : '2021';
  const groups = new Map<string, Table.Table>();
  for (const def of ACTIVE_ROWS[template]) {
    const row = active[def.key];
    if (!row) continue;
    const signature = def.fields.map((f) => f.key).join(',');
    if (!groups.has(signature)) groups.set(signature, newTable(['信息内容', ...def.fields.map((f) => f.label)]));
    groups.get(signature)!.push([def.label, ...def.fields.map((f) => show(row[f.key] ?? null, f.key === 'change'))]);
  }
  return [c.bold(TABLE_LABELS.active), ...[...groups.values()].map((t) => t.toString())];
}

export function requestsTable(report: Report, c: ChalkInstance, marks?: Marks): string[] {
  const requests = report.tables.requests;
  if (!requests) return [];
  const table = newTable(['', ...REQUEST_COLUMNS.map((col) => col.label)]);
  for (const def of REQUEST_ROWS) {
    const values = requests.rows[def.key];
    if (!values) continue;
    const label = 'group' in def && def.group && /^\d/.test(def.label) ? `${def.group.slice(0, 3)} ${def.label}` : def.label;
    table.push([shortLabel(label), ...REQUEST_COLUMNS.map((col, i) => mark(marks, def.key, col.key, values[i] ?? null, c))]);
  }
  return [c.bold(TABLE_LABELS.requests), table.toString()];
}

function reviewsTable(report: Report, c: ChalkInstance, marks?: Marks): string[] {
  const reviews = report.tables.reviews;
  if (!reviews) return [];
  const table = newTable(['', ...REVIEW_FIELDS.map((f) => f.label)]);
  for (const group of REVIEW_GROUPS) table.push([group.label, ...REVIEW_FIELDS.map((f) => mark(marks, group.key, f.key, reviews[group.key][f.key], c))]);
  return [c.bold(TABLE_LABELS.reviews), table.toString()];
}

function header(report: Report, c: ChalkInstance): string[] {
  const { source } = report;
  const encoding = source.encoding ? ENCODING_NAMES[source.encoding] : '未知';
  const script = source.converted ? '，繁体已转简体' : '';
  return [
    c.bold(sanitise(source.path)),
    `  标题：${sanitise(report.title ?? '未识别')}`,
    `  机关：${sanitise(report.agency ?? '未识别')}    年度：${report.year ?? '未识别'}    格式：${TEMPLATE_NAMES[report.template]}`,
    `  编码：${encoding}${source.bom ? '（带 BOM）' : ''}${script}    ${source.bytes} 字节`,
  ];
}

function severityTag(finding: Finding, c: ChalkInstance): string {
  if (finding.severity === 'error') return c.red('错误');
  if (finding.severity === 'warning') return c.yellow('警告');
  return c.cyan('提示');
}

export function findingLine(finding: Finding, c: ChalkInstance): string {
  return `  ${severityTag(finding, c)} ${c.dim(finding.rule)} ${sanitise(finding.message)}`;
}

/** The 统计指标 table: each row the report printed, its unit, the year's figure and the cumulative one. */
function legacyTable(report: Report, c: ChalkInstance): string[] {
  const legacy = report.tables.legacy;
  if (!legacy) return [];
  const cumulative = Object.keys(legacy).some((k) => k.endsWith('.cumulative'));
  const table = newTable(['统计指标', '单位', '本年', ...(cumulative ? ['历年累计'] : [])]);
  // A table with cumulative figures is the local 指标名称 form: its own labels and units first.
  const defs = cumulative ? [...LOCAL_LEGACY_ROWS, ...LEGACY_ROWS] : [...LEGACY_ROWS, ...LOCAL_LEGACY_ROWS];
  for (const [key, value] of Object.entries(legacy)) {
    if (key.endsWith('.cumulative')) continue;
    const def = defs.find((r) => r.key === key);
    const row = [def?.label ?? key, def?.unit ?? '', show(value)];
    table.push(cumulative ? [...row, show(legacy[`${key}.cumulative`] ?? null)] : row);
  }
  return [c.bold(TABLE_LABELS.legacy), table.toString()];
}

/** Figures stated in the text, with the phrase each came from. */
function proseLines(report: Report, c: ChalkInstance): string[] {
  if (report.prose.length === 0) return [];
  return [
    c.bold('正文所述数字'),
    ...report.prose.map((f) => `  ${f.key} = ${f.value}${f.unit === '%' ? '%' : ` ${f.unit ?? ''}`}  ${c.dim(sanitise(f.text))}`),
  ];
}

/** `parse` for people: the metadata, each table in its Chinese labels, then what went wrong reading it. */
export function renderReport(report: Report, options: PeopleOptions): string {
  const c = painter(options);
  const tables = [...activeTables(report, c), ...requestsTable(report, c), ...reviewsTable(report, c), ...legacyTable(report, c)];
  const parts = [...header(report, c), ...tables, ...proseLines(report, c)];
  if (report.findings.length) parts.push(...report.findings.map((f) => findingLine(f, c)));
  return `${parts.join('\n')}\n\n`;
}

/**
 * The cells the errors point at, each drawn as the report printed it: the wrong cell with the
 * value it should have beside it (61→60), every other cell of a broken identity starred (2898*).
 */

export interface CheckPeopleOptions extends PeopleOptions {
  showTable: boolean;
  /** --quiet: the errors only, as eslint's --quiet. */
  errorsOnly: boolean;
}

/** `check` for people: the file, one line per finding, and with --show-table the tables with the broken cells marked. */
export function renderChecked(report: Report, options: CheckPeopleOptions): string {
  const c = painter(options);
  const shown = options.errorsOnly ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  const lines = [c.bold(sanitise(report.source.path)), ...statusLines(report, c), ...shown.map((f) => findingLine(f, c))];
  if (options.showTable && report.findings.some((f) => f.table === 'requests' || f.table === 'reviews')) {
    const marks = marksOf(report);
    lines.push(...requestsTable(report, c, marks), ...reviewsTable(report, c, marks));
  }
  return `${lines.join('\n')}\n\n`;
}

/** A report not checked whole says so first: what was not read or not checked. */
function statusLines(report: Report, c: ChalkInstance): string[] {
  if (report.status !== 'partial' || !report.coverage) return [];
  return [`  ${c.magenta(STATUS_NAMES.partial)} 未能全部核对：${uncovered(report.coverage).join('；')}`];
}

export function renderSummary(summary: Summary, options: PeopleOptions): string {
  const c = painter(options);
  const errors = summary.errors ? c.red(`${summary.errors} 个错误`) : '0 个错误';
  const warnings = summary.warnings ? c.yellow(`${summary.warnings} 个警告`) : '0 个警告';
  const counts: [number, string][] = [
    [summary.clean, `${summary.clean} 个${STATUS_NAMES.clean}`],
    [summary.withErrors, `${summary.withErrors} 个${STATUS_NAMES.errors}`],
    [summary.partial, `${summary.partial} 个${STATUS_NAMES.partial}（有表未读全或有核对未做，见各文件）`],
    [summary.blank, `${summary.blank} 个${STATUS_NAMES.blank}（有表无数，无可核对）`],
    [summary.unread, `${summary.unread} 个${STATUS_NAMES.unread}`],
  ];
  // 核对无误 and 有错 are always said; the other states only when they occur.
  const said = counts.filter(([n], i) => i < 2 || n > 0).map(([, text]) => text);
  return `${summary.files} 个文件：${said.join('，')}；${errors}，${warnings}。\n`;
}
