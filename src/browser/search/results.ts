/**
 * Pagefind's results as the reader's list: one entry per section (each section
 * is its own record), passages with the searched name as a phrase first. Pure.
 */

/** The parts of Pagefind's result data this edition uses: one record per section. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

export interface SectionHit {
  url: string;
  /** "Chapter 3", or "Title page", or a document's title. */
  chapter: string;
  /** The section's heading; null for a chapter's untitled opening. */
  section: string | null;
  /** Pagefind's excerpt: text with <mark> around the matches. */
  excerpt: string;
  /** The query's words stand side by side here (a multi-word name as a phrase). */
  phrase: boolean;
  matches: number;
}

/** True when `count` consecutive word positions all hold matches. */
export function hasRun(locations: readonly number[], count: number): boolean {
  if (count < 2) return locations.length > 0;
  const set = new Set(locations);
  return locations.some((p) => Array.from({ length: count }, (_, i) => p + i).every((q) => set.has(q)));
}

export interface RankedResult<T> {
  result: T;
  phrase: boolean;
}

/**
 * Order Pagefind's results before any fragment is fetched, from the word
 * positions each result carries: the query as a phrase first, then by number
 * of matches; Pagefind's own relevance order among equals.
 */
export function rankResults<T extends { words: number[] }>(results: readonly T[], wordCount: number): RankedResult<T>[] {
  return results
    .map((result, i) => ({ result, i, phrase: hasRun(result.words, wordCount), matches: result.words.length }))
    .sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.matches - a.matches || a.i - b.i)
    .map(({ result, phrase }) => ({ result, phrase }));
}

export function toHit(f: PagefindFragment, phrase: boolean): SectionHit {
  return {
    url: f.url,
    chapter: f.meta.chapter ?? f.meta.title ?? '',
    section: f.meta.section ?? null,
    excerpt: f.excerpt,
    phrase,
    matches: f.locations.length,
  };
}

/** The result's address with the words to mark on arrival (before any #fragment). */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const [path, fragment] = url.split('#');
  const param = `highlight=${encodeURIComponent(words.join(' '))}`;
  return `${path}${path.includes('?') ? '&' : '?'}${param}${fragment ? `#${fragment}` : ''}`;
}
