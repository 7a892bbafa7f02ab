/**
 * Table 二 (主动公开政府信息情况): rows with their fields, per template. The 2019 and 2021
 * forms share row keys but print different columns.
 */
export interface FieldDef {
  readonly key: string;
  readonly label: string;
}

export interface ActiveRowDef {
  readonly key: string;
  readonly label: string;
  readonly keywords: readonly string[];
  /** A bare label (规章) must equal the keyword rather than contain it. */
  readonly exact?: boolean;
  readonly fields: readonly FieldDef[];
}

const MADE = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total', label: '对外公开总数量' },
] as const;
const ITEMS_2019 = [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减' },
  { key: 'decisions', label: '处理决定数量' },
] as const;
const ISSUED = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;
const DECISIONS_2021 = [{ key: 'decisions', label: '本年处理决定数量' }] as const;

const REGULATIONS = { key: 'regulations', label: '规章', keywords: ['规章'], exact: true } as const;
const NORMATIVE = { key: 'normativeDocs', keywords: ['规范性文件'] } as const;
const LICENSING = { key: 'licensing', label: '行政许可', keywords: ['行政许可'] } as const;
const PUNISHMENT = { key: 'punishment', label: '行政处罚', keywords: ['行政处罚'] } as const;
const ENFORCEMENT = { key: 'enforcement', label: '行政强制', keywords: ['行政强制'] } as const;
const FEES = { key: 'fees', label: '行政事业性收费', keywords: ['事业性收费'] } as const;

export const ACTIVE_ROWS = {
  '2019': [
    { ...REGULATIONS, fields: MADE },
    { ...NORMATIVE, label: '规范性文件', fields: MADE },
    { ...LICENSING, fields: ITEMS_2019 },
    { key: 'otherServices', label: '其他对外管理服务事项', keywords: ['对外管理服务'], fields: ITEMS_2019 },
    { ...PUNISHMENT, fields: ITEMS_2019 },
    { ...ENFORCEMENT, fields: ITEMS_2019 },
    { ...FEES, fields: ITEMS_2019.slice(0, 2) },
    {
      key: 'procurement',
      label: '政府集中采购',
      keywords: ['集中采购'],
      fields: [
        { key: 'items', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额' },
      ],
    },
  ],
  '2021': [
    { ...REGULATIONS, fields: ISSUED },
    { ...NORMATIVE, label: '行政规范性文件', fields: ISSUED },
    { ...LICENSING, fields: DECISIONS_2021 },
    { ...PUNISHMENT, fields: DECISIONS_2021 },
    { ...ENFORCEMENT, fields: DECISIONS_2021 },
    { ...FEES, fields: [{ key: 'amount', label: '本年收费金额（万元）' }] },
  ],
} as const satisfies Record<'2019' | '2021', readonly ActiveRowDef[]>;

export type TableTemplate = keyof typeof ACTIVE_ROWS;

/** Column headings that only one template prints; they tell the templates apart. */
export const TEMPLATE_HEADINGS: Record<TableTemplate, readonly string[]> = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '采购总金额', '采购项目数量'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额'],
};
