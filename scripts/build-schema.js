// Generates schema/report.schema.json from the template (dist/template), so that the schema,
// the parser and the renderers read one list of rows, columns and labels.
import { writeFileSync } from 'node:fs';
import { ACTIVE_ROWS, LEGACY_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS, TABLE_LABELS } from '../dist/template/index.js';
import { ENCODINGS } from '../dist/text/decode.js';
import { FINDING_IDS } from '../dist/findings/index.js';
import { STATUS_NAMES } from '../dist/coverage.js';

const STATUSES = Object.keys(STATUS_NAMES);

const cell = { $ref: '#/$defs/cell' };
const nullable = (schema) => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties, description, required = Object.keys(properties)) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});

function activeForm(template) {
  const rows = Object.fromEntries(
    ACTIVE_ROWS[template].map((row) => [row.key, object(Object.fromEntries(row.fields.map((f) => [f.key, { ...cell, description: f.label }])), row.label)]),
  );
  return object(rows, `${template} 年版`, []);
}

const requestRows = Object.fromEntries(
  REQUEST_ROWS.map((row) => [
    row.key,
    { type: 'array', description: `${row.group ?? ''}${row.label}`, items: cell, minItems: REQUEST_COLUMNS.length, maxItems: REQUEST_COLUMNS.length },
  ]),
);

const reviewGroup = (label) => object(Object.fromEntries(REVIEW_FIELDS.map((f) => [f.key, { ...cell, description: f.label }])), label);

