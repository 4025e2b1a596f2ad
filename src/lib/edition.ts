/** The edition's text as Astro's content collections hold it, grouped into chapters (src/edition/outline.ts). */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { type ChapterOutline, groupChapters } from '../edition/outline.ts';
import type { RenderedParagraph } from '../plugins/rehype-paragraph-ids.ts';

export { titlePage } from './edition-data.ts';

export type SectionEntry = CollectionEntry<'chapters'>;

export type ChapterGroup = ChapterOutline<SectionEntry>;

/** Every chapter in the excerpt, in order, with its sections (opening first). */
export async function getChapters(): Promise<ChapterGroup[]> {
  return groupChapters(await getCollection('chapters'), (e) => e.data);
}

/** A paragraph of the text: its id, where it is, and its words as rendered (without note markers or editorial additions). */
export interface Paragraph {
  id: string;
  chapter: number;
  /** The section's heading; null in a chapter's opening. */
  section: string | null;
  text: string;
}

/** Every paragraph of every chapter, in book order, as rehype-paragraph-ids numbered and read them. */
export async function allParagraphs(): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  for (const chapter of await getChapters()) {
    for (const entry of chapter.sections) {
      const { remarkPluginFrontmatter } = await render(entry);
      const paragraphs = (remarkPluginFrontmatter.paragraphs ?? []) as RenderedParagraph[];
      out.push(...paragraphs.map((p) => ({ ...p, chapter: chapter.number, section: entry.data.section })));
    }
  }
  return out;
}
