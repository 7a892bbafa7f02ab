import {
  REQUEST_PART_COLUMNS,
  REQUEST_ROWS,
  LEGACY_ROWS,
  REVIEW_PART_FIELDS,
  rowLabel,
  type RequestColumnKey,
  type RequestRowDef,
  type RequestRowKey,
  type ReviewPartKey,
} from '../template/index.js';
import type { Cell, Tables, Template } from '../types.js';
import { requestCell } from './cells.js';

/**
 * The figures of the text that table cells print, each with the cells it is compared with and how
 * to tell whether its sentence speaks for the whole report. prose-table.ts compares them.
 */

/**
 * Whose figure a sentence states: the whole body the report is about (本机关, 我局; 全区 in a
 * government's report), or one office of it (洪泽 2024: 区政府办代表区政府受理…17件, while table 三
 * covers the district's 95), or more than the body (全市 in a department's report: the whole city's
 * system, while its tables are its own). Only the first can contradict the table; the others are
 * compared as warnings that quote both.
 */
const ITSELF = /本机关|[我本](?:局|委|办|厅|院|中心|单位)/;
const ALL_OF = /全(?:区|市|县|省|州|盟|旗|镇|乡)/;
/** An agency that is one department of a government (市教育局, 区政府办公室), by the end of its name. */
const DEPARTMENT = /(?:局|委员会|委|办公室|办公厅|厅|办|中心|院|所|站|队|署)$/;
/** An office acting for the whole (区政府办代表区政府受理…) may count only what it handled itself. */
const ON_BEHALF = /代表/;
/** Review and lawsuit figures are compared only when the sentence says they concern disclosure. */
const DISCLOSURE = /信息公开/;

/** What the table prints for a stated figure: the value shown, and every value the text may rightly give. */
export interface Printed {
  shown: number;
  accepted: number[];
  /** 上年结转, for a received figure that may include it. */
  over?: number;
}

export interface Comparison {
  key: string;
  table: 'active' | 'requests' | 'reviews' | 'legacy';
  row: string | null;
  column?: string;
  /** The cells compared, where they are a group of rows rather than one row: 「（三）不予公开」各项之和. */
  cells?: string;
  printed(tables: Tables, template: Template | undefined): Printed | null;
  /** Whether the sentence speaks for the report's whole body; null: it is not about this table at all. */
  scope(text: string, agency: string | null): 'whole' | 'uncertain' | null;
  /** A part of a 其中 list takes its scope from the sentence of its total (办结81件，其中：不予公开5件). */
  scopeFrom?: string;
}

const known = (cell: Cell | undefined): cell is number => cell !== undefined && cell !== null;

function bodyScope(text: string, agency: string | null): 'whole' | 'uncertain' {
  if (ON_BEHALF.test(text)) return 'uncertain';
  const government = agency !== null && !DEPARTMENT.test(agency);
  return ITSELF.test(text) || (government && ALL_OF.test(text)) ? 'whole' : 'uncertain';
}
const disclosure = (text: string): 'whole' | null => (DISCLOSURE.test(text) ? 'whole' : null);

/** Table 三's 总计 column summed over rows of the report's form (（六）其他处理 is one row in 2019, three in 2021); null when one is missing or blank. */
function requestTotal(tables: Tables, template: Template | undefined, rows: (key: RequestRowKey) => boolean): Printed | null {
  if (template !== '2019' && template !== '2021') return null;
  const ofForm = REQUEST_ROWS.filter((row: RequestRowDef) => rows(row.key as RequestRowKey) && (row.template === undefined || row.template === template));
  const printed = ofForm.map((row) => tables.requests?.rows[row.key as RequestRowKey]?.at(-1));
  if (printed.length === 0 || !printed.every(known)) return null;
  const sum = printed.reduce((a, b) => a + b, 0);
  return { shown: sum, accepted: [sum] };
}

/** A table 三 row (or group of rows) stated as a figure of the text, in the 总计 column. */
function requestRows(key: string, rows: (row: RequestRowKey) => boolean, at: { row: string | null; cells?: string }, scopeFrom?: string): Comparison {
  return {
    key,
    table: 'requests',
    column: 'total',
    ...at,
    printed: (tables, template) => requestTotal(tables, template, rows),
    scope: bodyScope,
    ...(scopeFrom ? { scopeFrom } : {}),
  };
}

const group = (prefix: string) => (row: RequestRowKey) => row === prefix || row.startsWith(`${prefix}.`);
const HANDLED = 'requests.handled';

