import type { Fact, ProseFigure } from '../types.js';
import { fact } from '../findings/fact.js';
import type { ProseRule } from './types.js';

/**
 * Whose applications a sentence counts: the whole body the report is about (全区, 本机关, 我局),
 * or one office of it (洪泽 2024: 区政府办代表区政府受理…17件, while table 三 covers the district's
 * 95). Only the first can contradict the table.
 */
const WHOLE = /全(?:区|市|县|省|州|盟|旗|镇|乡)|本机关|[我本](?:局|委|办|厅|院|中心|单位)/;
/** An office acting for the whole (区政府办代表区政府受理…) may count only what it handled itself. */
const ON_BEHALF = /代表/;
/** Review and lawsuit figures are compared only when the sentence says they concern disclosure. */
const DISCLOSURE = /信息公开/;

function disagreement(figure: ProseFigure, table: 'requests' | 'reviews', row: string, printed: number, over?: number): Fact {
  return fact('prose.table', { table, row, left: figure.value, right: printed, detail: { text: figure.text, ...(over === undefined ? {} : { over }) } });
}

export const proseTable: ProseRule = {
  id: 'prose.table',
  check(prose, { requests, reviews }) {
    const facts: Fact[] = [];
    const get = (key: string): ProseFigure | undefined => prose.find((f) => f.key === key);
    const received = get('requests.received');
    const fresh = requests?.rows.new?.[6];
    if (received && WHOLE.test(received.text) && !ON_BEHALF.test(received.text) && fresh !== undefined && fresh !== null) {
      // Some count what came in this year, some add what was carried over: both are the table's.
      const over = requests?.rows.carriedOver?.[6] ?? 0;
      if (received.value !== fresh && received.value !== fresh + over) facts.push(disagreement(received, 'requests', 'new', fresh, over));
    }
    const review = get('reviews.total');
    const printedReview = reviews?.review.total;
    if (review && DISCLOSURE.test(review.text) && printedReview !== undefined && printedReview !== null && review.value !== printedReview) {
      facts.push(disagreement(review, 'reviews', 'review', printedReview));
    }
    const lawsuits = get('litigation.total');
    const direct = reviews?.litigationDirect.total ?? null;
    const after = reviews?.litigationAfterReview.total ?? null;
    if (lawsuits && DISCLOSURE.test(lawsuits.text) && direct !== null && after !== null) {
      // Either both kinds of lawsuit together, or one kind named on its own.
      if (![direct + after, direct, after].includes(lawsuits.value)) facts.push(disagreement(lawsuits, 'reviews', 'litigationDirect', direct + after));
    }
    return facts;
  },
};
