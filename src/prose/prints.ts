import { FORM_SECTIONS, headingPattern } from '../template/index.js';
import type { Document } from '../text/document.js';
import { sectionHeadings } from './sections.js';
import type { TextPrints } from '../types.js';

/**
 * The running text's sentences as fingerprints: enough to tell, across the years of one agency,
 * which sentences a report repeats word for word from another year's, without keeping the text
 * (a run over thousands of reports keeps each report's prints until the run ends).
 */

/** A sentence ends at a full stop, question or exclamation mark; a line break inside is a PDF's or a page's wrap. */
const SENTENCE = /[^。！？!?]+/g;
/** Shorter sentences (一、总体情况, 特此报告) are the form's own words in every report. */
const MIN_LENGTH = 10;
/** A share of digits above which a piece is a table's rows run together, not a sentence. */
const MAX_DIGIT_SHARE = 0.15;
/**
 * Lines of a piece that are part of a sentence: those with a comma or the like, and its last
 * (which ends it). The rest are headings and, in a plain text, a table's rows, which every year's
 * report repeats; a sentence's line without a comma is dropped from every year alike.
 */
const SENTENCE_LINE = /[，,、；;]/;
/** A heading's number (一、 （二） 3.), whose 、 is no comma. */
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．])/;
/** A table's row in a plain text: cells apart by a tab or a bar, or a row ending in its figures; or a note in parentheses. */
const TABLE_LINE = /[\t|｜]|\s\d+\s*$|^\s*[（(][^）)]*[）)]\s*$/;

/** A line that is a section's heading and nothing else. */
const HEADING_LINES: readonly RegExp[] = FORM_SECTIONS.map((section) => new RegExp(`^\\s*${headingPattern(section, { numbered: true }).source}\\s*$`));
const isHeading = (line: string): boolean => HEADING_LINES.some((pattern) => pattern.test(line));
const isSentenceLine = (line: string): boolean =>
  SENTENCE_LINE.test(line) && !TABLE_LINE.test(line) && SENTENCE_LINE.test(line.replace(NUMBERING, '')) && !isHeading(line);

/** FNV-1a over UTF-16 code units, cut to 30 bits: plenty for a few hundred sentences, and what a chain keeps (src/run/chains.ts). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x3fffffff;
}

/** A piece of text as a sentence: its sentence lines, whitespace removed; null for what is no sentence. */
function sentenceOf(piece: string): string | null {
  const lines = piece.includes('\n') ? piece.split('\n') : [piece];
  const kept = lines.length === 1 ? piece : lines.filter((line, i) => i === lines.length - 1 || isSentenceLine(line)).join('');
  const sentence = kept.replace(/\s+/g, '');
  if (sentence.length < MIN_LENGTH) return null;
  const digits = sentence.replace(/\D/g, '').length;
  return digits / sentence.length > MAX_DIGIT_SHARE ? null : sentence;
}

/** The prints of a document's running text: its text blocks (a table's cells are the form's words, not the report's). */
export function textPrints(document: Document): TextPrints {
  const text = document.blocks.map((block) => (block.kind === 'text' ? block.text : '')).join('\n');
  // Where each section's heading starts, in order: [offset, section number].
  const starts = sectionHeadings(text)
    .map(({ n, index }): [number, number] => [index, n])
    .sort((a, b) => a[0] - b[0]);
  const sentences: TextPrints['sentences'] = [];
  let characters = 0;
  let next = 0;
  let section = 0;
  for (const match of text.matchAll(SENTENCE)) {
    while (next < starts.length && starts[next]![0] < match.index + match[0].length) section = starts[next++]![1];
    const sentence = sentenceOf(match[0]);
    if (sentence === null) continue;
    sentences.push([hashOf(sentence), sentence.length, section]);
    characters += sentence.length;
  }
  return { characters, sentences };
}
