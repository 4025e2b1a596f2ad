import { type PreparedQuery, queryWords } from './query.ts';
import { type PagefindFragment, type RankedResult, rankResults, type SectionHit, toHit } from './results.ts';
import { resolveVariants, type VariantMatch } from './variants.ts';

/** The slice of Pagefind's JS API the edition uses (the browser module, or the same file in Node). */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { words: number[]; data(): Promise<PagefindFragment> }[] } | null>;
}

/** Records are the text's passages (kind:text) or entries of the index of names (kind:index). */
const TEXT = { filters: { kind: 'text' } };
const INDEX = { filters: { kind: 'index' } };
/** Index entries shown above the passages, at most. */
const INDEX_ENTRIES = 3;

export interface SearchDeps {
  /** The English index (every reading page). */
  english(): Promise<PagefindApi>;
  /** The Chinese index (the transcribed documents, segmented as Chinese). */
  chinese(): Promise<PagefindApi>;
  variants: ReadonlyMap<string, string>;
}

/** Results are shown (and their fragments fetched) this many at a time, so a common name costs no more. */
export const PAGE_SIZE = 10;

export interface SearchOutcome {
  /** What the reader typed, as shown back to them. */
  shown: string;
  truncated: boolean;
  /** What was searched: the text's spelling where the reader used another. */
  searchedFor: string;
  variants: VariantMatch[];
  /** Words to mark on the page a result opens. */
  highlight: string[];
  /** Entries of the index of names that match (the name in the text's spelling, or another). */
  indexEntries: SectionHit[];
  /** Every matching passage. */
  total: number;
  /** The sections loaded so far, best first. */
  hits: SectionHit[];
  /** Load the next PAGE_SIZE hits into `hits`; false when all are loaded. */
  more(): Promise<boolean>;
}

export async function runSearch(query: Extract<PreparedQuery, { kind: 'search' }>, deps: SearchDeps, pageSize = PAGE_SIZE): Promise<SearchOutcome> {
  const { query: searchedFor, matches } = query.chinese ? { query: query.text, matches: [] } : resolveVariants(query.text, deps.variants);
  const api = await (query.chinese ? deps.chinese() : deps.english());
  // The Chinese index holds only the documents' pages, without kinds.
  const [response, index] = query.chinese ? [await api.search(searchedFor), null] : await Promise.all([api.search(searchedFor, TEXT), api.search(searchedFor, INDEX)]);
  const words = queryWords(searchedFor);
  const ranked: RankedResult<{ data(): Promise<PagefindFragment> }>[] = rankResults(response?.results ?? [], words.length);
  const indexRanked = rankResults(index?.results ?? [], words.length).slice(0, INDEX_ENTRIES);
  const indexEntries = await Promise.all(indexRanked.map(async (r) => toHit(await r.result.data(), r.phrase)));
  const outcome: SearchOutcome = {
    shown: query.shown,
    truncated: query.truncated,
    searchedFor,
    variants: matches,
    highlight: query.chinese ? [searchedFor] : words,
    indexEntries,
    total: ranked.length,
    hits: [],
    async more() {
      const next = ranked.slice(this.hits.length, this.hits.length + pageSize);
      const loaded = await Promise.all(next.map(async (r) => toHit(await r.result.data(), r.phrase)));
      this.hits.push(...loaded);
      return this.hits.length < ranked.length;
    },
  };
  await outcome.more();
  return outcome;
}
