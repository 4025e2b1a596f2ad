/**
 * The two text selectors of the Web Annotation model for a stretch of a
 * chapter's reading text: the quoted words with their context, and the offsets.
 * Pure.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../edition/formats/annotation.ts';

/** Characters of context kept on either side of the quote, as Hypothesis and Readium keep. */
export const CONTEXT_LENGTH = 32;

/** [start, end) without white space at either end (a selection often takes a space with it). */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
