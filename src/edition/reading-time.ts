/**
 * How long a chapter is, and how much of it is left: words counted at build
 * time from the text as the importer numbered it (lib/edition.ts allParagraphs),
 * carried in the chapter page, and turned into a reading-time estimate in the
 * browser. Pure: the chapter page and the browser code share it.
 */
import { parseParagraphId } from './addresses.ts';

/**
 * Words per minute for the estimate. Brysbaert's meta-analysis of 190 studies
 * (Journal of Memory and Language 109, 2019) puts adults' silent reading of
 * English non-fiction at 238 wpm on average; a scholarly history dense with
 * names, dates and note numbers is read more slowly than that, so the edition
 * assumes 200 and says "about".
 */
export const WORDS_PER_MINUTE = 200;

/** Words in a run of English text: whitespace-separated tokens with a letter or digit (a lone dash is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Whole minutes to read `words`: at least 1 for any text, rounded to 5 beyond 10 (more precision would be false). */
export function minutesFor(words: number): number {
  if (words <= 0) return 0;
  const m = words / WORDS_PER_MINUTE;
  return m < 10 ? Math.max(1, Math.round(m)) : Math.round(m / 5) * 5;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "4,980 words left, about 25 minutes"; "Nothing left to read" at the end. */
export function describeRemaining(words: number): string {
  if (words <= 0) return 'Nothing left to read';
  const m = minutesFor(words);
  return `${thousands(words)} word${words === 1 ? '' : 's'} left, about ${m} minute${m === 1 ? '' : 's'}`;
}

/** Paragraph id → its word count, in reading order, as the chapter page carries it: "p3-1:120 p3-2:85 …". */
export function encodeParagraphWords(paragraphs: readonly { id: string; words: number }[]): string {
  return paragraphs.map((p) => `${p.id}:${p.words}`).join(' ');
}

export interface ChapterWords {
  total: number;
  /** Words before each paragraph (by id), in reading order. */
  before: Map<string, number>;
}

/** The reverse of encodeParagraphWords; entries that are not a paragraph id with a count are skipped. */
export function decodeParagraphWords(encoded: string): ChapterWords {
  const before = new Map<string, number>();
  let total = 0;
  for (const entry of encoded.split(' ')) {
    const at = entry.lastIndexOf(':');
    const id = entry.slice(0, at);
    const words = Number(entry.slice(at + 1));
    if (at < 0 || parseParagraphId(id) === null || !Number.isInteger(words) || words < 0) continue;
    before.set(id, total);
    total += words;
  }
  return { total, before };
}

/** How far through the chapter a reader at paragraph `id` is: 0–100, and the words from there to the end. */
export function progressAt(words: ChapterWords, id: string): { percent: number; wordsLeft: number } | null {
  const before = words.before.get(id);
  if (before === undefined || words.total === 0) return null;
  return { percent: Math.floor((100 * before) / words.total), wordsLeft: words.total - before };
}
