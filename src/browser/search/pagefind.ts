/**
 * The browser's search: Pagefind's English and Chinese bundles, loaded when
 * the reader opens the search (not when they first search), with every file
 * the engine needs before it can search fetched at once, in parallel.
 */
import files from 'edition:pagefind-files';
import outline from 'edition:search-outline';
import variantTable from 'edition:variant-table';
import { siteBase } from '../site-base.ts';
import type { PagefindApi, SearchDeps } from './engine.ts';
import { chunksFor } from './pagefind-files.ts';
import { ungroupTable } from './variants.ts';

interface PagefindModule extends PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
}

/**
 * Ask the browser for a file now, for Pagefind to find ready when it asks
 * (its fetch matches a `preload as=fetch` of the same address).
 */
function preload(href: string): void {
  if (document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Pagefind is ready: from now on it fetches what a search needs itself, at once. */
let englishReady = false;

const load = (dir: 'pagefind' | 'pagefind-zh') => async (): Promise<PagefindApi> => {
  const bundle = files[dir];
  const at = (file: string) => new URL(`${dir}/${file}`, siteBase).href;
  // Pagefind reads its entry file, then its metadata and WebAssembly: all three are known, so all are asked for now.
  for (const file of bundle.preload) preload(at(file));
  const module = (await import(/* @vite-ignore */ at('pagefind.js'))) as PagefindModule;
  // The index is small: searching on the main thread is quick and saves fetching Pagefind's worker.
  // The metadata's hash names the entry file's version, so that the entry file preloaded above is the one Pagefind asks for.
  await module.options({ baseUrl: siteBase.pathname, noWorker: true, metaCacheTag: bundle.metaCacheTag });
  await module.init();
  // Resolves once the WebAssembly and metadata are in (and the filter every search needs, preloaded above).
  await module.filters();
  if (dir === 'pagefind') englishReady = true;
  return module;
};

const once = <T>(f: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => {
    p ??= f();
    // A failed load (offline) is retried on the next search.
    p.catch(() => (p = undefined));
    return p;
  };
};

export const browserSearch: SearchDeps = {
  english: once(load('pagefind')),
  chinese: once(load('pagefind-zh')),
  variants: ungroupTable(variantTable),
  outline,
  base: siteBase.pathname,
  // The index chunks the words need, fetched before Pagefind is ready to say which they are.
  prefetch: (term) => {
    if (englishReady) return;
    for (const hash of chunksFor(term, files.pagefind.chunks)) preload(new URL(`pagefind/index/${hash}.pf_index`, siteBase).href);
  },
};

/** Start loading the English engine (the dialog opened, the search field got focus). */
export function prepareSearch(): void {
  void browserSearch.english().catch(() => undefined);
  // Pagefind splits every query with Intl.Segmenter, whose first use loads the browser's break data
  // (about 0.1 s): done now, while the engine's files are on their way, not after.
  setTimeout(() => {
    try {
      [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('Yudin')];
    } catch {
      // No Intl.Segmenter: Pagefind does without it too.
    }
  });
}
