// Writes a composed report (scripts/report-model.js) as a PDF laid out the way published reports
// are: wrapped paragraphs, ruled tables with merged cells, labels wrapped inside narrow cells,
// 三、本年度办理结果 written down its column one character per line, numbers in a larger font
// than labels (so their baselines differ), page numbers, and table 三 running over a page break.
import { PdfWriter, textWidth } from './pdf-writer.js';
import { REQUEST_COLUMNS, REQUEST_ROWS } from './report-model.js';
import { activeRows, REQUEST_HEADERS, reviewValues } from './report-text.js';

const PAGE = { width: 595, height: 842, top: 770, bottom: 70, left: 72, right: 523 };
const LABEL = 9;
const VALUE = 10.5;
const LEADING = 1.35;

/** Splits text into lines no wider than `width` at `size`. */
function wrap(text, width, size) {
  const lines = [''];
  for (const ch of text) {
    if (textWidth(lines.at(-1) + ch, size) > width) lines.push('');
    lines[lines.length - 1] += ch;
  }
  return lines;
}

class Layout {
  constructor({ ruled = true } = {}) {
    this.ruled = ruled;
    this.pdf = new PdfWriter(PAGE.width, PAGE.height);
    this.y = PAGE.top;
    this.page = null;
    this.newPage();
  }

  newPage() {
    if (this.page) this.footer();
    this.page = this.pdf.addPage();
    this.y = PAGE.top;
    this.number = (this.number ?? 0) + 1;
  }

  footer() {
    const label = `- ${this.number} -`;
    this.page.text((PAGE.width - textWidth(label, 10)) / 2, 40, 10, label);
  }

  room(height) {
    if (this.y - height < PAGE.bottom) this.newPage();
  }

  paragraph(text, { size = 12, indent = 2, gap = 6 } = {}) {
    const lines = wrap('　'.repeat(indent) + text, PAGE.right - PAGE.left, size);
    for (const line of lines) {
      this.room(size * LEADING);
      this.y -= size * LEADING;
      const body = line.replace(/^\u3000+/, '');
      this.page.text(PAGE.left + textWidth(line.slice(0, line.length - body.length), size), this.y, size, body);
    }
    this.y -= gap;
  }

  /** Text centred or left-aligned in a box, wrapped to its width; returns the height it needs. */
  static cellHeight(text, width, size) {
    return wrap(text, width - 6, size).length * size * LEADING + 8;
  }

  cellText(text, box, size, { align = 'centre' } = {}) {
    const lines = text === '' ? [] : wrap(text, box.width - 6, size);
    const block = lines.length * size * LEADING;
    let y = box.top - (box.height - block) / 2 - size;
    for (const line of lines) {
      const x = align === 'left' ? box.x + 3 : box.x + (box.width - textWidth(line, size)) / 2;
      this.page.text(x, y, size, line);
      y -= size * LEADING;
    }
  }

  /** A cell's four borders, as word processors draw them (a border shared by two cells is drawn twice). */
  box({ x, top, width, height }) {
    if (!this.ruled) return;
    this.page.line(x, top, x + width, top);
    this.page.line(x, top - height, x + width, top - height);
    this.page.line(x, top, x, top - height);
    this.page.line(x + width, top, x + width, top - height);
  }

  /** Cells are [text, firstColumn, span, size, align]; the row is as tall as its tallest cell. */
  row(columns, cells, { minHeight = 18, keep = false } = {}) {
    const width = (c, span) => columns.slice(c, c + span).reduce((a, b) => a + b, 0);
    const x = (c) => PAGE.left - 20 + width(0, c);
    const height = Math.max(minHeight, ...cells.map(([text, c, span, size]) => Layout.cellHeight(text, width(c, span), size)));
    if (!keep) this.room(height);
    const top = this.y;
    for (const [text, c, span, size, align] of cells) {
      const box = { x: x(c), top, width: width(c, span), height };
      this.cellText(text, box, size, { align });
      this.box(box);
    }
    this.y -= height;
    return { top, height, page: this.page };
  }

