import { findContinuations } from '../continuation.ts';
import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'rejoin-split-paragraphs';

/**
 * A paragraph broken by a page (or by a figure printed inside it) becomes one
 * paragraph again. The gap before a figure is handled by place-figures-after-paragraphs;
 * this rule closes the gap after it.
 */
export const rejoinSplitParagraphs: EditorialRule = {
  name: NAME,
  description: 'A paragraph that the printed page broke in two (the first part ends unfinished or the second begins in lower case) is made one paragraph again.',
  apply({ text, blocks }) {
    return findContinuations(blocks).map((c): Splice => {
      const gapStart = c.figures.length > 0 ? c.figures[c.figures.length - 1].end : c.first.end;
      return {
        rule: NAME,
        offset: gapStart,
        before: text.slice(gapStart, c.second.start),
        after: c.hyphenated ? '' : ' ',
      };
    });
  },
};