const finding = object(
  {
    rule: { enum: FINDING_IDS, description: '规则编号，如 requests.balance（gov-disclose rules 列出全部）' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { type: 'string', description: '一句中文说明' },
    table: nullable({ enum: Object.keys(TABLE_LABELS) }),
    row: nullable({ type: 'string' }),
    column: nullable({ type: 'string' }),
    left: nullable({ type: 'number' }),
    right: nullable({ type: 'number' }),
    suspect: nullable(
      object(
        { row: { type: 'string' }, column: { type: 'string' }, value: cell, expected: { type: 'number' } },
        '能解释所有不平的那一个单元格：印出的值与应有的值',
      ),
    ),
    detail: {
      type: 'object',
      description: '说明所依据的具体事实（数字、引用的句子、一处错误同时打破的各项等式 identities …），键因规则而异',
    },
    candidates: { type: 'array', items: { type: 'array', items: { type: 'number' } }, description: '仅 structure.ambiguousCells：粘连数字的各种可行拆法' },
  },
  undefined,
  // candidates is optional: only ambiguous cells carry it.
  ['rule', 'severity', 'message', 'table', 'row', 'column', 'left', 'right', 'suspect', 'detail'],
);

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/gov-disclose/gov-disclose/schema/report.schema.json',
  title: 'gov-disclose report',
  description: '一份政府信息公开工作年度报告读出的数据（gov-disclose parse --json）',
  ...object(
    {
      source: object(
        {
          path: { type: 'string' },
          bytes: { type: 'integer', minimum: 0 },
          format: nullable({
            enum: ['text', 'html', 'pdf', 'docx', 'doc', 'image'],
            description: '读取它的方式：文本、网页、PDF、Word（.docx 或 .doc/.wps）、图片（--ocr）',
          }),
          encoding: nullable({ enum: [...ENCODINGS] }),
          bom: { type: 'boolean' },
          script: nullable({ enum: ['simplified', 'traditional'] }),
          converted: { type: 'boolean', description: '繁体已转简体' },
          ocr: object(
            {
              pages: { type: 'integer', minimum: 1, description: '由文字识别读出的页数' },
              cells: { type: 'integer', minimum: 0, description: '由文字识别读出的表格单元格数' },
              unsure: {
                type: 'array',
                description: '识别置信度不足以作为错误依据的单元格，最不确定的在前',
                items: object(
                  {
                    text: { type: 'string' },
                    confidence: { type: 'number', minimum: 0, maximum: 100, description: 'tesseract 的置信度' },
                    page: nullable({ type: 'integer', minimum: 0, description: '所在页（从 0 起；网页中的图片为该图片的页）' }),
                    picture: { type: 'string', description: '网页中的图片：其地址' },
                    table: nullable({ enum: ['active', 'requests', 'reviews'], description: '所在的表（读出表格时按所在行，否则按其前的节标题）' }),
                    row: { type: 'string', description: '读入表格时所在行的键' },
                    column: nullable({ type: 'string', description: '所在列的键；行标签为 null' }),
                  },
                  undefined,
                  ['text', 'confidence', 'page', 'table'],
                ),
              },
            },
            '仅 --ocr：由文字识别读出的部分',
          ),
        },
        undefined,
        ['path', 'bytes', 'format', 'encoding', 'bom', 'script', 'converted'],
      ),
      title: nullable({ type: 'string' }),
      agency: nullable({ type: 'string' }),
      year: nullable({ type: 'integer' }),
      template: { enum: ['2019', '2021', 'legacy', 'prose', 'unknown'] },
      tables: object({
        active: nullable({ description: TABLE_LABELS.active, anyOf: [activeForm('2019'), activeForm('2021')] }),
        requests: nullable(
          object(
            {
              columns: { const: REQUEST_COLUMNS.map((c) => c.key), description: REQUEST_COLUMNS.map((c) => `${c.key}: ${c.label}`).join('；') },
              rows: object(requestRows, '行键 → 7 个单元格', []),
            },
            TABLE_LABELS.requests,
          ),
        ),
        reviews: nullable(object(Object.fromEntries(REVIEW_GROUPS.map((g) => [g.key, reviewGroup(g.label)])), TABLE_LABELS.reviews)),
        legacy: nullable({
          type: 'object',
          description: `${TABLE_LABELS.legacy}：键 → 本年数；第二个数（历年累计）记在 <键>.cumulative；表中另有的行另起键`,
          properties: Object.fromEntries(LEGACY_ROWS.map((r) => [r.key, { ...cell, description: `${r.label}（${r.unit}）` }])),
          additionalProperties: cell,
        }),
      }),
      prose: {
        type: 'array',
        items: object({ key: { type: 'string' }, value: { type: 'number' }, unit: nullable({ type: 'string' }), text: { type: 'string' } }),
      },
      lists: {
        type: 'array',
        description: '正文中的列举：总数和与之同列的分项（其中、包括、分别为，或“共/累计 N”后的各项）',
        items: object(
          {
            text: { type: 'string', description: '所在的句子' },
            totals: { type: 'array', items: { $ref: '#/$defs/statedFigure' }, description: '分项可能所属的总数，每种读法一个' },
            parts: { type: 'array', items: { $ref: '#/$defs/statedFigure' } },
            complete: nullable({ enum: ['catchAll', 'shares', 'respectively', 'results'], description: '各项为何应合为总数' }),
            totalBefore: { const: true, description: '列举在句首（其中…）：总数是前一句中的某个数，totals 列出各个候选' },
          },
          undefined,
          ['text', 'totals', 'parts', 'complete'],
        ),
      },
      text: object(
        {
          characters: { type: 'integer', minimum: 0, description: '计入的句子的字数（不计空白）' },
          sentences: {
            type: 'array',
            description:
              '正文每一句的指纹，按先后：[FNV-1a 散列（30 位）, 字数, 所在的节（0 为第一个标题之前，1–6 为格式的六节）]；用以找出照抄上一年报告的文字，而不必保留原文',
            items: {
              type: 'array',
              prefixItems: [
                { type: 'integer', minimum: 0, maximum: 2 ** 30 - 1 },
                { type: 'integer', minimum: 1 },
                { type: 'integer', minimum: 0, maximum: 6 },
              ],
              minItems: 3,
              maxItems: 3,
            },
          },
        },
        '正文的句子指纹',
      ),
      findings: { type: 'array', items: { $ref: '#/$defs/finding' } },
      coverage: object(
        {
          tables: object(
            Object.fromEntries(Object.entries(TABLE_LABELS).map(([key, label]) => [key, { $ref: '#/$defs/tableCoverage', description: label }])),
            '格式要求的每张表读全与否（仅文字的报告不要求表）',
            [],
          ),
          checks: object(
            {
              checked: { type: 'integer', minimum: 0, description: '核对了的等式数' },
              skipped: { type: 'integer', minimum: 0, description: '因总计或分项空白而跳过的等式数' },
              failed: { type: 'array', items: { type: 'string' }, description: '运行出错的规则' },
            },
            '表内等式的核对',
          ),
        },
        '仅 check：核对覆盖了什么',
      ),
      status: { enum: STATUSES, description: '仅 check：errors 有错，partial 部分核对，clean 核对无误，blank 未填写，unread 未读出' },
    },
    undefined,
    ['source', 'title', 'agency', 'year', 'template', 'tables', 'prose', 'lists', 'text', 'findings'],
  ),
  $defs: {
    statedFigure: object(
      {
        label: { type: 'string', description: '数字前的词：所计的是什么' },
        value: { type: 'number' },
        unit: { type: 'string' },
        share: { type: 'number', description: '紧随其后的占比（%）' },
      },
      '正文中的一个数字',
      ['label', 'value', 'unit'],
    ),
    cell: { type: ['number', 'null'], description: '印出的数；空白、—、/、无 为 null' },
    finding,
    tableCoverage: object({
      state: { enum: ['whole', 'partial', 'missing', 'unreadable'], description: 'whole 读全，partial 部分读出，missing 未找到，unreadable 有标题但读不出' },
      reason: nullable({ type: 'string', description: '为什么没有读全，说给人听' }),
      rows: { type: 'array', items: { type: 'string' }, description: '未读出的行键' },
    }),
    checkResult: object(
      {
        summary: object({
          files: { type: 'integer', minimum: 0 },
          clean: { type: 'integer', minimum: 0, description: '核对无误：格式要求的表都读全、各项核对都做了，且没有错误' },
          withErrors: { type: 'integer', minimum: 0 },
          partial: { type: 'integer', minimum: 0, description: '部分核对：没有错误，但有格式要求的表未读全或有核对未能进行' },
          blank: { type: 'integer', minimum: 0, description: '找到统计表但表中没有数字（未填写的空表）、无可核对的文件' },
          unread: { type: 'integer', minimum: 0, description: '既无统计表也无正文数字可读的文件' },
          errors: { type: 'integer', minimum: 0 },
          warnings: { type: 'integer', minimum: 0 },
        }),
        files: { type: 'array', items: { $ref: '#' } },
      },
      'gov-disclose check --json',
    ),
  },
};

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
