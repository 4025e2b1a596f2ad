import type { Block } from '../blocks.ts';
import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'title-case-headings';

/** Words a title keeps in lower case unless first or last (Chicago Manual of Style, 8.159). */
const MINOR_WORDS = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via from into onto with over than ' +
    'about above across after against along among around before behind below beneath beside between beyond ' +
    'during except inside like near past since through toward towards under until upon within without'
  ).split(' '),
);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Abbreviations the running text itself writes in capitals (CCP, PRC): a title keeps them so. */
export function capitalisedAbbreviations(prose: string): Set<string> {
  return new Set(prose.match(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu) ?? []);
}

/**
 * The title-case form of an all-capitals `title`, as a list of letter-run
 * replacements (offsets into `title`); apostrophes and other marks are untouched.
 */
export function titleCaseRuns(title: string, keep: ReadonlySet<string>): { index: number; before: string; after: string }[] {
  const words = [...title.matchAll(WORD)];
  const runs: { index: number; before: string; after: string }[] = [];
  words.forEach((m, i) => {
    const word = m[0];
    const index = m.index ?? 0;
    const precededByBreak = i === 0 || /[:—–]\s*$/.test(title.slice((words[i - 1].index ?? 0) + words[i - 1][0].length, index));
    const isLast = i === words.length - 1;
    const isPartOfCompound = title[index - 1] === '-';
    const lower = word.toLowerCase();
    let cased: string;
    if (keep.has(word)) cased = word;
    else if (MINOR_WORDS.has(lower) && !precededByBreak && !isLast && !isPartOfCompound) cased = lower;
    else cased = lower.charAt(0).toUpperCase() + lower.slice(1);
    // Split at apostrophes so a quotation-mark rule can own those characters.
    let offset = 0;
    for (const part of word.split(/(['’])/)) {
      if (/^\p{L}+$/u.test(part)) {
        const after = cased.slice(offset, offset + part.length);
        if (after !== part) runs.push({ index: index + offset, before: part, after });
      }
      offset += part.length;
    }
  });
  return runs;
}

function headingContent(block: Block): { start: number; text: string } {
  const prefix = /^(?:#{1,6}\s+)?(?:\*\*)?/.exec(block.text)?.[0] ?? '';
  const text = block.text.slice(prefix.length).replace(/\*\*\s*$/, '');
  return { start: block.start + prefix.length, text };
}

/** Headings and title-page lines set in capitals are given in title case. */
export const titleCaseHeadings: EditorialRule = {
  name: NAME,
  description: 'Headings and title-page lines printed in capitals are set in title case (capitals are a matter of display, done by style).',
  apply({ blocks }) {
    const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'block-quote').map((b) => b.text).join('\n');
    const keep = capitalisedAbbreviations(prose);
    return blocks
      .filter((b) => b.kind === 'chapter-heading' || b.kind === 'section-heading' || b.kind === 'title-page')
      .map(headingContent)
      .filter((h) => isAllCaps(h.text))
      .flatMap((h) =>
        titleCaseRuns(h.text, keep).map((r): Splice => ({ rule: NAME, offset: h.start + r.index, before: r.before, after: r.after })),
      );
  },
};
