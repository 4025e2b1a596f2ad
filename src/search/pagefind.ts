import type { PagefindApi, SearchDeps } from './engine.ts';

/** Folded variant spelling → the text's spelling, computed from content/names.json at build time. */
declare const __VARIANT_TABLE__: [string, string][];

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
  variants: new Map(__VARIANT_TABLE__),
};
