import { INDEX_FILTER, TEXT_FILTER } from './index-filter.ts';
import { type Label, labelFor, type SearchOutline } from './labels.ts';
import { hasRun, type PagefindFragment, type Passage, passagesOf, type Snippet } from './passages.ts';
import { type PreparedQuery, queryWords } from './query.ts';
import { resolveVariants, type VariantMatch, type VariantTable } from './variants.ts';

export interface PagefindResult {
  words: number[];
  data(): Promise<PagefindFragment>;
}

/** The slice of Pagefind's JS API the edition uses (the browser module, or the same file in Node). */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
  /** Fetch the index chunks a term needs, without searching (Pagefind's preload). */
  preload?(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
}

export interface SearchDeps {
  /** The English index (every reading page, and the index of names). */
  english(): Promise<PagefindApi>;
  /** The Chinese index (the transcribed documents, segmented as Chinese). */
  chinese(): Promise<PagefindApi>;
  variants: VariantTable;
  outline: SearchOutline;
  /** The site's base path, which Pagefind's result addresses begin with. */
  base: string;
  /** Start fetching what searching the English index for `term` will need (the browser's preloads). */
  prefetch?(term: string): void;
}

/** Records whose fragments are fetched at a time: a common word costs no more than a rare one. */
export const RECORDS_PER_BATCH = 4;
/** Entries of the index of names offered, at most. */
const INDEX_ENTRIES = 3;

export interface SearchHit {
  url: string;
  label: Label;
  snippet: Snippet;
  /** The query's words stand side by side here (a multi-word name as a phrase). */
  phrase: boolean;
  matches: number;
}

export interface SearchOutcome {
  /** What the reader typed, as shown back to them. */
  shown: string;
  truncated: boolean;
  /** What was searched: the text's spelling where the reader used another. */
  searchedFor: string;
  variants: VariantMatch[];
  /** Words to mark on the page a result opens (a phrase). */
  highlight: string[];
  /** Entries of the index of names that match (the name in the text's spelling, or another). */
  indexEntries: SearchHit[];
  /** The passages loaded so far, best first: passages with the phrase before any without. */
  hits: SearchHit[];
  /** Every passage is loaded (so `hits.length` is the number found). */
  complete: boolean;
  /** Records whose passages are still to load. */
  recordsLeft: number;
  /** Load the next records' passages into `hits`; false once complete. */
  more(): Promise<boolean>;
}

/** Pagefind's results, those with the query as a phrase first (known from word positions, before any fragment is fetched). */
export function rankResults<T extends { words: number[] }>(results: readonly T[], wordCount: number): { result: T; phrase: boolean }[] {
  return results
    .map((result, i) => ({ result, i, phrase: hasRun(result.words, wordCount) }))
    .sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.i - b.i)
    .map(({ result, phrase }) => ({ result, phrase }));
}

/** The words Pagefind is asked for: the query in the text's spelling. */
export function searchTerm(query: Extract<PreparedQuery, { kind: 'search' }>, variants: VariantTable): { term: string; matches: VariantMatch[] } {
  if (query.chinese) return { term: query.text, matches: [] };
  const { query: term, matches } = resolveVariants(query.text, variants);
  return { term, matches };
}

/**
 * Search, and load the first records' passages. Returns null when `isCurrent`
 * says the reader has typed on before any fragment was fetched (a stale search
 * fetches nothing more).
 */
export async function runSearch(
  query: Extract<PreparedQuery, { kind: 'search' }>,
  deps: SearchDeps,
  { batch = RECORDS_PER_BATCH, isCurrent = () => true }: { batch?: number; isCurrent?: () => boolean } = {},
): Promise<SearchOutcome | null> {
  const { term, matches } = searchTerm(query, deps.variants);
  const api = await (query.chinese ? deps.chinese() : deps.english());
  // The Chinese index holds only the documents' pages, without kinds.
  const [response, index] = query.chinese
    ? [await api.search(term), null]
    : await Promise.all([api.search(term, { filters: TEXT_FILTER }), api.search(term, { filters: INDEX_FILTER })]);
  if (!isCurrent()) return null;
  const words = queryWords(term);
  const ranked = rankResults(response?.results ?? [], words.length);
  const hit = (p: Passage, title?: string): SearchHit => ({
    url: p.url,
    label: labelFor(p.url, p.paragraph, p.inParagraph, deps.outline, deps.base, title),
    snippet: p.snippet,
    phrase: p.phrase,
    matches: p.matches,
  });

  let loaded = 0;
  let held: SearchHit[] = [];
  const outcome: SearchOutcome = {
    shown: query.shown,
    truncated: query.truncated,
    searchedFor: term,
    variants: matches,
    highlight: query.chinese ? [term] : words,
    indexEntries: [],
    hits: [],
    complete: ranked.length === 0,
    recordsLeft: ranked.length,
    async more() {
      let emitted = 0;
      while (!this.complete && emitted === 0) {
        const next = ranked.slice(loaded, loaded + batch);
        loaded += next.length;
        const passages = (await Promise.all(next.map((r) => r.result.data()))).flatMap((f) => passagesOf(f, words).map((p) => hit(p)));
        // Passages without the phrase wait until every record with it is loaded.
        const emit = passages.filter((p) => p.phrase);
        held.push(...passages.filter((p) => !p.phrase));
        if (!ranked.slice(loaded).some((r) => r.phrase)) {
          emit.push(...held);
          held = [];
        }
        this.hits.push(...emit);
        emitted += emit.length;
        this.complete = loaded === ranked.length && held.length === 0;
        this.recordsLeft = ranked.length - loaded;
      }
      return !this.complete;
    },
  };
  const entries = rankResults(index?.results ?? [], words.length).slice(0, INDEX_ENTRIES);
  const [indexEntries] = await Promise.all([
    Promise.all(entries.map(async (r) => {
      const f = await r.result.data();
      return hit({ url: f.url, paragraph: null, inParagraph: false, snippet: { cutBefore: false, cutAfter: false, parts: [] }, phrase: r.phrase, matches: r.result.words.length }, f.meta?.title);
    })),
    outcome.more(),
  ]);
  outcome.indexEntries = indexEntries;
  return outcome;
}
