import { fact } from '../findings/fact.js';
import type { Cell, Fact, ProseFigure, Tables } from '../types.js';
import type { ProseRule } from './types.js';

/**
 * Whose figure a sentence states: the whole body the report is about (全区, 本机关, 我局), or one
 * office of it (洪泽 2024: 区政府办代表区政府受理…17件, while table 三 covers the district's 95).
 * Only the first can contradict the table; the others are compared as warnings that quote both.
 */
const WHOLE = /全(?:区|市|县|省|州|盟|旗|镇|乡)|本机关|[我本](?:局|委|办|厅|院|中心|单位)/;
/** An office acting for the whole (区政府办代表区政府受理…) may count only what it handled itself. */
const ON_BEHALF = /代表/;
/** Review and lawsuit figures are compared only when the sentence says they concern disclosure. */
const DISCLOSURE = /信息公开/;

/** What the table prints for a stated figure: the value shown, and every value the text may rightly give. */
interface Printed {
  shown: number;
  accepted: number[];
  /** 上年结转, for a received figure that may include it. */
  over?: number;
}

interface Comparison {
  key: string;
  table: 'requests' | 'reviews' | 'legacy';
  row: string;
  printed(tables: Tables): Printed | null;
  /** Whether the sentence speaks for the report's whole body; null: it is not about this table at all. */
  scope(text: string): 'whole' | 'uncertain' | null;
}

const known = (cell: Cell | undefined): cell is number => cell !== undefined && cell !== null;

const COMPARISONS: readonly Comparison[] = [
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
    scope: (text) => (WHOLE.test(text) && !ON_BEHALF.test(text) ? 'whole' : 'uncertain'),
  },
  {
    key: 'reviews.total',
    table: 'reviews',
    row: 'review',
    printed: ({ reviews }) => (known(reviews?.review.total) ? { shown: reviews.review.total, accepted: [reviews.review.total] } : null),
    scope: (text) => (DISCLOSURE.test(text) ? 'whole' : null),
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
    scope: (text) => (DISCLOSURE.test(text) ? 'whole' : null),
  },
  {
    key: 'published.total',
    table: 'legacy',
    row: 'published.total',
    printed: ({ legacy }) => (known(legacy?.['published.total']) ? { shown: legacy['published.total'], accepted: [legacy['published.total']] } : null),
    // The 2008–2013 table counts 主动公开 its own way (some count one channel): never an error.
    scope: () => 'uncertain',
  },
];

function compare(c: Comparison, figure: ProseFigure, tables: Tables): Fact[] {
  const scope = c.scope(figure.text);
  const printed = c.printed(tables);
  if (scope === null || printed === null || printed.accepted.includes(figure.value)) return [];
  const at = { table: c.table, row: c.row, left: figure.value, right: printed.shown };
  if (scope === 'uncertain') return [fact('prose.tableScope', { ...at, detail: { text: figure.text } })];
  return [fact('prose.table', { ...at, detail: { text: figure.text, ...(printed.over ? { over: printed.over } : {}) } })];
}

export const proseTable: ProseRule = {
  id: 'prose.table',
  emits: ['prose.table', 'prose.tableScope'],
  check(prose, tables) {
    return COMPARISONS.flatMap((c) => {
      const figure = prose.find((f) => f.key === c.key);
      return figure ? compare(c, figure, tables) : [];
    });
  },
};
