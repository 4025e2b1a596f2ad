/**
 * The files Pagefind fetches before it can search, named at build time from a
 * bundle's pagefind-entry.json, so that the search code can ask for them all at
 * once (Pagefind itself fetches the entry file first, then the others). Pure.
 */

/**
 * What the loader (src/browser/loader.ts) asks for the moment a reader opens
 * the search, alongside the search code: Pagefind's script and the English
 * index's WebAssembly, the largest file, whose names do not change between
 * builds ([path from the site's root, preload's `as`; none for a module]).
 */
import type { PagefindEntry } from '../../edition/formats/pagefind-entry.ts';
export const ENGINE_PRELOAD: readonly (readonly [string, string])[] = [
  ['pagefind/pagefind.js', ''],
  ['pagefind/wasm.en.pagefind', 'fetch'],
];

export type { PagefindEntry };

/** An index chunk as the metadata lists it: words from … to (stemmed, folded), in index/<hash>.pf_index. */
export type IndexChunk = [from: string, to: string, hash: string];

export interface BundleFiles {
  /** Pagefind's metaCacheTag option: the entry file is asked for as pagefind-entry.json?ts=<tag>. */
  metaCacheTag: string;
  /** The files to fetch at once, relative to the bundle's folder. */
  preload: string[];
  /** The index chunks, so that the one a query needs can be fetched before Pagefind can say which it is. */
  chunks: IndexChunk[];
}

export type PagefindFiles = Record<'pagefind' | 'pagefind-zh', BundleFiles>;

/**
 * The entry file, the metadata and the WebAssembly of the index Pagefind will
 * use (its largest language, as Pagefind picks when the page's language has no
 * index of its own; each of the edition's bundles has one language). The
 * metadata's hash changes whenever the index does, so it versions the entry file.
 * The filter files (the index of names' one) are needed by every search.
 */
export function bundleFiles(entry: PagefindEntry, filters: readonly string[] = [], chunks: IndexChunk[] = []): BundleFiles {
  const [language] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
  if (!language) throw new Error('pagefind-entry.json lists no language');
  return {
    metaCacheTag: language.hash,
    preload: [`pagefind-entry.json?ts=${language.hash}`, `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? 'unknown'}.pagefind`, ...filters.map((f) => `filter/${f}`)],
    chunks,
  };
}

/** Pagefind's own normalisation of a search term: lower case, no punctuation, no diacritics. */
export function normaliseTerm(term: string): string[] {
  return [...term]
    .filter((c) => !/^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(c))
    .join('')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The chunks Pagefind will fetch for `term`, as its request_indexes picks them
 * (pagefind_web/src/lib.rs): for each word, the chunks whose range holds it, or
 * failing that, those it is a prefix-wise match for. (Pagefind also checks each
 * word's stem; a stem in another chunk is fetched by Pagefind itself.)
 */
export function chunksFor(term: string, chunks: readonly IndexChunk[]): string[] {
  const found = new Set<string>();
  for (const word of normaliseTerm(term)) {
    const strict = chunks.filter(([from, to]) => word >= from && word <= to);
    const chosen = strict.length > 0 ? strict : chunks.filter(([from, to]) => word.slice(0, from.length) >= from.slice(0, word.length) && word.slice(0, to.length) <= to.slice(0, word.length));
    for (const [, , hash] of chosen) found.add(hash);
  }
  return [...found];
}
