import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'nonbreaking-ellipses';

/** Offsets of the spaces inside spaced ellipses (". . ." and ". . . .") in `text`. */
export function ellipsisSpaces(text: string): number[] {
  const spaces: number[] = [];
  for (const m of text.matchAll(/\.(?: \.){2,}/g)) {
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') spaces.push((m.index ?? 0) + i);
  }
  return spaces;
}

/** The spaces of a spaced ellipsis become no-break spaces, so it never breaks across lines. */
export const nonbreakingEllipses: EditorialRule = {
  name: NAME,
  description: 'The spaces inside a spaced ellipsis (. . .) become no-break spaces, so the ellipsis never breaks across lines.',
  apply({ blocks }) {
    return blocks.flatMap((b) =>
      ellipsisSpaces(b.text).map((i): Splice => ({ rule: NAME, offset: b.start + i, before: ' ', after: '\u00a0' })),
    );
  },
};
