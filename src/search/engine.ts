import { type PreparedQuery, queryWords } from './query.ts';
import { type PagefindFragment, type SectionHit, sectionHits } from './results.ts';
import { resolveVariants, type VariantMatch } from './variants.ts';

/** The slice of Pagefind's JS API the edition uses (the browser module, or the same file in Node). */
export interface PagefindApi {
  search(term: string): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

export interface SearchDeps {
  /** The English index (every reading page). */
  english(): Promise<PagefindApi>;
  /** The Chinese index (the transcribed documents, segmented as Chinese). */
  chinese(): Promise<PagefindApi>;
  variants: ReadonlyMap<string, string>;
}

export interface SearchOutcome {
  /** What the reader typed, as shown back to them. */
  shown: string;
  truncated: boolean;
  /** What was searched: the text's spelling where the reader used another. */
  searchedFor: string;
  variants: VariantMatch[];
  /** Words to mark on the page a result opens. */
  highlight: string[];
  hits: SectionHit[];
}

export async function runSearch(query: Extract<PreparedQuery, { kind: 'search' }>, deps: SearchDeps): Promise<SearchOutcome> {
  const { query: searchedFor, matches } = query.chinese ? { query: query.text, matches: [] } : resolveVariants(query.text, deps.variants);
  const api = await (query.chinese ? deps.chinese() : deps.english());
  const response = await api.search(searchedFor);
  const fragments = await Promise.all((response?.results ?? []).map((r) => r.data()));
  const words = queryWords(searchedFor);
  return {
    shown: query.shown,
    truncated: query.truncated,
    searchedFor,
    variants: matches,
    highlight: query.chinese ? [searchedFor] : words,
    hits: sectionHits(fragments, words.length),
  };
}
