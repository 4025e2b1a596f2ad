/**
 * A text fragment (https://wicg.github.io/scroll-to-text-fragment/) for words
 * of a chapter's reading text: `#p3-52:~:text=prefix-,start,end,-suffix`, a
 * link that scrolls to those words and marks them (the paragraph id alone
 * where a browser lacks text fragments). Pure.
 *
 * A browser matches each part of a text directive within one block, whole
 * words only, against the text it shows, note markers included. So the
 * directive's parts are whole words taken from runs of the reading text that
 * cross no block and no left-out element (ReadingText.breaks).
 */
import { type ReadingText, runsOf } from './reading-text.ts';

const WORD = /[\p{L}\p{N}\p{M}’'_-]/u;
/** Words a text directive's start or end keeps, and a context's. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;
/** A quote this short (and in one run) goes whole into the directive. */
const WHOLE_LENGTH = 80;

/** Percent-encoding for a directive's part: its syntax characters (- , &) too. */
export const encodeTextPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** [start, end) widened to whole words: a directive cannot start or end inside a word. */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) start--;
  while (end < text.length && WORD.test(text[end]) && WORD.test(text[end - 1])) end++;
  return { start, end };
}

const words = (s: string) => s.split(' ').filter(Boolean);

/** The text directive (after `text=`) for [start, end) of the reading text; null when nothing can be matched. */
export function textDirective(rt: Pick<ReadingText<unknown>, 'text' | 'breaks'>, start: number, end: number): string | null {
  ({ start, end } = wholeWords(rt.text, start, end));
  const runs = runsOf(rt, start, end);
  if (runs.length === 0) return null;
  const first = rt.text.slice(runs[0].start, runs[0].end);
  const last = rt.text.slice(runs.at(-1)!.start, runs.at(-1)!.end);
  let parts: string[];
  if (runs.length === 1 && first.length <= WHOLE_LENGTH) parts = [first];
  else {
    const head = words(first).slice(0, EDGE_WORDS).join(' ');
    const tail = words(last).slice(-EDGE_WORDS).join(' ');
    parts = [head, tail];
  }
  // Context on either side, from the same run only, tells a repeated passage from its twin.
  const lineStart = Math.max(0, ...rt.breaks.filter((b) => b <= runs[0].start));
  const lineEnd = Math.min(rt.text.length, ...rt.breaks.filter((b) => b > runs.at(-1)!.end));
  const before = words(rt.text.slice(lineStart, runs[0].start)).slice(-CONTEXT_WORDS).join(' ');
  const after = words(rt.text.slice(runs.at(-1)!.end, lineEnd)).slice(0, CONTEXT_WORDS).join(' ');
  // A prefix need only start at a word's start, a suffix end at a word's end: punctuation may touch the quote.
  return [...(before ? [`${encodeTextPart(before)}-`] : []), ...parts.map(encodeTextPart), ...(after ? [`-${encodeTextPart(after)}`] : [])].join(',');
}
