/**
 * Table 三 (收到和处理政府信息公开申请情况): columns, rows, labels and the keywords that find
 * each row in flattened text. Keywords are matched against a label with whitespace and
 * numbering removed; the first keyword is the most distinctive.
 */
export const REQUEST_COLUMNS = [
  { key: 'natural', label: '自然人', role: 'part' },
  { key: 'commercial', label: '商业企业', role: 'part' },
  { key: 'research', label: '科研机构', role: 'part' },
  { key: 'nonprofit', label: '社会公益组织', role: 'part' },
  { key: 'legal', label: '法律服务机构', role: 'part' },
  { key: 'other', label: '其他', role: 'part' },
  { key: 'total', label: '总计', role: 'total' },
] as const;

/** How a row takes part in the identities: inputs (一、二), outcomes (三), the total, the output (四). */
export type RequestRowRole = 'input' | 'outcome' | 'total' | 'output';

export interface RequestRowDef {
  readonly key: string;
  readonly label: string;
  /** The printed group heading, e.g. （三）不予公开, shown before the label in messages. */
  readonly group?: string;
  readonly role: RequestRowRole;
  readonly keywords: readonly string[];
  /** Rows whose label is a bare word (3.其他) are found only right after these rows. */
  readonly after?: readonly string[];
  /** Set on rows that exist in one template only. */
  readonly template?: '2019' | '2021';
}

const RESULT = '三、本年度办理结果';
const WITHHELD = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const UNPROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

export const REQUEST_ROWS = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', role: 'input', keywords: ['本年新收'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', role: 'input', keywords: ['上年结转'] },
  { key: 'granted', group: RESULT, label: '（一）予以公开', role: 'outcome', keywords: ['予以公开'] },
  { key: 'partial', group: RESULT, label: '（二）部分公开', role: 'outcome', keywords: ['部分公开'] },
  { key: 'withheld.stateSecret', group: WITHHELD, label: '1.属于国家秘密', role: 'outcome', keywords: ['国家秘密'] },
  {
    key: 'withheld.lawProhibited',
    group: WITHHELD,
    label: '2.其他法律行政法规禁止公开',
    role: 'outcome',
    keywords: ['禁止公开', '其他法律行政', '法律行政法规'],
  },
  { key: 'withheld.threeSafeties', group: WITHHELD, label: '3.危及“三安全一稳定”', role: 'outcome', keywords: ['三安全一稳定', '危及'] },
  { key: 'withheld.thirdParty', group: WITHHELD, label: '4.保护第三方合法权益', role: 'outcome', keywords: ['第三方合法权益', '保护第三方'] },
  { key: 'withheld.internalAffairs', group: WITHHELD, label: '5.属于三类内部事务信息', role: 'outcome', keywords: ['内部事务'] },
  { key: 'withheld.processInfo', group: WITHHELD, label: '6.属于四类过程性信息', role: 'outcome', keywords: ['过程性信息', '过程性'] },
  { key: 'withheld.enforcementFile', group: WITHHELD, label: '7.属于行政执法案卷', role: 'outcome', keywords: ['执法案卷'] },
  { key: 'withheld.adminQuery', group: WITHHELD, label: '8.属于行政查询事项', role: 'outcome', keywords: ['行政查询'] },
  { key: 'unavailable.notHeld', group: UNAVAILABLE, label: '1.本机关不掌握相关政府信息', role: 'outcome', keywords: ['不掌握'] },
  { key: 'unavailable.needsCreation', group: UNAVAILABLE, label: '2.没有现成信息需要另行制作', role: 'outcome', keywords: ['另行制作', '没有现成'] },
  { key: 'unavailable.unclear', group: UNAVAILABLE, label: '3.补正后申请内容仍不明确', role: 'outcome', keywords: ['仍不明确', '补正后申请'] },
  { key: 'unprocessed.petition', group: UNPROCESSED, label: '1.信访举报投诉类申请', role: 'outcome', keywords: ['信访举报', '举报投诉'] },
  { key: 'unprocessed.repeat', group: UNPROCESSED, label: '2.重复申请', role: 'outcome', keywords: ['重复申请'] },
  { key: 'unprocessed.publication', group: UNPROCESSED, label: '3.要求提供公开出版物', role: 'outcome', keywords: ['出版物'] },
  { key: 'unprocessed.massRepeat', group: UNPROCESSED, label: '4.无正当理由大量反复申请', role: 'outcome', keywords: ['大量反复'] },
  {
    key: 'unprocessed.confirm',
    group: UNPROCESSED,
    label: '5.要求行政机关确认或重新出具已获取信息',
    role: 'outcome',
    keywords: ['重新出具', '确认或重新', '已获取信息'],
  },
  { key: 'other', label: OTHER, role: 'outcome', keywords: ['其他处理'], template: '2019' },
  {
    key: 'other.noCorrection',
    group: OTHER,
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    role: 'outcome',
    keywords: ['逾期不补', '不补正'],
    template: '2021',
  },
  {
    key: 'other.unpaidFee',
    group: OTHER,
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    role: 'outcome',
    keywords: ['收费通知', '缴纳费用'],
    template: '2021',
  },
  { key: 'other.misc', group: OTHER, label: '3.其他', role: 'outcome', keywords: [], after: ['other.noCorrection', 'other.unpaidFee'], template: '2021' },
  { key: 'total', label: '（七）总计', role: 'total', keywords: ['总计'] },
  { key: 'carriedForward', label: '四、结转下年度继续办理', role: 'output', keywords: ['结转下年度', '转下年度', '结转下一年度', '转下一年度'] },
] as const satisfies readonly RequestRowDef[];

export type RequestRowKey = (typeof REQUEST_ROWS)[number]['key'];
export type RequestColumnKey = (typeof REQUEST_COLUMNS)[number]['key'];

export const REQUEST_COLUMN_KEYS: readonly RequestColumnKey[] = REQUEST_COLUMNS.map((c) => c.key);
export const REQUEST_ROW_KEYS: readonly RequestRowKey[] = REQUEST_ROWS.map((r) => r.key);

/** The applicants' columns, which add up to 总计. */
export const REQUEST_PART_COLUMNS = REQUEST_COLUMNS.filter((c) => c.role === 'part').map((c) => c.key);
