import { type Continuation, findContinuations } from '../continuation.ts';
import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'place-figures-after-paragraphs';

/** Where a rejoined paragraph finally ends: it may itself continue past further page breaks. */
function paragraphEnd(c: Continuation, byFirst: Map<number, Continuation>): number {
  let last = c;
  for (let next = byFirst.get(last.second.start); next; next = byFirst.get(last.second.start)) last = next;
  return last.second.end;
}

/** A figure printed inside a paragraph moves to just after that paragraph. */
export const placeFiguresAfterParagraphs: EditorialRule = {
  name: NAME,
  description: 'A photograph caption or document printed in the middle of a paragraph is moved to follow the paragraph it interrupted.',
  apply({ text, blocks }) {
    const continuations = findContinuations(blocks);
    const byFirst = new Map(continuations.map((c) => [c.first.start, c]));
    return continuations
      .filter((c) => c.figures.length > 0)
      .map((c): Splice => {
        const figureEnd = c.figures[c.figures.length - 1].end;
        // The gap before the figure travels with it, so the figure stays a block of its own.
        return { rule: NAME, offset: c.first.end, before: text.slice(c.first.end, figureEnd), after: '', moveTo: paragraphEnd(c, byFirst) };
      });
  },
};
