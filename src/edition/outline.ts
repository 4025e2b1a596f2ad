/**
 * The book's outline from the sections' front matter: chapters in order, each
 * with its sections in order. Pure: the Astro pages (from the content
 * collection) and the build's integrations (from the files) group alike.
 */
import { paragraphId } from './addresses.ts';
import type { SectionFrontmatter } from './formats/section.ts';

export interface ChapterOutline<S> {
  number: number;
  title: string | null;
  opensMidChapter: boolean;
  endsMidSentence: boolean;
  /** Opening first, then sections in order. */
  sections: S[];
}

/** Group sections (anything carrying their front matter, via `data`) into chapters. */
export function groupChapters<S>(sections: readonly S[], data: (s: S) => SectionFrontmatter): ChapterOutline<S>[] {
  const byChapter = new Map<number, S[]>();
  for (const s of sections) {
    const n = data(s).chapter;
    byChapter.set(n, [...(byChapter.get(n) ?? []), s]);
  }
  return [...byChapter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, list]) => {
      const sorted = [...list].sort((a, b) => data(a).order - data(b).order);
      return {
        number,
        title: data(sorted[0]).chapterTitle,
        opensMidChapter: sorted.some((s) => data(s).excerptOpensHere === true),
        endsMidSentence: sorted.some((s) => data(s).excerptEndsHere === true),
        sections: sorted,
      };
    });
}

/** The ids of a section's paragraphs, from its front matter. */
export function sectionParagraphIds(fm: Pick<SectionFrontmatter, 'chapter' | 'firstParagraph' | 'paragraphCount'>): string[] {
  return Array.from({ length: fm.paragraphCount }, (_, i) => paragraphId(fm.chapter, fm.firstParagraph + i));
}
