// Folded variant spelling → the text's spelling, computed from content/names.json at build time.
import variantTable from 'edition:variant-table';
import type { PagefindApi, SearchDeps } from './engine.ts';
import { ungroupTable } from './variants.ts';
import { siteBase } from '../site-base.ts';


interface PagefindModule extends PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
}

const load = (dir: string) => async (): Promise<PagefindApi> => {
  const module = (await import(/* @vite-ignore */ new URL(`${dir}/pagefind.js`, siteBase).href)) as PagefindModule;
  // The index is small: searching on the main thread is quick and saves fetching Pagefind's worker.
  await module.options({ baseUrl: siteBase.pathname, excerptLength: 26, noWorker: true });
  return module;
};

const once = <T>(f: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
};

/** The browser's search: Pagefind's English and Chinese bundles, loaded on first use. */
export const browserSearch: SearchDeps = {
  english: once(load('pagefind')),
  chinese: once(load('pagefind-zh')),
  variants: ungroupTable(variantTable),
};