/** What 总体情况 says of the applications after receiving them: handled (总计), carried forward, and the handled by result. */
const HANDLING: readonly Comparison[] = [
  {
    ...requestRows(HANDLED, (row) => row === 'total', { row: 'total' }),
    // 共办理N件 may count every application dealt with, the ones carried forward too (本年新收 + 上年结转).
    printed: (tables, template) => {
      const handled = requestTotal(tables, template, (row) => row === 'total');
      const forward = tables.requests?.rows.carriedForward?.at(-1);
      return handled && known(forward) ? { ...handled, accepted: [handled.shown, handled.shown + forward] } : handled;
    },
  },
  requestRows('requests.carriedOver', (row) => row === 'carriedOver', { row: 'carriedOver' }),
  requestRows('requests.carriedForward', (row) => row === 'carriedForward', { row: 'carriedForward' }),
  requestRows(`${HANDLED}.granted`, (row) => row === 'granted', { row: 'granted' }, HANDLED),
  requestRows(`${HANDLED}.partial`, (row) => row === 'partial', { row: 'partial' }, HANDLED),
  requestRows(
    `${HANDLED}.grantedOrPartial`,
    (row) => row === 'granted' || row === 'partial',
    { row: null, cells: '「（一）予以公开」与「（二）部分公开」之和' },
    HANDLED,
  ),
  requestRows(`${HANDLED}.withheld`, group('withheld'), { row: null, cells: '「（三）不予公开」各项之和' }, HANDLED),
  requestRows(`${HANDLED}.unavailable`, group('unavailable'), { row: null, cells: '「（四）无法提供」各项之和' }, HANDLED),
  requestRows(`${HANDLED}.unprocessed`, group('unprocessed'), { row: null, cells: '「（五）不予处理」各项之和' }, HANDLED),
  requestRows(`${HANDLED}.other`, group('other'), { row: null, cells: '「（六）其他处理」各项之和' }, HANDLED),
];

/** Table 二's 行政规范性文件 (2021 form): a library of documents in force may hold others' too, so never an error. */
const NORMATIVE_DOCS: readonly Comparison[] = (['issued', 'repealed', 'inForce'] as const).map((field) => ({
  key: `active.normativeDocs.${field}`,
  table: 'active',
  row: 'normativeDocs',
  column: field,
  printed: ({ active }) => {
    const cell = (active?.normativeDocs as Partial<Record<typeof field, Cell>> | undefined)?.[field];
    return known(cell) ? { shown: cell, accepted: [cell] } : null;
  },
  scope: () => 'uncertain',
}));

/** Table 三's applicants' columns, in 本年新收 or with 上年结转 added (as the received total may be), summed over `columns`. */
function receivedIn({ requests }: Tables, columns: readonly RequestColumnKey[]): Printed | null {
  if (!requests) return null;
  const sum = (row: RequestRowKey): number | null => {
    const cells = columns.map((column) => requestCell(requests, row, column).value);
    return cells.every(known) ? cells.reduce((a, b) => a + b, 0) : null;
  };
  const [fresh, over] = [sum('new'), sum('carriedOver')];
  if (fresh === null) return null;
  return { shown: fresh, accepted: over === null ? [fresh] : [fresh, fresh + over] };
}

/** Received applications of some applicants, as listed under 其中, in the scope of the received total's sentence. */
function applicants(key: string, columns: readonly RequestColumnKey[], at: { column?: string; cells?: string }): Comparison {
  return { key, table: 'requests', row: 'new', ...at, printed: (tables) => receivedIn(tables, columns), scope: bodyScope, scopeFrom: 'requests.received' };
}

/** The received applications by applicant: each its column (自然人, 商业企业 …), and 法人或其他组织 the five after 自然人. */
const APPLICANTS: readonly Comparison[] = [
  ...(['natural', 'commercial', 'research', 'nonprofit', 'legal'] as const).map((column) => applicants(`requests.received.${column}`, [column], { column })),
  applicants(
    'requests.received.organisations',
    REQUEST_PART_COLUMNS.filter((c) => c !== 'natural'),
    { cells: '本年新收「商业企业」至「其他」各列之和' },
  ),
];

/**
 * Table 四's results as 总体情况 lists them under 其中 (维持2件，纠错1件 …), in the scope of their
 * total's sentence: 行政复议 its row; 行政诉讼 both its rows together, or one kind named alone.
 */
const REVIEW_RESULTS: readonly Comparison[] = REVIEW_PART_FIELDS.flatMap((field: ReviewPartKey): Comparison[] => [
  {
    key: `reviews.${field}`,
    table: 'reviews',
    row: 'review',
    column: field,
    printed: ({ reviews }) => (known(reviews?.review[field]) ? { shown: reviews.review[field], accepted: [reviews.review[field]] } : null),
    scope: disclosure,
    scopeFrom: 'reviews.total',
  },
  {
    key: `litigation.${field}`,
    table: 'reviews',
    row: 'litigationDirect',
    column: field,
    printed: ({ reviews }) => {
      const [direct, after] = [reviews?.litigationDirect[field], reviews?.litigationAfterReview[field]];
      return known(direct) && known(after) ? { shown: direct + after, accepted: [direct + after, direct, after] } : null;
    },
    scope: disclosure,
    scopeFrom: 'litigation.total',
  },
]);

