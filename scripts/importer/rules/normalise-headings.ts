import { inlineMarks } from '../inline-markup.ts';
import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'normalise-headings';

const PREFIX = /^#{1,6}\s+/;

/**
 * The conversion set headings at uneven levels (##, ###, ####), some in bold
 * (all of it, or a part: "**Chapter 3** Title"). One hierarchy: a chapter
 * title is level 1, a section level 2, never bold.
 */
export const normaliseHeadings: EditorialRule = {
  name: NAME,
  description: 'Headings get one consistent hierarchy: chapter titles at level 1, section titles at level 2, without the bold the conversion added.',
  apply({ blocks }) {
    const splices: Splice[] = [];
    for (const block of blocks) {
      if (block.kind !== 'chapter-heading' && block.kind !== 'section-heading') continue;
      const prefix = PREFIX.exec(block.text)?.[0];
      if (!prefix) continue;
      const wanted = block.kind === 'chapter-heading' ? '# ' : '## ';
      if (prefix !== wanted) splices.push({ rule: NAME, offset: block.start, before: prefix, after: wanted });
      const { marks } = inlineMarks(block.text.slice(prefix.length));
      for (const m of marks) {
        if (m.kind === 'strong') splices.push({ rule: NAME, offset: block.start + prefix.length + m.start, before: '**', after: '' });
      }
    }
    return splices;
  },
};
