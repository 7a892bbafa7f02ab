/**
 * The 2014–2018 统计指标 | 单位 | 统计数 table → `tables.legacy`, keys in SPEC §2 order. Keywords
 * are matched against a compact label; the longest keyword found wins, so that 主要负责同志参加
 * 政府网站在线访谈次数 is not taken for 政府网站在线访谈次数. Rows under 行政复议, 行政诉讼 and 被举报投诉
 * share their labels (维持…, 纠错, 其他情形) and match only inside their group.
 */
export interface LegacyRowDef {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly keywords: readonly string[];
  /** The group row this row belongs to, for labels that repeat under several groups. */
  readonly within?: string;
}

const groupRows = (group: string, unit = '件'): LegacyRowDef[] => [
  { key: `${group}.maintained`, label: '（一）维持具体行政行为数', unit, keywords: ['维持'], within: `${group}.total` },
  { key: `${group}.corrected`, label: '（二）被依法纠错数', unit, keywords: ['纠错'], within: `${group}.total` },
  { key: `${group}.other`, label: '（三）其他情形数', unit, keywords: ['其他情形'], within: `${group}.total` },
];

export const LEGACY_ROWS: readonly LegacyRowDef[] = [
  { key: 'published.total', label: '（一）主动公开政府信息数', unit: '条', keywords: ['主动公开政府信息数'] },
  { key: 'published.normativeDocs', label: '其中：主动公开规范性文件数', unit: '条', keywords: ['主动公开规范性文件'] },
  { key: 'published.normativeDocsIssued', label: '制发规范性文件总数', unit: '件', keywords: ['制发规范性文件'] },
  { key: 'published.viaGazette', label: '1.政府公报公开政府信息数', unit: '条', keywords: ['政府公报公开'] },
  { key: 'published.viaWebsite', label: '2.政府网站公开政府信息数', unit: '条', keywords: ['政府网站公开'] },
  { key: 'published.viaWeibo', label: '3.政务微博公开政府信息数', unit: '条', keywords: ['政务微博公开'] },
  { key: 'published.viaWechat', label: '4.政务微信公开政府信息数', unit: '条', keywords: ['政务微信公开'] },
  { key: 'published.viaOther', label: '5.其他方式公开政府信息数', unit: '条', keywords: ['其他方式公开'] },
  { key: 'responses.total', label: '（一）回应公众关注热点或重大舆情数', unit: '次', keywords: ['回应公众关注热点', '重大舆情数'] },
  { key: 'responses.pressConferences', label: '1.参加或举办新闻发布会总次数', unit: '次', keywords: ['新闻发布会总次数', '举办新闻发布会'] },
  { key: 'responses.pressConferencesByHead', label: '其中：主要负责同志参加新闻发布会次数', unit: '次', keywords: ['主要负责同志参加新闻发布会'] },
  { key: 'responses.interviews', label: '2.政府网站在线访谈次数', unit: '次', keywords: ['在线访谈次数'] },
  { key: 'responses.interviewsByHead', label: '其中：主要负责同志参加政府网站在线访谈次数', unit: '次', keywords: ['主要负责同志参加政府网站在线访谈'] },
  { key: 'responses.interpretations', label: '3.政策解读稿件发布数', unit: '篇', keywords: ['政策解读稿件'] },
  { key: 'responses.weiboWechat', label: '4.微博微信回应事件数', unit: '次', keywords: ['微博微信回应'] },
  { key: 'responses.other', label: '5.其他方式回应事件数', unit: '次', keywords: ['其他方式回应'] },
  { key: 'requests.received', label: '（一）收到申请数', unit: '件', keywords: ['收到申请数'] },
  { key: 'requests.inPerson', label: '1.当面申请数', unit: '件', keywords: ['当面申请'] },
  { key: 'requests.fax', label: '2.传真申请数', unit: '件', keywords: ['传真申请'] },
  { key: 'requests.online', label: '3.网络申请数', unit: '件', keywords: ['网络申请', '网上申请'] },
  { key: 'requests.letter', label: '4.信函申请数', unit: '件', keywords: ['信函申请'] },
  { key: 'requests.otherChannel', label: '5.其他形式', unit: '件', keywords: ['其他形式'], within: 'requests.received' },
  { key: 'requests.closed', label: '（二）申请办结数', unit: '件', keywords: ['申请办结数'] },
  { key: 'requests.closedOnTime', label: '1.按时办结数', unit: '件', keywords: ['按时办结'] },
  { key: 'requests.closedExtended', label: '2.延期办结数', unit: '件', keywords: ['延期办结'] },
  { key: 'requests.replied', label: '（三）申请答复数', unit: '件', keywords: ['申请答复数'] },
  { key: 'replies.alreadyPublic', label: '1.属于已主动公开范围数', unit: '件', keywords: ['已主动公开范围'] },
  { key: 'replies.granted', label: '2.同意公开答复数', unit: '件', keywords: ['同意公开答复'] },
  { key: 'replies.partial', label: '3.同意部分公开答复数', unit: '件', keywords: ['同意部分公开'] },
  { key: 'replies.denied', label: '4.不同意公开答复数', unit: '件', keywords: ['不同意公开答复'] },
  { key: 'replies.denied.stateSecret', label: '其中：涉及国家秘密', unit: '件', keywords: ['涉及国家秘密'] },
  { key: 'replies.denied.commercialSecret', label: '涉及商业秘密', unit: '件', keywords: ['商业秘密'] },
  { key: 'replies.denied.privacy', label: '涉及个人隐私', unit: '件', keywords: ['个人隐私'] },
  { key: 'replies.denied.security', label: '危及国家安全、公共安全、经济安全和社会稳定', unit: '件', keywords: ['危及国家安全', '公共安全'] },
  { key: 'replies.denied.notGovInfo', label: '不是《条例》所指政府信息', unit: '件', keywords: ['所指政府信息'] },
  { key: 'replies.denied.otherLaw', label: '法律法规规定的其他情形', unit: '件', keywords: ['法律法规规定的其他情形'] },
  { key: 'replies.notThisAgency', label: '5.不属于本行政机关公开数', unit: '件', keywords: ['不属于本行政机关'] },
  { key: 'replies.notExist', label: '6.申请信息不存在数', unit: '件', keywords: ['申请信息不存在'] },
  { key: 'replies.amend', label: '7.告知作出更改补充数', unit: '件', keywords: ['更改补充'] },
  { key: 'replies.otherChannel', label: '8.告知通过其他途径办理数', unit: '件', keywords: ['其他途径'] },
  { key: 'reviews.total', label: '四、行政复议数量', unit: '件', keywords: ['行政复议数量'] },
  ...groupRows('reviews'),
  { key: 'litigation.total', label: '五、行政诉讼数量', unit: '件', keywords: ['行政诉讼数量'] },
  ...groupRows('litigation'),
  { key: 'complaints.total', label: '六、被举报投诉数量', unit: '件', keywords: ['举报投诉数量'] },
  ...groupRows('complaints'),
  { key: 'archives.total', label: '七、向图书馆、档案馆等查阅场所报送信息数', unit: '条', keywords: ['查阅场所报送', '报送信息数'] },
  { key: 'archives.paper', label: '（一）纸质文件数', unit: '条', keywords: ['纸质文件'] },
  { key: 'archives.electronic', label: '（二）电子文件数', unit: '条', keywords: ['电子文件'] },
  { key: 'org.units', label: '（一）政府信息公开工作专门机构数', unit: '个', keywords: ['专门机构数'] },
  { key: 'org.readingRooms', label: '（二）设置政府信息公开查阅点数', unit: '个', keywords: ['查阅点数'] },
  { key: 'org.visitors', label: '（三）查阅点接待人数', unit: '人', keywords: ['接待人数'] },
  { key: 'org.staff', label: '（四）从事政府信息公开工作人员数', unit: '人', keywords: ['从事政府信息公开工作人员'] },
  { key: 'org.staffFullTime', label: '1.专职人员数', unit: '人', keywords: ['专职人员'] },
  { key: 'org.staffPartTime', label: '2.兼职人员数', unit: '人', keywords: ['兼职人员'] },
  { key: 'org.budget', label: '（五）政府信息公开专项经费', unit: '万元', keywords: ['专项经费'] },
  { key: 'training.meetings', label: '（一）召开政府信息公开工作会议或专题会议数', unit: '次', keywords: ['工作会议', '专题会议'] },
  { key: 'training.classes', label: '（二）举办各类培训班数', unit: '次', keywords: ['培训班数'] },
  { key: 'training.trainees', label: '（三）接受培训人员数', unit: '人次', keywords: ['接受培训人员'] },
];

