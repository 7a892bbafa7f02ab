import { rowLabel, TABLE_LABELS } from '../template/index.js';
import type { UnreadPicture, UnreadWhy } from '../pictures.js';
import type { OcrCell } from '../types.js';
import { entry } from './entry.js';
import { num, where } from './phrases.js';

const TEMPLATE_NAMES: Record<string, string> = { '2019': '2019年版', '2021': '2021年版' };
/** A split of glued digits under which one group alone does not add up: what it would mean. */
export interface NearSplit {
  cells: number[];
  group: string;
  total: number;
  parts: number;
}

/** The nearest splits of digits no split makes add up, as a person reads them: each group's five cells, and the one that fails. */
function nearest(splits: readonly NearSplit[] | undefined): string {
  if (!splits?.length) return '';
  const told = splits.map((s) => {
    const groups = [0, 5, 10].map((i) => s.cells.slice(i, i + 5).join(' ')).join(' / ');
    return `「${groups}」（${rowLabel('reviews', s.group)} 总计 ${s.total}，分项之和 ${s.parts}）`;
  });
  return `最接近的拆法：${told.join('；')}。`;
}

/** An OCR cell as a person finds it in the picture: its text (or that it had ink and no text), its confidence and page. */
const ocrCellName = (c: OcrCell): string => `${c.text === '' ? '一个有字迹而未读出的' : `「${c.text}」`}（置信度 ${c.confidence}%${ocrPlace(c)}）`;

/** Where an OCR cell is: a page of the file, or a picture the web page shows (and its page, past the first). */
function ocrPlace({ page, picture }: OcrCell): string {
  if (picture) return `，图片 ${picture}${page ? ` 第 ${page + 1} 页` : ''}`;
  return page === null ? '' : `，第 ${page + 1} 页`;
}

const heading = (table: keyof typeof TABLE_LABELS | null): string => (table ? TABLE_LABELS[table] : '');

/**
 * The catalogue's entries for what reading a report met (structure.*, input.*, a rule of ours
 * that failed): warnings, since a directory of reports often holds other files. Listed in the
 * catalogue after the checks.
 */
