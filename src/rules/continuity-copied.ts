import { fact } from '../findings/fact.js';
import { FORM_SECTIONS } from '../template/index.js';
import type { Fact, TextPrints } from '../types.js';
import type { ChainLink } from './chain-link.js';

/**
 * A report's sentence prints as a chain compares them: per sentence its hash, then
 * its length (cut to 4,095) × 8 + its section, in one typed array; the chain keeps each in 45 bits
 * (src/run/chains.ts).
 */
export interface PackedText {
  characters: number;
  sentences: Uint32Array;
}

export function packText({ characters, sentences }: TextPrints): PackedText | undefined {
  if (sentences.length === 0) return undefined;
  const packed = new Uint32Array(sentences.length * 2);
  sentences.forEach(([hash, length, section], i) => {
    packed[2 * i] = hash;
    packed[2 * i + 1] = Math.min(length, 4095) * 8 + section;
  });
  return { characters, sentences: packed };
}

/** A note once this much of the later report's text is the earlier's word for word, and at least a paragraph of it, … */
const NOTED_SHARE = 0.2;
const NOTED_COPIED = 200;
/** … or a section of at least this many characters is copied whole. */
const NOTED_SECTION = 100;

interface Copied {
  share: number;
  copied: number;
  longest: number;
  longestSection: number;
  sections: number[];
}

/** What of `later`'s sentences `earlier` holds word for word: their share of its text, the longest run of them, the sections copied whole. */
function copiedText(earlier: PackedText, later: PackedText): Copied {
  const before = new Set<number>();
  for (let i = 0; i < earlier.sentences.length; i += 2) before.add(earlier.sentences[i]!);
  const bySection = new Map<number, { characters: number; copied: number }>();
  let copied = 0;
  let run = 0;
  let runSection = 0;
  let longest = 0;
  let longestSection = 0;
  for (let i = 0; i < later.sentences.length; i += 2) {
    const length = later.sentences[i + 1]! >>> 3;
    const section = later.sentences[i + 1]! & 7;
    const tally = bySection.get(section) ?? { characters: 0, copied: 0 };
    bySection.set(section, tally);
    tally.characters += length;
    if (!before.has(later.sentences[i]!)) {
      run = 0;
      continue;
    }
    copied += length;
    tally.copied += length;
    if (run === 0) runSection = section;
    run += length;
    if (run > longest) [longest, longestSection] = [run, runSection];
  }
  const sections = [...bySection]
    .filter(([section, t]) => section > 0 && t.copied === t.characters && t.characters >= NOTED_SECTION)
    .map(([section]) => section);
  return { share: later.characters > 0 ? copied / later.characters : 0, copied, longest, longestSection, sections };
}

const titleOf = (section: number): string | null => FORM_SECTIONS[section - 1]?.title ?? null;

/**
 * Text of year N+1 that is year N's word for word (a note: evaluators mark a report down for it).
 * Filed on `on`, like the carry-over: the later year, unless it was written out before the earlier came.
 */
export function compareText(earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] {
  if (!earlier.text || !later.text) return [];
  const found = copiedText(earlier.text, later.text);
  if ((found.share < NOTED_SHARE || found.copied < NOTED_COPIED) && found.sections.length === 0) return [];
  const other = on === 'later' ? earlier : later;
  return [
    fact('continuity.copied', {
      detail: {
        direction: on === 'later' ? 'fromPrevious' : 'byNext',
        otherYear: other.year,
        otherFile: other.path,
        percent: Math.round(found.share * 100),
        copied: found.copied,
        characters: later.text.characters,
        longest: found.longest,
        longestSection: titleOf(found.longestSection),
        sections: found.sections.map((s) => titleOf(s)!),
      },
    }),
  ];
}