/** Rows of the 2008–2018 table, summed when the text names them together; null when one is missing or blank. */
function legacyRows(key: string, rows: readonly string[], scope: Comparison['scope'], scopeFrom?: string): Comparison {
  return {
    key,
    table: 'legacy',
    row: rows.length === 1 ? rows[0]! : null,
    ...(rows.length > 1 ? { cells: rows.map((row) => `「${rowLabel('legacy', row)}」`).join('与') + '之和' } : {}),
    printed: ({ legacy }) => {
      const cells = rows.map((row) => legacy?.[row]);
      if (!cells.every(known)) return null;
      const sum = cells.reduce((a, b) => a + b, 0);
      return { shown: sum, accepted: [sum] };
    },
    scope,
    ...(scopeFrom ? { scopeFrom } : {}),
  };
}

/**
 * 主动公开 in the 2008–2018 table, in all and by channel: the old tables count it their own way (some
 * count one channel, a website's count may hold news), so never an error.
 */
const PUBLISHED: readonly Comparison[] = Object.entries({
  'published.total': 'published.total',
  'channels.website': 'published.viaWebsite',
  'channels.gazette': 'published.viaGazette',
  'channels.weibo': 'published.viaWeibo',
  'channels.wechat': 'published.viaWechat',
}).map(([key, row]) => legacyRows(key, [row], () => 'uncertain'));

/**
 * The applications, replies, reviews and lawsuits of the 2008–2018 reports against their table:
 * the same figures as table 三's and 四's, in the rows of the old form (申请办结数, 同意公开答复数 …).
 */
const LEGACY: readonly Comparison[] = [
  legacyRows('requests.received', ['requests.received'], bodyScope),
  ...['inPerson', 'online', 'letter', 'fax', 'email'].map((kind) =>
    legacyRows(`requests.received.${kind}`, [`requests.${kind}`], bodyScope, 'requests.received'),
  ),
  legacyRows(HANDLED, ['requests.closed'], bodyScope),
  legacyRows('requests.answered', ['requests.replied'], bodyScope),
  ...Object.entries({
    alreadyPublic: ['replies.alreadyPublic'],
    grantedOrPartial: ['replies.granted', 'replies.partial'],
    denied: ['replies.denied'],
    notThisAgency: ['replies.notThisAgency'],
    notExist: ['replies.notExist'],
    amend: ['replies.amend'],
    otherChannel: ['replies.otherChannel'],
  }).map(([kind, rows]) => legacyRows(`requests.answered.${kind}`, rows, bodyScope, 'requests.answered')),
  ...['reviews', 'litigation'].flatMap((group) => [
    legacyRows(`${group}.total`, [`${group}.total`], disclosure),
    // The results rows under each: the text's parts of 行政复议N件 are keyed as these rows are.
    ...LEGACY_ROWS.filter((row) => row.within === `${group}.total`).map((row) => legacyRows(row.key, [row.key], disclosure, `${group}.total`)),
  ]),
];

export const COMPARISONS: readonly Comparison[] = [
  {
    key: 'requests.received',
    table: 'requests',
    row: 'new',
    printed: ({ requests }) => {
      const fresh = requests?.rows.new?.at(-1);
      if (!known(fresh)) return null;
      // Some count what came in this year, some add what was carried over: both are the table's.
      const over = requests?.rows.carriedOver?.at(-1) ?? 0;
      return { shown: fresh, accepted: [fresh, fresh + over], over };
    },
    scope: bodyScope,
  },
  ...APPLICANTS,
  ...HANDLING,
  ...NORMATIVE_DOCS,
  {
    key: 'reviews.total',
    table: 'reviews',
    row: 'review',
    printed: ({ reviews }) => (known(reviews?.review.total) ? { shown: reviews.review.total, accepted: [reviews.review.total] } : null),
    scope: disclosure,
  },
  {
    key: 'litigation.total',
    table: 'reviews',
    row: 'litigationDirect',
    printed: ({ reviews }) => {
      const [direct, after] = [reviews?.litigationDirect.total, reviews?.litigationAfterReview.total];
      // Either both kinds of lawsuit together, or one kind named on its own.
      return known(direct) && known(after) ? { shown: direct + after, accepted: [direct + after, direct, after] } : null;
    },
    scope: disclosure,
  },
  ...REVIEW_RESULTS,
  ...PUBLISHED,
  ...LEGACY,
];