  /** A table pasted in as a picture: a grey box as wide as the text and `height` tall, nothing to read in it. */
  picture(height) {
    this.room(height);
    this.page.picture(PAGE.left, this.y - height, PAGE.right - PAGE.left, height);
    this.y -= height + 6;
  }

  finish() {
    this.footer();
    return this.pdf.toBuffer();
  }
}

const show = (value, blankZeros) => (blankZeros && value === 0 ? '' : String(value));

function activeTable(layout, m) {
  const columns = [150, 100, 100, 101];
  for (const row of activeRows(m, { layout: 'pdf' })) {
    if (row.header)
      layout.row(columns, [[row.labels[0], 0, 1, LABEL], ...row.labels.slice(1).map((l, i) => [l, i + 1, row.labels.length === 2 ? 3 : 1, LABEL])]);
    else if (row.values.length === 0) layout.row(columns, [[row.labels[0], 0, 4, LABEL]]);
    else layout.row(columns, [[row.labels[0], 0, 1, LABEL, 'left'], ...row.values.map((v, i) => [v, i + 1, row.values.length === 1 ? 3 : 1, VALUE])]);
  }
}

const OUTER = new Set(['new', 'carriedOver', 'carriedForward']);

function requestsTable(layout, m, { blankZeros }) {
  // Group column, sub-group column, label column, then the seven value columns.
  const columns = [20, 62, 136, ...REQUEST_COLUMNS.map(() => 39)];
  layout.row(
    columns,
    [
      [REQUEST_HEADERS[0][0], 0, 3, LABEL],
      ['申请人情况', 3, 7, LABEL],
    ],
    { minHeight: 20 },
  );
  layout.row(
    columns,
    [
      ['自然人', 3, 1, LABEL],
      ['法人或其他组织', 4, 5, LABEL],
      ['总计', 9, 1, LABEL],
    ],
    { minHeight: 16 },
  );
  layout.row(
    columns,
    REQUEST_HEADERS[2].map((h, i) => [h, 4 + i, 1, 8]),
    { minHeight: 16 },
  );
  const keys = REQUEST_ROWS.map((d) => d.key).filter((k) => k in m.requests);
  const groups = new Map();
  for (const key of keys) {
    const def = REQUEST_ROWS.find((d) => d.key === key);
    const values = m.requests[key].map((v, i) => [show(v, blankZeros), 3 + i, 1, VALUE]);
    const inGroup = def.group && def.group !== '三、本年度办理结果';
    const label = key === 'partial' ? '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' : def.label;
    const cells = OUTER.has(key) ? [[label, 0, 3, LABEL, 'left']] : [[label, inGroup ? 2 : 1, inGroup ? 1 : 2, LABEL, 'left']];
    const placed = layout.row(columns, [...cells, ...values]);
    for (const group of OUTER.has(key) ? [] : ['三、本年度办理结果', ...(inGroup ? [def.group] : [])]) {
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(placed);
    }
  }
  // Merged cells: boxed over their rows on each page, the text centred on the part on the page that holds most of it.
  for (const [group, rows] of groups) {
    const vertical = group === '三、本年度办理结果';
    const x = PAGE.left - 20 + (vertical ? 0 : columns[0]);
    const width = vertical ? columns[0] : columns[1];
    for (const page of new Set(rows.map((r) => r.page))) {
      const onPage = rows.filter((r) => r.page === page);
      const saved = layout.page;
      layout.page = page;
      layout.box({ x, top: onPage[0].top, width, height: onPage[0].top - (onPage.at(-1).top - onPage.at(-1).height) });
      layout.page = saved;
    }
    const pages = [...new Set(rows.map((r) => r.page))];
    const most = pages.reduce((a, b) => (rows.filter((r) => r.page === b).length > rows.filter((r) => r.page === a).length ? b : a));
    const first = rows.filter((r) => r.page === most);
    const top = first[0].top;
    const height = top - (first.at(-1).top - first.at(-1).height);
    const box = { x, top, width, height };
    const saved = layout.page;
    layout.page = first[0].page;
    if (vertical) {
      const chars = [...group];
      let y = top - (height - chars.length * LABEL * LEADING) / 2 - LABEL;
      for (const ch of chars) {
        layout.page.text(box.x + (box.width - textWidth(ch, LABEL)) / 2, y, LABEL, ch);
        y -= LABEL * LEADING;
      }
    } else layout.cellText(group, box, LABEL);
    layout.page = saved;
  }
}

