import { closeSpacedEmDashes } from './close-spaced-em-dashes.ts';
import { enDashNumberRanges } from './en-dash-number-ranges.ts';
import { nonbreakingEllipses } from './nonbreaking-ellipses.ts';
import { normaliseHeadings } from './normalise-headings.ts';
import { placeFiguresAfterParagraphs } from './place-figures-after-paragraphs.ts';
import { rejoinHyphenatedWords } from './rejoin-hyphenated-words.ts';
import { rejoinSplitParagraphs } from './rejoin-split-paragraphs.ts';
import { titleCaseHeadings } from './title-case-headings.ts';
import { typographicQuotes } from './typographic-quotes.ts';
import type { EditorialRule } from './types.ts';

/** Every editorial rule, in the order the apparatus lists them. Their changes never overlap. */
export const editorialRules: readonly EditorialRule[] = [
  rejoinSplitParagraphs,
  rejoinHyphenatedWords,
  placeFiguresAfterParagraphs,
  normaliseHeadings,
  titleCaseHeadings,
  typographicQuotes,
  nonbreakingEllipses,
  closeSpacedEmDashes,
  enDashNumberRanges,
];
