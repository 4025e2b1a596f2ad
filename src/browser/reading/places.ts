/**
 * Where the reader was: the last paragraph read in each chapter, on this device
 * only (localStorage; nothing is sent anywhere). Pure: parsing what is stored
 * (never throwing: anything unreadable is dropped), recording a place, and
 * naming it for a "Continue reading" link from the book's outline.
 */
import { chapterLabel, parseParagraphId } from '../../edition/addresses.ts';

export const PLACES_KEY = 'edition-places';

export interface Place {
  /** A paragraph id, "p3-52". */
  paragraph: string;
  /** When it was read (ms since 1970), to offer the latest on the home page. */
  at: number;
}

/** The stored places, by chapter number; whatever is not a valid place is left out. */
export function parsePlaces(raw: string | null | undefined): Map<number, Place> {
  const places = new Map<number, Place>();
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : [];
  } catch {
    return places;
  }
  if (!Array.isArray(stored)) return places;
  for (const item of stored) {
    if (typeof item !== 'object' || item === null) continue;
    const { paragraph, at } = item as Record<string, unknown>;
    const id = typeof paragraph === 'string' ? parseParagraphId(paragraph) : null;
    if (id === null || typeof at !== 'number' || !Number.isFinite(at)) continue;
    const kept = places.get(id.chapter);
    if (!kept || kept.at < at) places.set(id.chapter, { paragraph: paragraph as string, at });
  }
  return places;
}

export function serializePlaces(places: Map<number, Place>): string {
  return JSON.stringify([...places.values()]);
}

/** The places with `paragraph` as its chapter's place; unchanged for anything not a paragraph id. */
export function withPlace(places: Map<number, Place>, paragraph: string, at: number): Map<number, Place> {
  const id = parseParagraphId(paragraph);
  if (id === null) return places;
  return new Map(places).set(id.chapter, { paragraph, at });
}

/** The place read most recently, if any. */
export function latestPlace(places: Map<number, Place>): Place | null {
  return [...places.values()].reduce<Place | null>((a, b) => (a === null || b.at > a.at ? b : a), null);
}

/** The book's outline as the reader's code gets it from the build (integrations/browser-bundle.ts). */
export interface OutlineChapter {
  number: number;
  title: string | null;
  sections: { title: string | null; first: number; count: number }[];
}

/** "Chapter 3, The Alliance’s Golden Years": the chapter and the section holding `paragraph` (the chapter's title in its untitled opening). */
export function placeName(outline: readonly OutlineChapter[], paragraph: string): string | null {
  const id = parseParagraphId(paragraph);
  const chapter = id && outline.find((c) => c.number === id.chapter);
  if (!id || !chapter) return null;
  const section = chapter.sections.find((s) => id.n >= s.first && id.n < s.first + s.count);
  if (!section) return null;
  const where = section.title ?? chapter.title;
  return where ? `${chapterLabel(chapter.number)}, ${where}` : chapterLabel(chapter.number);
}
