import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'normalise-headings';

const HEADING_MARKUP = /^(#{1,6}\s+)(\*\*)?([\s\S]*?)(\*\*)?\s*$/;

/**
 * The conversion set headings at uneven levels (##, ###, ####), some in bold.
 * One hierarchy: a chapter title is level 1, a section level 2, never bold.
 */
export const normaliseHeadings: EditorialRule = {
  name: NAME,
  description: 'Headings get one consistent hierarchy: chapter titles at level 1, section titles at level 2, without the bold the conversion added.',
  apply({ blocks }) {
    const splices: Splice[] = [];
    for (const block of blocks) {
      if (block.kind !== 'chapter-heading' && block.kind !== 'section-heading') continue;
      const m = HEADING_MARKUP.exec(block.text);
      if (!m) continue;
      const [, prefix, openBold, content, closeBold] = m;
      const wanted = block.kind === 'chapter-heading' ? '# ' : '## ';
      if (prefix !== wanted) splices.push({ rule: NAME, offset: block.start, before: prefix, after: wanted });
      if (openBold) splices.push({ rule: NAME, offset: block.start + prefix.length, before: '**', after: '' });
      if (closeBold) {
        splices.push({ rule: NAME, offset: block.start + prefix.length + (openBold?.length ?? 0) + content.length, before: '**', after: '' });
      }
    }
    return splices;
  },
};
