import type { SearchDeps } from './engine.ts';
import type { PagefindApi } from './engine.ts';
import { type NameEntry, variantTable } from './variants.ts';
import names from '../../content/names.json';

/** Where the edition is served from: this module sits at the site's root. */
export const siteBase = new URL('.', import.meta.url);

interface PagefindModule extends PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
}

const load = (dir: string) => async (): Promise<PagefindApi> => {
  const module = (await import(/* @vite-ignore */ new URL(`${dir}/pagefind.js`, siteBase).href)) as PagefindModule;
  await module.options({ baseUrl: siteBase.pathname, excerptLength: 26 });
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
  variants: variantTable((names as { entries: NameEntry[] }).entries),
};
