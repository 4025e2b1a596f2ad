import { findContinuations } from '../continuation.ts';
import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'rejoin-hyphenated-words';

export type HyphenDecision = { keep: boolean; reason: string };

function occurs(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text);
}

/**
 * Decide whether the hyphen between `head` and `tail` (split across a page break)
 * belongs to the word. Evidence first: how the text itself writes the word elsewhere.
 */
export function decideHyphen(head: string, tail: string, text: string): HyphenDecision {
  if (/^[\p{Lu}\d]/u.test(tail)) {
    return { keep: true, reason: `a true compound: “${tail}” is capitalised` };
  }
  if (occurs(text, `${head}-${tail}`)) {
    return { keep: true, reason: `a true compound: the text writes “${head}-${tail}” elsewhere` };
  }
  if (occurs(text, `${head}${tail}`)) {
    return { keep: false, reason: `the text writes “${head}${tail}” elsewhere` };
  }
  return { keep: false, reason: 'a word divided at the line end; the text gives no sign of a compound' };
}

/** The hyphen of a word divided across a page break goes; a true compound keeps it. */
export const rejoinHyphenatedWords: EditorialRule = {
  name: NAME,
  description: 'A word hyphenated across a page break is rejoined; a true compound (anti-Marxist) keeps its hyphen.',
  apply({ text, blocks }) {
    return findContinuations(blocks)
      .filter((c) => c.hyphenated)
      .map((c): Splice => {
        const head = /(\p{L}+)-$/u.exec(c.first.text)?.[1] ?? '';
        const tail = /^\p{L}+/u.exec(c.second.text)?.[0] ?? '';
        const decision = decideHyphen(head, tail, text);
        return {
          rule: NAME,
          offset: c.first.end - 1,
          before: '-',
          after: decision.keep ? '-' : '',
          note: `${head}-/${tail} → ${decision.keep ? `${head}-${tail}` : head + tail}: ${decision.reason}`,
        };
      });
  },
};
