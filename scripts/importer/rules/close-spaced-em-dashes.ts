import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'close-spaced-em-dashes';

/** The three places where the conversion spaced an em dash that the text otherwise sets closed. */
export const closeSpacedEmDashes: EditorialRule = {
  name: NAME,
  description: 'An em dash with spaces around it is closed up, as every other em dash in the text is.',
  apply({ blocks }) {
    return blocks.flatMap((b) =>
      [...b.text.matchAll(/(?<=\S) — (?=\S)/g)].map((m): Splice => ({ rule: NAME, offset: b.start + (m.index ?? 0), before: ' — ', after: '—' })),
    );
  },
};
