// Writes a composed report (scripts/report-model.js) as text in one of the layouts that real
// reports reach us in: pipes with merged cells left out, Markdown, tabs, columns aligned with
// spaces (pdftotext -layout, wrapped labels, a page number inside the table), one cell per line.
import { ACTIVE_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from './report-model.js';

const SECTIONS = {
  '2019': [['（一）', ['regulations', 'normativeDocs']], ['（五）', ['licensing', 'otherServices']], ['（六）', ['punishment', 'enforcement']], ['（八）', ['fees']], ['（九）', ['procurement']]],
  '2021': [['（一）', ['regulations', 'normativeDocs']], ['（五）', ['licensing']], ['（六）', ['punishment', 'enforcement']], ['（八）', ['fees']]],
};
/** Printed labels that the template shortens. */
const PRINTED = { partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' };
const NULL_TOKENS = ['', '—', '/', '无', '-'];
const NULL_COLUMNS = new Set(['research', 'nonprofit']);

const fullWidth = (text) => text.replace(/[0-9+\-.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function formatNumber(value, { signed = false, unit = '', options }) {
  let text = options.fullWidth && Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value);
  if (signed && value > 0) text = `+${text}`;
  text += unit;
  return options.fullWidth ? fullWidth(text) : text;
}

function displayWidth(text) {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}
const padEnd = (text, width) => text + ' '.repeat(Math.max(1, width - displayWidth(text)));
const padStart = (text, width) => ' '.repeat(Math.max(1, width - displayWidth(text))) + text;

/** A table as rows of label cells and value cells; the layouts differ only in how they join them. */
function activeRows(m, options) {
  const defs = ACTIVE_ROWS[m.template];
  const rows = [];
  for (const [item, keys] of SECTIONS[m.template]) {
    const fields = defs.find((d) => d.key === keys[0]).fields;
    rows.push({ labels: [`第二十条第${item}项`], values: [] });
    rows.push({ labels: ['信息内容', ...fields.map((f) => f.label)], values: [], header: true });
    for (const key of keys) {
      const def = defs.find((d) => d.key === key);
      const values = def.fields.map((f) =>
        formatNumber(m.active[key][f.key], { signed: f.key === 'change', unit: options.layout === 'pipe' && f.key === 'amount' && m.template === '2019' ? '元' : '', options }),
      );
      rows.push({ labels: [def.label], values });
    }
  }
  return rows;
}

function requestCells(m, key, options) {
  return REQUEST_COLUMNS.map((c, i) => {
    if (options.nulls && NULL_COLUMNS.has(c.key)) return NULL_TOKENS[(key.length + i) % NULL_TOKENS.length];
    return formatNumber(m.requests[key][i], { options });
  });
}

function requestRows(m, options) {
  const rows = [];
  let group = null;
  for (const def of REQUEST_ROWS) {
    if (!(def.key in m.requests)) continue;
    const printedGroup = def.key === 'granted' ? '三、本年度办理结果' : def.group && def.group !== '三、本年度办理结果' ? def.group : null;
    const first = printedGroup !== null && printedGroup !== group;
    group = printedGroup;
    rows.push({ key: def.key, group: first ? printedGroup : '', labels: [PRINTED[def.key] ?? def.label], values: requestCells(m, def.key, options) });
  }
  return rows;
}

const REVIEW_HEADERS = [
  ['行政复议', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
];
const REQUEST_HEADERS = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
  ['自然人', '法人或其他组织', '总计'],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];

function reviewValues(m, options) {
  return REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => formatNumber(m.reviews[g.key][f.key], { options })));
}

const LAYOUTS = {
  pipe: {
    header: (cells) => [`${cells.join(' | ')} | ||`],
    row: (r) => [`${[r.group, ...r.labels].filter((c) => c).join(' | ')} | ${r.values.join(' | ')} | ||`],
    values: (values) => [`${values.join(' | ')} |`],
  },
  markdown: {
    header: (cells) => [`| ${cells.join(' | ')} |`, `|${cells.map(() => '---').join('|')}|`],
    row: (r) => [`| ${r.group ?? ''} | ${r.labels.join(' | ')} | ${r.values.join(' | ')} |`],
    values: (values) => [`| ${values.join(' | ')} |`],
  },
  tab: {
    header: (cells) => [cells.join('\t')],
    row: (r) => [[r.group ?? '', ...r.labels, ...r.values].join('\t')],
    values: (values) => [values.join('\t')],
  },
  space: {
    // Header text split one character per line, as PDF extraction leaves narrow header cells.
    header: (cells) => (cells.length <= 2 ? [...cells.join('')].map((ch) => `        ${ch}`) : [cells.map((c) => padEnd(c, 14)).join('')]),
    row: (r) => {
      const label = r.labels.join(' ');
      const values = r.values.map((v) => padStart(v, 9)).join('');
      const lines = r.group ? [`      ${r.group}`] : [];
      if (displayWidth(label) > 40) {
        // Wrapped label: first part, the numbers on a line of their own, then the rest.
        const cut = 14;
        lines.push(`      ${label.slice(0, cut)}`, `${' '.repeat(40)}${values}`, `      ${label.slice(cut)}`);
      } else lines.push(`      ${padEnd(label, 40)}${values}`);
      if (r.key === 'withheld.enforcementFile') lines.push('', '                                 - 4 -', '');
      return lines;
    },
    values: (values) => [values.map((v) => padStart(v, 6)).join('')],
  },
  cells: {
    header: (cells) => cells,
    row: (r) => [...(r.group ? [r.group] : []), ...r.labels, ...r.values],
    values: (values) => values,
  },
};

function tableLines(layout, rows) {
  return rows.flatMap((r) => (r.header || r.values.length === 0 ? LAYOUTS[layout].header(r.labels) : LAYOUTS[layout].row(r)));
}

/** The full text of a composed report in one layout. */
export function reportText(m, options) {
  const { layout } = options;
  const L = LAYOUTS[layout];
  const title = `${m.year}年政府信息公开工作年度报告`;
  return [
    ...(m.template === '2019' ? [`${m.agency}${title}`] : [m.agency, title]),
    '',
    `本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${m.year}年1月1日至${m.year}年12月31日。`,
    '一、总体情况',
    `${m.year}年，本机关通过门户网站主动公开政府信息，行政规范性文件全部在门户网站和互联网政务媒体公开，并向区档案馆移交了纸质档案。`,
    '二、主动公开政府信息情况',
    ...tableLines(layout, activeRows(m, options)),
    '三、收到和处理政府信息公开申请情况',
    ...REQUEST_HEADERS.flatMap((h) => L.header(h)),
    ...tableLines(layout, requestRows(m, options)),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...REVIEW_HEADERS.flatMap((h) => L.header(h)),
    ...L.values(reviewValues(m, options)),
    '五、存在的主要问题及改进情况',
    '一是政策解读形式还需丰富；二是依申请公开答复的规范性有待提高。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}