export const READING = {
  'structure.tableMissing': entry({
    severity: 'warning',
    table: null,
    summary: '格式要求的表没有找到。',
    description: 'a table of the template was not found',
    message: (at) => `未找到${at.table ? TABLE_LABELS[at.table] : '统计表'}。`,
  }),
  'ocr.unsureCells': entry<{ cells: OcrCell[] }>({
    severity: 'warning',
    table: null,
    summary: '由文字识别读出的表格中有识别不确定的单元格：该表为部分核对，请对照原图。',
    description:
      'a table read by OCR (--ocr) has cells tesseract was unsure of (confidence below 80): the table is 部分核对, and an error in it is only a warning (ocr.unsure); the cells are named to compare with the picture',
    message: (at, d) => {
      const named = d.cells.slice(0, 8).map((c) => ocrCellName(c));
      const more = d.cells.length > named.length ? `等 ${d.cells.length} 个` : '';
      return `${where(at)}由文字识别读出，${named.join('、')}${more}单元格识别不确定：请对照原图核对。`;
    },
  }),
  'ocr.unsure': entry<{ rule: string; message: string; cells: OcrCell[] }>({
    severity: 'warning',
    table: null,
    summary: '由文字识别读出的报告：数字不符，但识别有不确定的单元格，只作警告，请对照原图。',
    description:
      'a report read by OCR (--ocr) breaks a rule, while some of its cells were read with low confidence or the rule reads its running text: a warning naming the cells to compare with the picture, never an error',
    message: (_at, d) => {
      const cells = d.cells.map((c) => ocrCellName(c)).join('、');
      const why = cells ? `识别不确定的单元格有 ${cells}` : '正文由文字识别读出';
      return `${d.message.replace(/。$/, '')}（${d.rule}）。但本报告由文字识别读出，${why}：请对照原图核对，确认后再作为错误。`;
    },
  }),
  'structure.tableEmpty': entry({
    severity: 'warning',
    table: null,
    summary: '找到了表的标题，却读不出数字（表是图片或扫描件）：报告为部分核对。',
    description: 'a table has its heading but no number could be read from it (a table pasted in as a picture, a scan): the report is 部分核对',
    message: (at) => `${where(at)}（${heading(at.table)}）有标题但读不出数字（表格可能是图片）。`,
  }),
  'structure.tableTruncated': entry<{ missing: number }>({
    severity: 'warning',
    table: null,
    summary: '表在最后几行之前中断（页面或复制被截断）。',
    description: 'a table stops before its last rows (the page or the copy was cut)',
    message: (at, d) => `${where(at)}之后表格中断，其后 ${d.missing} 行未找到。`,
  }),
  'structure.rowMissing': entry({
    severity: 'warning',
    table: null,
    summary: '格式中的一行没有找到，涉及它的等式不核对。',
    description: 'a row of the template was not found, so the identities over it are not checked',
    message: (at) => `${where(at)}未找到。`,
  }),
  'structure.blankTables': entry({
    severity: 'warning',
    table: null,
    summary: '表都在，但一个数字也没有（空白格式，未填写）：无可核对。',
    description: 'the tables are there but hold no number (the blank form, 未填写): nothing to check',
    message: () => '找到了统计表，但表中没有填写任何数字（空白的报告格式？），无可核对。',
  }),
  'structure.cellUnreadable': entry<
    { digits: string; nearest?: NearSplit[] } | { line: number; tooLarge: 1 } | { count: number; expected: number; line?: number }
  >({
    severity: 'warning',
    table: null,
    summary: '一行的单元格数不对，或数字粘连后无法拆成有效的一行：该行不核对。',
    description:
      'a row with the wrong number of cells, digits that split into no valid row (glued table 四: no split adds up, so the printed digits cannot all be right; the nearest splits are shown), or a count beyond 2^53: the row is not used',
    message: (at, d) =>
      'digits' in d
        ? d.nearest
          ? `${where(at)}的数字「${d.digits}」无论怎样拆，各组总计都不等于其分项之和：印出的数字不可能都对，请核对原表。${nearest(d.nearest)}`
          : `${where(at)}的数字「${d.digits}」无法拆成该行应有的单元格，未采用。`
        : 'tooLarge' in d
          ? `${where(at)}（第 ${d.line} 行）有一个数大到不可能是件数（超过 2^53），该行未采用。`
          : `${where(at)}${d.line ? `（第 ${d.line} 行）` : ''}读到 ${d.count} 个数，应为 ${d.expected} 个，该行未采用。`,
  }),
  'structure.blankTotal': entry<{ skipped?: number }>({
    severity: 'warning',
    table: null,
    summary: '总数留空而分项不空：相关等式跳过。',
    description: 'a total left blank while its parts are not: its identities are skipped (one warning for all that one blank column or row skips)',
    message: (at, d) =>
      d.skipped
        ? `${where(at)}：有 ${d.skipped} 项核对的总计一侧为空而另一侧不为空，均跳过。`
        : `${where(at)}：总计一侧为空而另一侧为 ${num(at.left)}，跳过此项核对。`,
  }),
  'structure.blankParts': entry<{ skipped?: number }>({
    severity: 'warning',
    table: null,
    summary: '总数已印而分项全部留空：相关等式跳过。',
    description: 'the parts all left blank under a printed total (a page that leaves a column empty): its identities are skipped, one warning for all',
    message: (at, d) =>
      d.skipped
        ? `${where(at)}：有 ${d.skipped} 项核对的总计不为空而各分项全部空白，均跳过。`
        : `${where(at)}：总计为 ${num(at.left)} 而各分项全部空白，跳过此项核对。`,
  }),
  'structure.mixedTemplate': entry<{ active: string; requests: string }>({
    severity: 'warning',
    table: null,
    summary: '表二和表三（六）其他处理分属 2019 与 2021 两种格式。',
    description: "table 二 and table 三's （六）其他处理 rows follow different templates (2019 and 2021)",
    message: (_at, d) => `表二按${TEMPLATE_NAMES[d.active] ?? d.active}格式，表三（六）其他处理却按${TEMPLATE_NAMES[d.requests] ?? d.requests}格式。`,
  }),
  'structure.gluedCells': entry<{ lines?: number }>({
    severity: 'warning',
    table: null,
    summary: '标签与数字粘连（复制时丢了分隔），无法分开。',
    description: 'labels and numbers glued together (a copy that lost its separators) that cannot be told apart',
    message: (at, d) => `${where(at)}${d.lines ? `有 ${d.lines} 行` : ''}标签与数字粘连（复制网页时丢了分隔），无法分出单元格。`,
  }),
  'structure.recoveredCells': entry<{ rows: number; series?: 1; text?: string }>({
    severity: 'warning',
    table: null,
    summary: '粘连的数字按表内等式、唯一的拆法、正文所说的数字或相邻年度拆回单元格。',
    description:
      "glued digits split back into cells by the table's identities, by the only split there is, by the figure the text states, or by the neighbouring years' cumulative figures",
    message: (at, d) =>
      d.text
        ? `${where(at)}的数字在原文中粘连，已按正文所述「${d.text}」拆分还原；这些数是推算拆分的，不是原文分隔好的。`
        : d.series
          ? `${where(at)}的数字在原文中粘连，已按相邻年度报告的历年累计（上年累计 + 本年 = 本年累计）拆分还原；这些数是推算拆分的，不是原文分隔好的。`
          : `${where(at)}的数字在原文中粘连，已还原 ${d.rows} 行（按表格应满足的等式，或只有一种拆法）；这些数是推算拆分的，不是原文分隔好的。`,
  }),
  'structure.ambiguousCells': entry<{ digits: string; ways?: number }>({
    severity: 'warning',
    table: null,
    summary: '粘连的数字有几种同样好的拆法：不采用。',
    description: 'glued digits that split several ways equally well: not used (`candidates` lists the splits)',
    message: (at, d) =>
      d.ways === undefined
        ? `${where(at)}的数字「${d.digits}」拆法太多，无法确定，未采用。`
        : `${where(at)}的数字「${d.digits}」有 ${d.ways} 种拆法同样说得通，无法确定，未采用。`,
  }),
  'structure.unknownFormat': entry({
    severity: 'warning',
    table: null,
    summary: '不像年度报告：没有统计表，正文也没有相关数字。',
    description: 'not a report: no statistical table and no figure in the text',
    message: () => '不像政府信息公开工作年度报告：没有统计表，也没有相关文字。',
  }),
  'input.empty': entry({
    severity: 'warning',
    table: null,
    summary: '文件是空的，或没有文字。',
    description: 'the file is empty, or holds no text',
    message: () => '文件是空的。',
  }),
  'input.binary': entry<{ kind?: string }>({
    severity: 'warning',
    table: null,
    summary: '不读的格式（表格、OFD、图片等）：说明是什么，以及应另存为什么。',
    description: 'a format not read (spreadsheet, OFD, image …): the message names it and says what to save it as',
    message: (_at, d) =>
      d.kind ? `文件是${d.kind}，本工具不读这种格式；请另存为 PDF、Word（.docx）或网页（.html）后再查。` : '文件不是文本，也不是 PDF 或 Word 文件，无法读取。',
  }),
  'input.unreadable': entry<{ reason: string }>({
    severity: 'warning',
    table: null,
    summary: '文件读不出，并说明原因：PDF 或 Word 文件损坏或加密、超时、超出内存或大小限制、未跟随的链接等。',
    description:
      'the file could not be read, with the reason: a damaged or locked PDF or Word file, a file over a time, memory or size limit, a link not followed',
    message: (_at, d) => `文件无法读取：${d.reason}。`,
  }),
  'input.noText': entry<{ pages: number; picture?: boolean; ocr?: boolean }>({
    severity: 'warning',
    table: null,
    summary: 'PDF 没有文字层（扫描件），或文件是图片：加 --ocr 用文字识别读出；已识别而仍无文字时说明。',
    description: 'a PDF with no text layer (a scan) or a picture (PNG, JPEG): --ocr reads it by OCR; with --ocr, nothing could be read from it',
    message: (_at, d) => {
      const what = d.picture ? '文件是图片' : `PDF 的 ${d.pages} 页都没有文字层（扫描件？）`;
      return d.ocr
        ? `${what}，文字识别也没有读出文字：图片可能是空白的或过于模糊。`
        : `${what}，读不出表格；加上 --ocr 选项即可用文字识别读出（每页约十几秒）。`;
    },
  }),
  'input.pictures': entry<{ pictures: UnreadPicture[] }>({
    severity: 'warning',
    table: null,
    summary: '表格没有读全，而网页或 Word 文件中有没读的图片：表格若是图片，加 --ocr 读出；图片找不到或读不出时说明。',
    description:
      'a table is missing and the page (or Word file) shows pictures that were not read: without --ocr, it says that --ocr would read them; with it, which pictures were not beside the page or could not be decoded',
    message: (_at, d) => {
      const told = (why: readonly UnreadWhy[]): string[] => d.pictures.filter((p) => why.includes(p.why)).map((p) => p.src);
      const named = (srcs: string[]): string => srcs.slice(0, 3).join('、') + (srcs.length > 3 ? ` 等 ${srcs.length} 张` : '');
      const [unasked, missing, undecoded, over] = [told(['noOcr']), told(['missing']), told(['notPicture', 'damaged']), told(['tooMany'])];
      const parts = [
        unasked.length > 0 ? `有 ${unasked.length} 张图片没有读：表格若是图片，加上 --ocr 选项即可用文字识别读出` : '',
        missing.length > 0 ? `引用的图片 ${named(missing)} 找不到：保存网页时请连同图片一起保存（“网页，全部”）` : '',
        undecoded.length > 0 ? `图片 ${named(undecoded)} 不是 PNG、JPEG 或 TIFF，或已损坏，无法识别` : '',
        over.length > 0 ? `图片太多，其余 ${over.length} 张没有读` : '',
      ];
      return `表格没有读全，${parts.filter((p) => p !== '').join('；')}。`;
    },
  }),
  'input.encodingUncertain': entry<{ encoding: string }>({
    severity: 'warning',
    table: null,
    summary: '无法确定文字编码：读出的文字可能有误。',
    description: 'the encoding could not be told for certain: the text may be wrong',
    message: (_at, d) => `无法确定文件编码，按 ${d.encoding} 读取，文字可能有误。`,
  }),
  'input.mixedEncoding': entry<{ lines: number; encoding: string }>({
    severity: 'warning',
    table: null,
    summary: 'UTF-8 文件中夹有其他编码的行：每行按其编码读出。',
    description: 'a UTF-8 file with lines in another encoding, each read in its own',
    message: (_at, d) => `文件混用了编码：${d.lines} 行不是 UTF-8，已按 ${d.encoding} 读取。`,
  }),
  'input.charsetMismatch': entry<{ encoding: string }>({
    severity: 'warning',
    table: null,
    summary: '网页声明的字符集与其 UTF-8 字节不符：按 UTF-8 读出。',
    description: 'a web page whose declared charset its UTF-8 bytes contradict: read as UTF-8',
    message: (_at, d) => `网页声明编码为 ${d.encoding}，但内容是 UTF-8，已按 UTF-8 读取。`,
  }),
  'input.invalidBytes': entry<{ lines: number }>({
    severity: 'warning',
    table: null,
    summary: '有不合该编码的字节，已替换为 �。',
    description: 'bytes invalid in the encoding, replaced by �',
    message: (_at, d) => `文件有 ${d.lines} 行含无效字节，已用 � 代替。`,
  }),
  'internal.ruleFailed': entry<{ failed: string; reason: string }>({
    severity: 'warning',
    table: null,
    summary: '本工具的某条规则在这份报告上出错（程序缺陷）：其他规则照常运行。',
    description: 'a rule of ours failed on this report (a bug): the other rules still ran',
    message: (_at, d) => `规则 ${d.failed} 运行出错：${d.reason}。`,
  }),
};