/** A total of the legacy tables and the rows that make it up. */
export type LegacySum = readonly [total: string, parts: readonly string[]];

/** Totals of the legacy tables and the rows that make them up (SPEC §4): legacy.sum checks them, and the local form's glued rows are split by them. */
export const LEGACY_SUMS: readonly LegacySum[] = [
  // requests.email and requests.letterOrFax are rows of the local 指标名称 form.
  [
    'requests.received',
    ['requests.inPerson', 'requests.fax', 'requests.email', 'requests.online', 'requests.letter', 'requests.letterOrFax', 'requests.otherChannel'],
  ],
  ['requests.closed', ['requests.closedOnTime', 'requests.closedExtended']],
  [
    'requests.replied',
    [
      'replies.alreadyPublic',
      'replies.granted',
      'replies.partial',
      'replies.denied',
      'replies.notThisAgency',
      'replies.notExist',
      'replies.amend',
      'replies.otherChannel',
      'replies.other',
    ],
  ],
  ...(['reviews', 'litigation', 'complaints'] as const).map((g): LegacySum => [`${g}.total`, [`${g}.maintained`, `${g}.corrected`, `${g}.other`]]),
  ['archives.total', ['archives.paper', 'archives.electronic']],
  ['org.staff', ['org.staffFullTime', 'org.staffPartTime']],
];

