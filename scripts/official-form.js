// Fills the official 2021 form (fixtures/form/official-2021.docx, the blank form agencies write
// their reports in) with a composed report (scripts/report-model.js), the way an agency does in
// Word or WPS: the title, a few paragraphs of 总体情况, and a number typed into each value cell.
// The form's own XML is edited in place, so its borders, merged cells and widths stay exactly
// as agencies receive them. A 2019 report gets the 2019 form, made from the 2021 one's rows.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { ACTIVE_ROWS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from './report-model.js';

const FORM = new URL('../fixtures/form/official-2021.docx', import.meta.url);
/** Every entry gets this date, so that the same report always gives the same bytes. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textOf = (xml) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/[\s\u3000]/g, '');
const isContinuation = (cell) => /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cell);

/** The elements named `tag` directly in `xml`, with where each starts and ends. */
function elements(xml, tag) {
  const found = [];
  const open = new RegExp(`<${tag}[ >]`, 'g');
  let match;
  while ((match = open.exec(xml))) {
    const tagEnd = xml.indexOf('>', match.index) + 1;
    const selfClosing = xml[tagEnd - 2] === '/';
    const close = xml.indexOf(`</${tag}>`, match.index);
    if (!selfClosing && close < 0) throw new Error(`<${tag}> at ${match.index} is not closed`);
    const end = selfClosing ? tagEnd : close + tag.length + 3;
    found.push({ start: match.index, end, xml: xml.slice(match.index, end) });
    open.lastIndex = end;
  }
  return found;
}

/** Replaces the parts of `xml` at the given places, last first so that earlier places stay valid. */
function replaceAll(xml, parts) {
  let out = xml;
  for (const part of [...parts].sort((a, b) => b.start - a.start)) out = out.slice(0, part.start) + part.xml + out.slice(part.end);
  return out;
}

