/** A VFile as Astro hands a section file to the rehype plugins: the importer's whole front matter. */
import { VFile } from 'vfile';
import type { SectionFrontmatter } from '../../../src/edition/formats/section.ts';

export function sectionFile(over: Partial<SectionFrontmatter> = {}, path?: string): VFile {
  const frontmatter: SectionFrontmatter = {
    chapter: 3,
    chapterTitle: 'A Chapter',
    section: null,
    sectionId: null,
    order: 0,
    firstParagraph: 1,
    paragraphCount: 0,
    abbreviationsBefore: [],
    ...over,
  };
  return new VFile({ ...(path ? { path } : {}), data: { astro: { frontmatter } } });
}