/**
 * The local form's 主动公开 is its website's and its gazette's: it picks among the splits of glued
 * rows, but is not checked (the national form's channels overlap: one item goes to several).
 */
export const LOCAL_PUBLISHED_SUM: LegacySum = ['published.total', ['published.viaWebsite', 'published.viaGazette']];

/** Group rows: a row with `within` matches only after its group's row, until another group begins. */
export const LEGACY_GROUPS = new Set(['requests.received', 'reviews.total', 'litigation.total', 'complaints.total']);

/**
 * The local form some bodies used (平潭 2011–2018): 指标名称 | 计量单位 | 年度 | 历年累计, with fewer
 * rows and some the national list lacks, which get keys of their own (SPEC: keep what is
 * there, add keys for what the list lacks). Every row has a cumulative figure, kept under
 * `<key>.cumulative`.
 */
export const LOCAL_LEGACY_ROWS: readonly LegacyRowDef[] = [
  { key: 'published.total', label: '主动公开文件数', unit: '条', keywords: ['主动公开文件数', '主动公开信息数'] },
  { key: 'published.viaWebsite', label: '政府网站公开数', unit: '条', keywords: ['网站公开'] },
  { key: 'published.viaGazette', label: '政府公报公开数', unit: '条', keywords: ['政府公报公开'] },
  { key: 'requests.received', label: '受理依申请公开信息总数', unit: '条', keywords: ['受理依申请公开信息总数'] },
  { key: 'requests.inPerson', label: '当面申请数', unit: '条', keywords: ['当面申请'] },
  { key: 'requests.fax', label: '传真申请数', unit: '条', keywords: ['传真申请'] },
  { key: 'requests.email', label: '电子邮件申请数', unit: '条', keywords: ['电子邮件申请'] },
  { key: 'requests.online', label: '网上申请数', unit: '条', keywords: ['网上申请'] },
  { key: 'requests.letter', label: '信函申请数', unit: '条', keywords: ['信函申请'] },
  { key: 'requests.letterOrFax', label: '信函、传真申请数', unit: '条', keywords: ['信函、传真申请', '信函传真申请'] },
  { key: 'requests.otherChannel', label: '其它形式申请数', unit: '条', keywords: ['其它形式申请', '其他形式申请'] },
  { key: 'requests.replied', label: '对申请的答复总数', unit: '条', keywords: ['对申请的答复'] },
  { key: 'replies.granted', label: '同意公开答复数', unit: '条', keywords: ['同意公开答复'] },
  { key: 'replies.partial', label: '同意部分公开答复数', unit: '条', keywords: ['同意部分公开答复'] },
  { key: 'replies.denied', label: '不予公开答复数', unit: '条', keywords: ['不予公开答复', '否决公开答复'] },
  { key: 'replies.other', label: '其他类型答复数', unit: '条', keywords: ['其他类型答复'] },
  { key: 'fees.waived', label: '政府信息公开收费减免金额', unit: '元', keywords: ['收费减免金额'] },
  { key: 'litigationAndComplaints.total', label: '接受行政诉讼、举报数', unit: '件', keywords: ['接受行政诉讼、举报', '接受行政诉讼举报'] },
  { key: 'reviews.total', label: '行政复议数', unit: '件', keywords: ['行政复议数'] },
  { key: 'litigation.total', label: '行政诉讼数', unit: '件', keywords: ['行政诉讼数'] },
  { key: 'complaints.total', label: '行政申诉、举报数', unit: '件', keywords: ['行政申诉'] },
];
