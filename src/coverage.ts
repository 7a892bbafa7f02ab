import { TABLE_NAMES } from './findings/phrases.js';
import type { FindingId } from './findings/catalogue.js';
import type { TableKey } from './template/index.js';
import type { Finding, Report, Template } from './types.js';
import type { Evaluated } from './rules/suspect.js';
import { hasNumber } from './tables/numbers.js';
import { isStatedFigure } from './prose/extract.js';

/** How much of one table the form requires was read. */
export type TableState = 'whole' | 'partial' | 'missing' | 'unreadable';

export interface TableCoverage {
  state: TableState;
  /** Why it is not whole, in words a person can act on; null when it is. */
  reason: string | null;
  /** The rows (keys) that were not read, where some were. */
  rows: string[];
}

/** What a check covered: each table the template requires, and the identities checked and skipped. */
export interface Coverage {
  tables: Partial<Record<TableKey, TableCoverage>>;
  checks: {
    /** Identities of the tables that were checked (held or broken). */
    checked: number;
    /** Identities that could not be checked: a total or all its parts left blank. */
    skipped: number;
    /** Rules of ours that failed on this report. */
    failed: string[];
  };
}

/**
 * How a checked report fared, as SPEC §5 names it: 有错, 部分核对 (something required was not
 * read whole or not checked), 核对无误, 未填写 (a blank form), 未读出 (nothing read).
 */
export type Status = 'errors' | 'partial' | 'clean' | 'blank' | 'unread';

export const STATUS_NAMES: Record<Status, string> = { errors: '有错', partial: '部分核对', clean: '核对无误', blank: '未填写', unread: '未读出' };

/** The tables each form requires; a report with figures only in its text requires none. */
function requiredTables(template: Template): TableKey[] {
  if (template === 'legacy') return ['legacy'];
  if (template === 'prose') return [];
  return ['active', 'requests', 'reviews'];
}

/** What a reading finding means for the table it names, most serious first. */
const READ_AS: [FindingId, TableState, (rows: number) => string][] = [
  ['structure.tableMissing', 'missing', () => '报告中没有找到这张表'],
  ['structure.tableEmpty', 'unreadable', () => '只找到表的标题，读不出单元格：表格可能是图片，或是扫描件'],
  ['structure.gluedCells', 'unreadable', () => '标签与数字粘连，分不出单元格'],
  ['structure.tableTruncated', 'partial', (n) => `表格中断，${n} 行未读到`],
  ['structure.rowMissing', 'partial', (n) => `${n} 行未找到`],
  ['structure.cellUnreadable', 'partial', (n) => `${n} 处数字无法拆成应有的单元格，未采用`],
  ['structure.ambiguousCells', 'partial', (n) => `${n} 处粘连的数字有几种拆法，未采用`],
  ['ocr.unsureCells', 'partial', (n) => `${n} 个单元格文字识别不确定`],
];

/** How many of a reading finding's things a reason counts: rows, or the cells or rows its detail says. */
function counted(rule: FindingId, met: readonly Finding[], rows: number): number {
  if (rule === 'structure.tableTruncated') return (met[0]!.detail as { missing?: number }).missing ?? 0;
  if (rule === 'ocr.unsureCells') return (met[0]!.detail as { cells: unknown[] }).cells.length;
  return rows || met.length;
}

function tableCoverage(table: TableKey, findings: readonly Finding[], read: boolean): TableCoverage {
  const about = findings.filter((f) => f.table === table);
  const reasons: string[] = [];
  const rows = new Set<string>();
  let state: TableState = 'whole';
  for (const [rule, means, reason] of READ_AS) {
    const met = about.filter((f) => f.rule === rule);
    if (met.length === 0) continue;
    const metRows = met.map((f) => f.row).filter((r): r is string => r !== null);
    metRows.forEach((r) => rows.add(r));
    reasons.push(reason(counted(rule, met, metRows.length)));
    // READ_AS runs most serious first: the first finding met sets the state.
    if (state === 'whole') state = means;
  }
  // A table not read though no finding names it: the tables were never found (a scan, a picture).
  if (!read && state === 'whole') return { state: 'missing', reason: '报告中没有找到这张表', rows: [] };
  if (read && state !== 'whole' && state !== 'partial') state = 'partial';
  return { state, reason: reasons.length ? reasons.join('；') : null, rows: [...rows] };
}

/** Each required table's state and the identities checked: what the verdict may claim. */
export function coverageOf(report: Report, evaluated: readonly Evaluated[]): Coverage {
  const tables: Coverage['tables'] = {};
  for (const table of requiredTables(report.template)) tables[table] = tableCoverage(table, report.findings, report.tables[table] !== null);
  return {
    tables,
    checks: {
      checked: evaluated.filter((e) => e.status === 'holds' || e.status === 'broken').length,
      skipped: evaluated.filter((e) => e.status === 'blankTotal' || e.status === 'blankParts').length,
      failed: report.findings.filter((f) => f.rule === 'internal.ruleFailed').map((f) => (f.detail as { failed: string }).failed),
    },
  };
}

/** Whether everything the form requires was read whole and checked. */
export function isComplete(coverage: Coverage): boolean {
  return Object.values(coverage.tables).every((t) => t.state === 'whole') && coverage.checks.skipped === 0 && coverage.checks.failed.length === 0;
}

/** What was not read whole or not checked, one short phrase each, for people: 表三：2 行未找到. */
export function uncovered(coverage: Coverage): string[] {
  const tables = (Object.entries(coverage.tables) as [TableKey, TableCoverage][])
    .filter(([, t]) => t.state !== 'whole')
    .map(([key, t]) => `${TABLE_NAMES[key]}${t.reason ? `：${t.reason}` : ''}`);
  const skipped = coverage.checks.skipped ? [`${coverage.checks.skipped} 项核对因总计或分项空白而跳过`] : [];
  const failed = coverage.checks.failed.length ? [`规则 ${coverage.checks.failed.join('、')} 运行出错`] : [];
  return [...tables, ...skipped, ...failed];
}

/** A report's status from its findings and coverage; a report checked without coverage (parse output) counts what it has. */
export function statusOf(report: Pick<Report, 'findings' | 'tables' | 'prose' | 'lists'> & { coverage?: Coverage | null }): Status {
  if (report.findings.some((f) => f.severity === 'error')) return 'errors';
  // A list the text states is a figure checked too (its own arithmetic).
  const hasData = hasNumber(report.tables) || report.prose.some(isStatedFigure) || report.lists.length > 0;
  // Tables found that hold no number are the blank form; a table only its heading was found of (a picture) is nothing read.
  if (!hasData) return report.findings.some((f) => f.rule === 'structure.blankTables') ? 'blank' : 'unread';
  return report.coverage && !isComplete(report.coverage) ? 'partial' : 'clean';
}
