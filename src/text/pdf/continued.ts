import { isNumber, type LatticeTable } from './lattice.js';
import { ROW_NUMBER } from '../normalise.js';
import { joinWrapped } from './paragraphs.js';

/** Column lines this near, in points, are the same column on the next page. */
const SAME_EDGE = 2;

const sameColumns = (a: LatticeTable, b: LatticeTable): boolean =>
  a.edges.length === b.edges.length && a.edges.every((edge, i) => Math.abs(edge - b.edges[i]!) <= SAME_EDGE);

/**
 * Whether `next`'s first row is the rest of `last`, a row that a page break cut in two: text
 * only under the cut row's text, no number (the values stay with the first part), no label of
 * its own, and a numbered label cut (every row of table 三 starts with its number: 一、 （三） 2.;
 * the unnumbered labels of table 二 are too short to wrap, and a blank row of them is a row).
 */
function continues(last: readonly string[], next: readonly string[]): boolean {
  if (last.length !== next.length) return false;
  const texts = next.flatMap((cell, i) => (cell === '' ? [] : [i]));
  return (
    texts.length > 0 && texts.every((i) => last[i] !== '' && !isNumber(next[i]!) && !ROW_NUMBER.test(next[i]!)) && texts.some((i) => ROW_NUMBER.test(last[i]!))
  );
}

const least = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * Ruled tables with a table that goes on at the top of the next page joined to it, in reading
 * order: `adjacent(a, b)` says that nothing but page furniture stands between them.
 */
export function joinContinued(tables: readonly LatticeTable[], adjacent: (a: LatticeTable, b: LatticeTable) => boolean): LatticeTable[] {
  const out: LatticeTable[] = [];
  for (const table of tables) {
    const previous = out.at(-1);
    if (!previous || table.page !== previous.endPage + 1 || !sameColumns(previous, table) || !adjacent(previous, table)) {
      out.push({ ...table, rows: [...table.rows], ...(table.confidence ? { confidence: [...table.confidence] } : {}) });
      continue;
    }
    const [first, ...rest] = table.rows;
    const last = previous.rows.at(-1)!;
    // Confidence follows the rows: a cell joined over the break is as sure as the less sure part.
    const confidence = table.confidence ?? table.rows.map((row) => row.map(() => null));
    const [firstRead, ...restRead] = confidence;
    if (continues(last, first!)) {
      previous.rows[previous.rows.length - 1] = last.map((cell, i) => joinWrapped(cell, first![i]!));
      if (previous.confidence) previous.confidence[previous.confidence.length - 1] = previous.confidence.at(-1)!.map((c, i) => least(c, firstRead![i] ?? null));
    } else {
      rest.unshift(first!);
      restRead.unshift(firstRead!);
    }
    previous.rows.push(...rest);
    if (previous.confidence || table.confidence) {
      previous.confidence ??= previous.rows.slice(0, previous.rows.length - rest.length).map((row) => row.map(() => null));
      previous.confidence.push(...restRead);
    }
    previous.bottom = table.bottom;
    previous.endPage = table.endPage;
  }
  return out;
}
