import { STATUS_NAMES, uncovered } from '../coverage.js';
import { num } from '../findings/phrases.js';
import type { Summary } from '../run/summary.js';
import { REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS, TABLE_LABELS } from '../template/index.js';
import type { Cell, Report, Status } from '../types.js';
import { markKey, marksOf, type Marks } from './marks.js';
import { SEVERITY_NAMES, TEMPLATE_NAMES } from './names.js';
import { KEY_FIGURES } from './tabular.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-assets.js';

/**
 * `check --html`: one page, self-contained (no network, no other file), for people to look at: the
 * summary by status, a table of the reports to sort and filter, each report's tables as printed
 * with the wrong cell marked, and each agency's years side by side. Everything a report brings is
 * untrusted: it reaches the page only through `esc`, and the script reads only attributes.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

const STATUSES: readonly Status[] = ['errors', 'partial', 'clean', 'blank', 'unread'];
const show = (value: Cell | undefined): string => (value === null || value === undefined ? '' : String(value));
const idOf = (index: number): string => `r${index}`;

function summaryOf(summary: Summary): string {
  const counts: Record<Status, number> = {
    errors: summary.withErrors,
    partial: summary.partial,
    clean: summary.clean,
    blank: summary.blank,
    unread: summary.unread,
  };
  const items = STATUSES.map((s) => `<li><button type="button" class="status ${s}" data-filter="${s}">${STATUS_NAMES[s]} <b>${counts[s]}</b></button></li>`);
  return `<p>${summary.files} 个文件；${summary.errors} 个错误，${summary.warnings} 个警告。点状态只看该状态的报告。</p><ul class="statuses">${items.join('')}</ul>`;
}

function reportsTable(reports: readonly Report[]): string {
  // Each column, and whether it sorts as numbers.
  const heads: [string, boolean][] = [
    ['机关', false],
    ['年度', true],
    ['状态', false],
    ['错误', true],
    ['警告', true],
    ...KEY_FIGURES.slice(0, 4).map(([name]): [string, boolean] => [name, true]),
    ['文件', false],
  ];
  const header = heads.map(([h, numeric], i) => `<th data-sort="${i}"${numeric ? ' data-numeric' : ''}>${esc(h)}</th>`).join('');
  const rows = reports.map((report, index) => {
    const status = report.status ?? 'unread';
    const count = (severity: string): number => report.findings.filter((f) => f.severity === severity).length;
    const cells = [
      esc(report.agency ?? '未识别'),
      show(report.year),
      `<span class="status ${status}">${STATUS_NAMES[status]}</span>`,
      count('error'),
      count('warning'),
      ...KEY_FIGURES.slice(0, 4).map(([, of]) => show(of(report))),
      esc(report.source.path),
    ];
    return `<tr data-report="${idOf(index)}" data-status="${status}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<div class="filters"><input id="filter" type="search" placeholder="按机关或文件名筛选"><button type="button" data-filter="">全部</button></div>
<table id="reports"><thead><tr>${header}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** A cell of a table as printed: the wrong one in red with the value it should have, the others of a broken identity shaded. */
function cellOf(marks: Marks, row: string, column: string, value: Cell): string {
  const mark = marks.get(markKey(row, column));
  if (!mark) return `<td>${show(value)}</td>`;
  if (mark.kind === 'involved') return `<td class="involved">${show(value)}</td>`;
  return `<td class="suspect" title="印为 ${esc(show(value))}，应为 ${esc(num(mark.expected))}">${show(value)}<span class="expected">应为 ${esc(num(mark.expected))}</span></td>`;
}

function printedTables(report: Report, marks: Marks): string {
  const parts: string[] = [];
  const { requests, reviews } = report.tables;
  if (requests) {
    const head = `<tr><th></th>${REQUEST_COLUMNS.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr>`;
    const rows = REQUEST_ROWS.filter((def) => requests.rows[def.key]).map((def) => {
      const label = 'group' in def && def.group && /^\d/.test(def.label) ? `${def.group} ${def.label}` : def.label;
      return `<tr><th>${esc(label)}</th>${REQUEST_COLUMNS.map((c, i) => cellOf(marks, def.key, c.key, requests.rows[def.key]![i] ?? null)).join('')}</tr>`;
    });
    parts.push(`<h3>${esc(TABLE_LABELS.requests)}</h3><table class="printed">${head}${rows.join('')}</table>`);
  }
  if (reviews) {
    const head = `<tr><th></th>${REVIEW_FIELDS.map((f) => `<th>${esc(f.label)}</th>`).join('')}</tr>`;
    const rows = REVIEW_GROUPS.map(
      (g) => `<tr><th>${esc(g.label)}</th>${REVIEW_FIELDS.map((f) => cellOf(marks, g.key, f.key, reviews[g.key][f.key])).join('')}</tr>`,
    );
    parts.push(`<h3>${esc(TABLE_LABELS.reviews)}</h3><table class="printed">${head}${rows.join('')}</table>`);
  }
  return parts.join('');
}

