import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'en-dash-number-ranges';

/** Offsets of hyphens standing between the two numbers of a range (1949-50, 7-18). */
export function rangeHyphens(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\d.,/–-])\d{1,4}-\d{1,4}(?![\p{L}\d/–-])/gu)].map((m) => (m.index ?? 0) + m[0].indexOf('-'));
}

/** A range of numbers takes an en dash, as most ranges in the text already do (1950–53). */
export const enDashNumberRanges: EditorialRule = {
  name: NAME,
  description: 'A hyphen between the two numbers of a range (1949-50) becomes an en dash (1949–50), as most ranges in the text already are.',
  apply({ blocks }) {
    return blocks
      .filter((b) => b.kind !== 'document')
      .flatMap((b) => rangeHyphens(b.text).map((i): Splice => ({ rule: NAME, offset: b.start + i, before: '-', after: '–' })));
  },
};