function reviewsTable(layout, m, { blankZeros }) {
  const columns = Array(15).fill(32);
  const fields = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  layout.row(columns, [
    ['行政复议', 0, 5, LABEL],
    ['行政诉讼', 5, 10, LABEL],
  ]);
  layout.row(columns, [
    ['未经复议直接起诉', 5, 5, LABEL],
    ['复议后起诉', 10, 5, LABEL],
  ]);
  layout.row(
    columns,
    [...fields, ...fields, ...fields].map((f, i) => [f, i, 1, 8]),
  );
  layout.row(
    columns,
    reviewValues(m, {}).map((v, i) => [show(Number(v), blankZeros), i, 1, VALUE]),
    { minHeight: 22 },
  );
}

/**
 * A composed report as PDF bytes. `blankZeros` leaves zero cells of tables 三 and 四 empty, as
 * many bodies print them; `filler` adds paragraphs of running text (for a report of many pages,
 * or to move where a page break cuts table 三); `ruled: false` draws no borders, as some
 * reports print their tables; `pictures` names the tables pasted in as images.
 * @param {object} m
 * @param {{ blankZeros?: boolean, breakBefore?: string | null, filler?: number, ruled?: boolean, pictures?: string[] }} [options]
 */
export function reportPdf(m, { blankZeros = false, breakBefore = null, filler = 0, ruled = true, pictures = [] } = {}) {
  const layout = new Layout({ ruled });
  const heading = (text) => layout.paragraph(text, { size: 14, indent: 0, gap: 4 });
  layout.paragraph(m.template === '2019' ? `${m.agency}${m.year}年政府信息公开工作年度报告` : m.agency, { size: 18, indent: 0 });
  if (m.template !== '2019') layout.paragraph(`${m.year}年政府信息公开工作年度报告`, { size: 18, indent: 0, gap: 12 });
  layout.paragraph(
    `本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${m.year}年1月1日至${m.year}年12月31日。本报告的电子版可在本机关门户网站下载。如对本报告有任何疑问，请与本机关办公室联系。`,
  );
  heading('一、总体情况');
  layout.paragraph(
    `${m.year}年，本机关通过门户网站主动公开政府信息，行政规范性文件全部在门户网站和互联网政务媒体公开，并向区档案馆移交了纸质档案，全年开展政务公开业务培训，进一步规范了依申请公开的办理流程。`,
  );
  for (let i = 0; i < filler; i++) {
    layout.paragraph(
      `（${i + 1}）本机关围绕年度政务公开工作要点，持续深化决策、执行、管理、服务、结果公开，全年通过门户网站发布各类信息${100 + i}条，及时回应社会关切，不断提升政务公开的质量和实效。`,
    );
  }
  heading('二、主动公开政府信息情况');
  activeTable(layout, m);
  if (breakBefore === 'requests') layout.newPage();
  heading('三、收到和处理政府信息公开申请情况');
  if (pictures.includes('requests')) layout.picture(420);
  else requestsTable(layout, m, { blankZeros });
  heading('四、政府信息公开行政复议、行政诉讼情况');
  if (pictures.includes('reviews')) layout.picture(90);
  else reviewsTable(layout, m, { blankZeros });
  heading('五、存在的主要问题及改进情况');
  layout.paragraph('一是政策解读形式还需丰富；二是依申请公开答复的规范性有待提高。');
  heading('六、其他需要报告的事项');
  layout.paragraph('本年度未收取信息处理费。');
  return layout.finish();
}
