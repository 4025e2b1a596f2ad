/**
 * Anchoring: finding again, in today's reading text, the words an annotation
 * was made on. As Hypothesis does (its anchoring/match-quote): the stored
 * offsets first, if the words are still there; then the quote, the stored
 * context choosing among several occurrences; then an approximate match
 * (Myers' bit-parallel edit distance), accepted only when the passage changed
 * a little. Pure.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../../edition/formats/annotation.ts';

export interface Anchored {
  start: number;
  end: number;
  /** How it was found: at its offsets, by its exact words elsewhere, or by words that changed a little. */
  how: 'position' | 'quote' | 'fuzzy';
}

/** The share of a quote's characters that may differ for it still to anchor. */
export const MAX_CHANGE = 0.2;

/** Characters equal from the end of `a` and `b` backwards. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters equal from the start of `a` and `b` onwards. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How well a candidate [start, end) fits: its words (1 − errors/length), its
 * context on either side, and, as a tie-breaker, its nearness to the old offsets.
 * Weighted as Hypothesis weighs them (50, 20, 20, 2).
 */
function context(text: string, quote: TextQuoteSelector, m: { start: number; end: number }): { prefix: number; suffix: number } {
  return {
    prefix: quote.prefix ? commonTail(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix) / quote.prefix.length : 1,
    suffix: quote.suffix ? commonHead(text.slice(m.end, m.end + quote.suffix.length), quote.suffix) / quote.suffix.length : 1,
  };
}

function score(text: string, quote: TextQuoteSelector, hint: number | undefined, m: { start: number; end: number; errors: number }): number {
  const q = 1 - m.errors / quote.exact.length;
  const { prefix, suffix } = context(text, quote, m);
  const near = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
  return (50 * q + 20 * prefix + 20 * suffix + 2 * near) / 92;
}

function exactMatches(text: string, exact: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push({ start: i, end: i + exact.length, errors: 0 });
  return found;
}

function best<M extends { start: number; end: number; errors: number }>(text: string, quote: TextQuoteSelector, hint: number | undefined, list: M[]): M {
  return list.map((m) => ({ m, s: score(text, quote, hint, m) })).reduce((a, b) => (b.s > a.s ? b : a)).m;
}

export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchored | null {
  const exact = quote.exact;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end, how: 'position' };

  const exacts = exactMatches(text, exact);
  if (exacts.length > 0) {
    const m = best(text, quote, position?.start, exacts);
    return { start: m.start, end: m.end, how: 'quote' };
  }

  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_CHANGE));
  if (maxErrors < 1) return null;
  const near = search(text, exact, maxErrors);
  if (near.length === 0) return null;
  const m = best(text, quote, position?.start, near);
  // Changed words in their old place: some of the old context must still be beside them.
  const { prefix, suffix } = context(text, quote, m);
  if (Math.max(prefix, suffix) < 0.5) return null;
  return { start: m.start, end: m.end, how: 'fuzzy' };
}