function detailOf(report: Report, index: number): string {
  const status = report.status ?? 'unread';
  const notChecked = report.coverage ? uncovered(report.coverage) : [];
  const findings = report.findings.map(
    (f) => `<li class="${f.severity}"><span class="severity">${SEVERITY_NAMES[f.severity]}</span> <code>${esc(f.rule)}</code> ${esc(f.message)}</li>`,
  );
  return `<article id="${idOf(index)}" hidden>
<h2>${esc(report.title ?? report.source.path)}</h2>
<p class="meta">${esc(report.source.path)} · ${esc(report.agency ?? '机关未识别')} · ${show(report.year) || '年度未识别'} · ${esc(TEMPLATE_NAMES[report.template])} · <span class="status ${status}">${STATUS_NAMES[status]}</span></p>
${notChecked.length > 0 ? `<p class="uncovered">未能全部核对：${esc(notChecked.join('；'))}</p>` : ''}
${findings.length > 0 ? `<ul class="findings">${findings.join('')}</ul>` : '<p>没有发现。</p>'}
${printedTables(report, marksOf(report))}
</article>`;
}

/** Two lines over the years, 本年新收 and 办理结果总计, as a small inline drawing. */
function chart(points: readonly { year: number; fresh: number | null; handled: number | null }[]): string {
  const values = points.flatMap((p) => [p.fresh ?? 0, p.handled ?? 0]);
  const top = Math.max(1, ...values);
  const x = (i: number): number => 10 + (i * 220) / Math.max(1, points.length - 1);
  const y = (v: number): number => 70 - (v / top) * 60;
  const line = (of: (p: (typeof points)[number]) => number | null, cls: string): string =>
    `<polyline class="${cls}" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(of(p) ?? 0).toFixed(1)}`).join(' ')}"/>`;
  return `<svg class="chart" viewBox="0 0 240 80" role="img" aria-label="本年新收与办理结果总计">${line((p) => p.fresh, 'fresh')}${line((p) => p.handled, 'handled')}</svg>`;
}

/** Each agency with several years: its figures by year, the carry-over links marked, and a chart. */
function agencies(reports: readonly Report[]): string {
  const byAgency = new Map<string, Report[]>();
  for (const r of reports) if (r.agency && r.year !== null && r.tables.requests) (byAgency.get(r.agency) ?? byAgency.set(r.agency, []).get(r.agency)!).push(r);
  const sections = [...byAgency]
    .filter(([, list]) => new Set(list.map((r) => r.year)).size > 1)
    .map(([agency, list]) => {
      const years = [...list].sort((a, b) => a.year! - b.year!);
      const total = (r: Report, row: string): Cell => r.tables.requests?.rows[row as 'new']?.at(-1) ?? null;
      const broken = (r: Report): boolean => r.findings.some((f) => f.rule === 'continuity.carryover');
      const rows = years.map(
        (r) =>
          `<tr><th>${r.year}</th><td>${show(total(r, 'new'))}</td><td class="${broken(r) ? 'suspect' : ''}">${show(total(r, 'carriedOver'))}</td><td>${show(total(r, 'total'))}</td><td>${show(total(r, 'carriedForward'))}</td></tr>`,
      );
      const points = years.map((r) => ({ year: r.year!, fresh: total(r, 'new'), handled: total(r, 'total') }));
      return `<section class="agency"><h3>${esc(agency)}</h3><table class="printed"><tr><th>年度</th><th>本年新收</th><th>上年结转</th><th>办理结果总计</th><th>结转下年度</th></tr>${rows.join('')}</table>${chart(points)}</section>`;
    });
  return sections.length > 0 ? `<h2>各机关历年</h2><p>上年结转应等于前一年的结转下年度；不等时标红。</p>${sections.join('')}` : '';
}

/** The page of a checked run. */
export function htmlPage(reports: readonly Report[], summary: Summary): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开工作年度报告核对结果</title><style>${PAGE_STYLE}</style></head>
<body><header><h1>政府信息公开工作年度报告核对结果</h1>${summaryOf(summary)}</header>
<main><section>${reportsTable(reports)}</section>
<section id="details">${reports.map(detailOf).join('\n')}</section>
<section id="agencies">${agencies(reports)}</section></main>
<script>${PAGE_SCRIPT}</script></body></html>
`;
}