/** A cell holding `text` in one run, in the size its empty paragraph was set to (as typing into it gives). */
function typeInto(cell, text) {
  const [paragraph, ...rest] = elements(cell, 'w:p');
  const markProps = paragraph.xml.match(/<w:pPr>.*?<w:rPr>(.*?)<\/w:rPr>.*?<\/w:pPr>/)?.[1] ?? '';
  const props = paragraph.xml.match(/<w:pPr>.*?<\/w:pPr>/)?.[0] ?? '';
  const centred = props.includes('<w:jc ') ? props : props.replace('<w:pPr>', '<w:pPr><w:jc w:val="center"/>');
  const run = text === '' ? '' : `<w:r><w:rPr>${markProps}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const filled = { ...paragraph, xml: `<w:p>${centred || '<w:pPr><w:jc w:val="center"/></w:pPr>'}${run}</w:p>` };
  // Stray spaces the blank form left in the cell go with its other paragraphs.
  return replaceAll(cell, [filled, ...rest.map((p) => ({ ...p, xml: '' }))]);
}

/** A table's rows: each cell's text and whether it continues a cell merged down from above. */
function rowsOf(table) {
  return elements(table.xml, 'w:tr').map((row) => ({
    ...row,
    cells: elements(row.xml, 'w:tc').map((cell) => ({ ...cell, text: textOf(cell.xml), continuation: isContinuation(cell.xml) })),
  }));
}

/** The empty cells after a row's last text: where its numbers are typed. */
const valueCells = (row) => {
  const last = row.cells.findLastIndex((c) => c.text !== '' || c.continuation);
  return row.cells.slice(last + 1);
};

function fillRow(row, given) {
  const cells = valueCells(row);
  // A row of the 2019 form made from a wider one keeps its last cell empty (行政事业性收费, 政府集中采购).
  const values = [...given, ...Array(Math.max(0, cells.length - given.length)).fill('')];
  if (cells.length !== values.length) throw new Error(`row ${row.cells.map((c) => c.text).join('|')}: ${cells.length} cells for ${values.length} values`);
  const filled = cells.map((cell, i) => ({ ...cell, xml: typeInto(cell.xml, values[i]) }));
  return { ...row, xml: replaceAll(row.xml, filled) };
}

/** Table 二's row labels as each form prints them. */
const ACTIVE_LABELS = {
  2021: {
    规章: 'regulations',
    行政规范性文件: 'normativeDocs',
    行政许可: 'licensing',
    行政处罚: 'punishment',
    行政强制: 'enforcement',
    行政事业性收费: 'fees',
  },
  2019: {
    规章: 'regulations',
    规范性文件: 'normativeDocs',
    行政许可: 'licensing',
    其他对外管理服务事项: 'otherServices',
    行政处罚: 'punishment',
    行政强制: 'enforcement',
    行政事业性收费: 'fees',
    政府集中采购: 'procurement',
  },
};

/** The rows of each table in the form's order, with the printed text of each value. */
function tableValues(m, print) {
  const fields = Object.fromEntries(ACTIVE_ROWS[m.template].map((d) => [d.key, d.fields.map((f) => f.key)]));
  // The 2019 form prints 本年增/减 with its sign.
  const printField = (field, value) => (field === 'change' && value > 0 ? `+${print(value)}` : print(value));
  const active = (label) => {
    const key = ACTIVE_LABELS[m.template][label];
    return key && fields[key].map((f) => printField(f, m.active[key][f]));
  };
  const requestKeys = REQUEST_ROWS.filter((r) => r.template === undefined || r.template === m.template).map((r) => r.key);
  const reviews = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => print(m.reviews[g.key][f.key])));
  return { active, requestKeys, reviews };
}

function fillTables(xml, m, print) {
  const [activeTable, requestsTable, reviewsTable] = elements(xml, 'w:tbl');
  const { active, requestKeys, reviews } = tableValues(m, print);
  const fill = (table, valuesOf) => ({
    ...table,
    xml: replaceAll(
      table.xml,
      rowsOf(table).map((row) => {
        const values = valuesOf(row);
        return values ? fillRow(row, values) : row;
      }),
    ),
  });
  let request = 0;
  return replaceAll(xml, [
    fill(activeTable, (row) => active(row.cells.findLast((c) => c.text !== '')?.text)),
    fill(requestsTable, (row) => (valueCells(row).length === 7 ? m.requests[requestKeys[request++]].map(print) : null)),
    fill(reviewsTable, (row) => (valueCells(row).length === 15 ? reviews : null)),
  ]);
}

/** A row with the texts of its cells that hold text replaced, in order ('' empties a cell). */
function retitled(row, texts) {
  const cells = row.cells.filter((c) => c.text !== '');
  const renamed = cells.map((cell, i) => {
    let first = true;
    const xml = cell.xml.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, (_m, open, close) => {
      const text = first ? escapeXml(texts[i] ?? '') : '';
      first = false;
      return `${open}${text}${close}`;
    });
    return { ...cell, xml };
  });
  return replaceAll(row.xml, renamed);
}

/**
 * The 2019 form, made from the 2021 one as its tables differ: table 二 with 本年新制作数量 … and
 * three columns under （五） and （六）, 其他对外管理服务事项, （八） with two and a （九） 政府集中采购;
 * table 三 with one （六）其他处理 row.
 */
function form2019(xml) {
  const [activeTable, requestsTable] = elements(xml, 'w:tbl');
  const rows = rowsOf(activeTable);
  const [section, header, valueRow] = [rows[0], rows[1], rows[2]];
  const part = (item, columns, labels) => [
    retitled(section, [`第二十条第（${item}）项`]),
    retitled(header, ['信息内容', ...columns]),
    ...labels.map((label) => retitled(valueRow, [label])),
  ];
  const ITEMS = ['上一年项目数量', '本年增/减', '处理决定数量'];
  const active = [
    ...part('一', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']),
    ...part('五', ITEMS, ['行政许可', '其他对外管理服务事项']),
    ...part('六', ITEMS, ['行政处罚', '行政强制']),
    ...part('八', ['上一年项目数量', '本年增/减', ''], ['行政事业性收费']),
    ...part('九', ['采购项目数量', '采购总金额', ''], ['政府集中采购']),
  ].join('');
  const open = activeTable.xml.slice(0, rows[0].start);
  const close = activeTable.xml.slice(rows.at(-1).end);
  // Table 三: the three （六） rows become one, made from the （二） row beside 三、本年度办理结果.
  const requestRows = rowsOf(requestsTable);
  const partial = requestRows.find((r) => r.cells.some((c) => c.text.startsWith('（二）部分公开')));
  const others = requestRows.filter((r) => r.cells.some((c) => /逾期不补正|缴纳费用|^3\.其他$/.test(c.text)));
  const requests = replaceAll(requestsTable.xml, [
    { ...others[0], xml: retitled(partial, ['（六）其他处理']) },
    ...others.slice(1).map((r) => ({ ...r, xml: '' })),
  ]);
  return replaceAll(xml, [
    { ...activeTable, xml: open + active + close },
    { ...requestsTable, xml: requests },
  ]);
}

/** A paragraph in the form's body style: the blank form's own 仿宋 at 三号 would be replaced anyway. */
const paragraph = (text) =>
  `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋" w:eastAsia="仿宋"/><w:sz w:val="32"/></w:rPr><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;

function fillText(xml, m, overview) {
  const title = `${m.agency}${m.year}年政府信息公开工作年度报告`;
  let out = xml.replace(/政府信息公开工作年度报告格式模板/, escapeXml(title));
  // The first （文字描述） is 总体情况: the paragraph holding it becomes the report's own paragraphs.
  const place = elements(out, 'w:p').find((p) => textOf(p.xml) === '（文字描述）');
  out = replaceAll(out, [{ ...place, xml: overview.map(paragraph).join('') }]);
  return out;
}

/**
 * The filled form's bytes. `blankZeros` leaves a zero's cell empty, as many agencies do;
 * `overview` is 总体情况 as paragraphs (its length decides where the tables fall on the pages).
 */
export async function filledForm(m, { blankZeros = false, overview = [] } = {}) {
  const zip = await JSZip.loadAsync(readFileSync(FORM));
  const print = (value) => (value === null || (blankZeros && value === 0) ? '' : String(value));
  const blank = await zip.file('word/document.xml').async('string');
  const xml = m.template === '2019' ? form2019(blank) : blank;
  zip.file('word/document.xml', fillTables(fillText(xml, m, overview), m, print), { date: ZIP_DATE });
  for (const file of Object.values(zip.files)) file.date = ZIP_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
