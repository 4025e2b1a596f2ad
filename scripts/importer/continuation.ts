import { type Block, FIGURE_KINDS, proseEnd } from './blocks.ts';

/**
 * A paragraph that the printed page broke: `first` continues in `second`, possibly
 * with figures (photographs, the telegram) printed between the two halves.
 */
export interface Continuation {
  first: Block;
  second: Block;
  figures: Block[];
  /** The first half ends in a hyphen that the page break may have introduced. */
  hyphenated: boolean;
}

const TERMINAL = /[.?!:…]$/;

/** True when a block's text reads as unfinished: no closing punctuation, or a trailing hyphen. */
export function endsUnfinished(text: string): boolean {
  return !TERMINAL.test(proseEnd(text));
}

export function endsHyphenated(text: string): boolean {
  return /\p{L}-$/u.test(text);
}

export function startsMidSentence(text: string): boolean {
  return /^[*"“‘(]*\p{Ll}/u.test(text);
}

/** Every page-broken paragraph in the classified blocks, in order. */
export function findContinuations(blocks: readonly Block[]): Continuation[] {
  const found: Continuation[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'paragraph') continue;
    let j = i + 1;
    while (j < blocks.length && FIGURE_KINDS.has(blocks[j].kind)) j += 1;
    const second = blocks[j];
    if (!second || second.kind !== 'paragraph') continue;
    if (endsUnfinished(first.text) || startsMidSentence(second.text)) {
      found.push({ first, second, figures: blocks.slice(i + 1, j), hyphenated: endsHyphenated(first.text) });
    }
  }
  return found;
}
