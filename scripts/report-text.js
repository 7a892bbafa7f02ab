// Writes a composed report (scripts/report-model.js) as text in one of the layouts that real
// reports reach us in: pipes with merged cells left out, Markdown, tabs, columns aligned with
// spaces (pdftotext -layout, wrapped labels, a page number inside the table), one cell per line.
import { ACTIVE_ROWS, LEGACY_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from './report-model.js';

const SECTIONS = {
  2019: [
    ['（一）', ['regulations', 'normativeDocs']],
    ['（五）', ['licensing', 'otherServices']],
    ['（六）', ['punishment', 'enforcement']],
    ['（八）', ['fees']],
    ['（九）', ['procurement']],
  ],
  2021: [
    ['（一）', ['regulations', 'normativeDocs']],
    ['（五）', ['licensing']],
    ['（六）', ['punishment', 'enforcement']],
    ['（八）', ['fees']],
  ],
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
export function activeRows(m, options) {
  const defs = ACTIVE_ROWS[m.template];
  const rows = [];
  for (const [item, keys] of SECTIONS[m.template]) {
    const fields = defs.find((d) => d.key === keys[0]).fields;
    rows.push({ labels: [`第二十条第${item}项`], values: [] });
    rows.push({ labels: ['信息内容', ...fields.map((f) => f.label)], values: [], header: true });
    for (const key of keys) {
      const def = defs.find((d) => d.key === key);
      const values = def.fields.map((f) =>
        formatNumber(m.active[key][f.key], {
          signed: f.key === 'change',
          unit: options.layout === 'pipe' && f.key === 'amount' && m.template === '2019' ? '元' : '',
          options,
        }),
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
export const REQUEST_HEADERS = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
  ['自然人', '法人或其他组织', '总计'],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];

export function reviewValues(m, options) {
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
  // A crawler's text of a web page: no separator anywhere, each table on one line.
  glued: {
    header: (cells) => [cells.join('')],
    row: (r) => [[r.group ?? '', ...r.labels, ...r.values].join('')],
    values: (values) => [values.join('')],
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
  const block = (lines) => (layout === 'glued' ? [lines.join('')] : lines);
  const title = `${m.year}年政府信息公开工作年度报告`;
  return [
    ...(m.template === '2019' ? [`${m.agency}${title}`] : [m.agency, title]),
    '',
    `本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${m.year}年1月1日至${m.year}年12月31日。`,
    '一、总体情况',
    `${m.year}年，本机关通过门户网站主动公开政府信息，行政规范性文件全部在门户网站和互联网政务媒体公开，并向区档案馆移交了纸质档案。`,
    '二、主动公开政府信息情况',
    ...block(tableLines(layout, activeRows(m, options))),
    '三、收到和处理政府信息公开申请情况',
    ...block([...REQUEST_HEADERS.flatMap((h) => L.header(h)), ...tableLines(layout, requestRows(m, options))]),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...block([...REVIEW_HEADERS.flatMap((h) => L.header(h)), ...L.values(reviewValues(m, options))]),
    '五、存在的主要问题及改进情况',
    '一是政策解读形式还需丰富；二是依申请公开答复的规范性有待提高。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}

const td = (text, { rowspan = 1, colspan = 1 } = {}) =>
  `<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}${colspan > 1 ? ` colspan="${colspan}"` : ''}><p>${text === '' ? '&nbsp;' : text}</p></td>`;
const tr = (cells) => `<tr>${cells.join('')}</tr>`;

function activeHtml(m, options) {
  const rows = [];
  for (const row of activeRows(m, options)) {
    if (row.values.length === 0 && !row.header) rows.push(tr([td(row.labels[0], { colspan: 4 })]));
    else if (row.header) rows.push(tr([td(row.labels[0]), ...row.labels.slice(1).map((l) => td(l, { colspan: row.labels.length === 2 ? 3 : 1 }))]));
    // A single value (本年处理决定数量, 本年收费金额) spans the three value columns, as the official form does.
    else rows.push(tr([td(row.labels[0]), ...row.values.map((v) => td(v, { colspan: row.values.length === 1 ? 3 : 1 }))]));
  }
  return `<table border="1"><tbody>${rows.join('')}</tbody></table>`;
}

function requestsHtml(m, options) {
  const rows = requestRows(m, options);
  const outcomes = rows.filter((r) => !['new', 'carriedOver', 'carriedForward'].includes(r.key));
  const groupSize = (group) => rows.filter((r) => REQUEST_ROWS.find((d) => d.key === r.key).group === group).length;
  const out = [
    tr([td(REQUEST_HEADERS[0][0], { colspan: 3, rowspan: 3 }), td('申请人情况', { colspan: 7 })]),
    tr([td('自然人', { rowspan: 2 }), td('法人或其他组织', { colspan: 5 }), td('总计', { rowspan: 2 })]),
    tr(REQUEST_HEADERS[2].map((h) => td(h))),
  ];
  for (const r of rows) {
    const def = REQUEST_ROWS.find((d) => d.key === r.key);
    const values = r.values.map((v) => td(v));
    const label = r.labels[0];
    if (['new', 'carriedOver', 'carriedForward'].includes(r.key)) out.push(tr([td(label, { colspan: 3 }), ...values]));
    else {
      const cells = r.key === 'granted' ? [td('三、本年度办理结果', { rowspan: outcomes.length })] : [];
      const inGroup = def.group && def.group !== '三、本年度办理结果';
      if (inGroup && r.group) cells.push(td(def.group, { rowspan: groupSize(def.group) }));
      cells.push(td(label, { colspan: inGroup ? 1 : 2 }));
      out.push(tr([...cells, ...values]));
    }
  }
  return `<table border="1"><tbody>${out.join('')}</tbody></table>`;
}

function reviewsHtml(m, options) {
  const fields = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return `<table border="1"><tbody>${[
    tr([td('行政复议', { colspan: 5 }), td('行政诉讼', { colspan: 10 })]),
    tr([...fields.map((f) => td(f, { rowspan: 2 })), td('未经复议直接起诉', { colspan: 5 }), td('复议后起诉', { colspan: 5 })]),
    tr([...fields, ...fields].map((f) => td(f))),
    tr(reviewValues(m, options).map((v) => td(v))),
  ].join('')}</tbody></table>`;
}

/** A saved web page of a composed report: navigation and scripts around it, merged cells in its tables. */
export function reportHtml(m, options) {
  const p = (text) => `<p>${text}</p>`;
  return `<!DOCTYPE html>
<html><head><meta charset="${options.charset}"><title>${m.agency}</title>
<style>td { border: 1px solid #000 }</style>
<script>var menu = "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 99";</script></head>
<body><nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | 本年新收政府信息公开申请数量</nav>
<div class="article">
${p(`${m.template === '2019' ? m.agency : ''}${m.year}年政府信息公开工作年度报告`.replace(/^(\d{4}年)/, `$1${m.agency}`))}
${p(`本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${m.year}年1月1日至${m.year}年12月31日。`)}
${p('一、总体情况')}${p(`${m.year}年，本机关通过门户网站主动公开政府信息。`)}
${p('二、主动公开政府信息情况')}${activeHtml(m, options)}
${p('三、收到和处理政府信息公开申请情况')}${requestsHtml(m, options)}
${p('四、政府信息公开行政复议、行政诉讼情况')}${reviewsHtml(m, options)}
${p('五、存在的主要问题及改进情况')}${p('一是政策解读形式还需丰富。')}
${p('六、其他需要报告的事项')}${p('本年度未收取信息处理费。')}
</div></body></html>
`;
}

/** Section rows of the legacy form, printed before the row they head. */
const LEGACY_SECTIONS = {
  'published.total': '一、主动公开情况',
  'published.viaGazette': '（二）通过不同渠道和方式公开政府信息的情况',
  'responses.total': '二、回应解读情况',
  'responses.pressConferences': '（二）通过不同渠道和方式回应解读的情况',
  'requests.received': '三、依申请公开情况',
  'org.units': '八、机构建设和保障经费情况',
  'training.meetings': '九、政府信息公开会议和培训情况',
};

/** A 2014–2018 report: prose, then its 统计指标 table as the seed prints it (label | unit | figure |). */
export function legacyText(m) {
  const rows = LEGACY_ROWS.flatMap((def) => [
    ...(LEGACY_SECTIONS[def.key] ? [`${LEGACY_SECTIONS[def.key]} |`, '| |'] : []),
    `${def.label} | ${def.unit} | ${m.legacy[def.key] ?? ''} |`,
  ]);
  return [
    m.agency,
    `${m.year}年政府信息公开工作年度报告`,
    `根据《中华人民共和国政府信息公开条例》，现将本单位${m.year}年政府信息公开工作报告如下。`,
    '一、概述',
    `${m.year}年，本单位认真落实政府信息公开各项工作。`,
    '统 计 指 标 | 单位 | 统计数 |',
    ...rows,
    '',
  ].join('\n');
}
