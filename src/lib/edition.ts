import { type CollectionEntry, getCollection } from 'astro:content';

import type { TitlePage } from '../../scripts/importer/structure.ts';
import { readJson } from './reference-data';

/** The generated content directory (EDITION_CONTENT_DIR lets the scale benchmark build a synthetic book). */
export const CONTENT_DIR = process.env.EDITION_CONTENT_DIR ?? 'content';

export const titlePage = readJson<TitlePage>(CONTENT_DIR, 'edition', 'title-page.json');

export type SectionEntry = CollectionEntry<'chapters'>;

export interface ChapterGroup {
  number: number;
  title: string | null;
  opensMidChapter: boolean;
  endsMidSentence: boolean;
  /** Opening first, then sections in order. */
  entries: SectionEntry[];
}

/** Every chapter in the excerpt, in order, with its entries. */
export async function getChapters(): Promise<ChapterGroup[]> {
  const entries = await getCollection('chapters');
  const byChapter = new Map<number, SectionEntry[]>();
  for (const entry of entries) {
    const list = byChapter.get(entry.data.chapter) ?? [];
    list.push(entry);
    byChapter.set(entry.data.chapter, list);
  }
  return [...byChapter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, list]) => {
      list.sort((a, b) => a.data.order - b.data.order);
      return {
        number,
        title: list[0].data.chapterTitle,
        opensMidChapter: list.some((e) => e.data.excerptOpensHere),
        endsMidSentence: list.some((e) => e.data.excerptEndsHere),
        entries: list,
      };
    });
}
