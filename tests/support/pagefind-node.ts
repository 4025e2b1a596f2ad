import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi, SearchDeps } from '../../src/browser/search/engine.ts';
import { type NameEntry, variantTable } from '../../src/browser/search/variants.ts';
import { searchOutline } from '../../src/integrations/browser-bundle.ts';

/**
 * Pagefind's own browser module, run in Node against the built bundle: it fetches
 * its index files relative to itself, so file: URLs are served from disk.
 */
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol === 'file:') return new Response(await readFile(fileURLToPath(url)));
  return realFetch(input, init);
};

interface PagefindModule extends PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
}

async function loadBundle(dist: string, dir: string, siteBase: string): Promise<PagefindApi> {
  const base = pathToFileURL(`${resolve(dist, dir)}/`);
  // A query string makes each bundle its own module instance, as separate URLs are in the browser.
  const module = (await import(`${new URL('pagefind.js', base).href}?instance=${encodeURIComponent(`${dist}/${dir}`)}`)) as PagefindModule;
  await module.options({ basePath: base.href, baseUrl: siteBase, noWorker: true });
  return module;
}

/** Search over a built site as the browser does; `siteBase` is the path the site is served under. */
export async function nodeSearch(dist = 'dist', siteBase = '/'): Promise<SearchDeps> {
  const names = JSON.parse(await readFile('content/names.json', 'utf8')) as { entries: NameEntry[] };
  const english = await loadBundle(dist, 'pagefind', siteBase);
  const chinese = await loadBundle(dist, 'pagefind-zh', siteBase);
  return { english: async () => english, chinese: async () => chinese, variants: variantTable(names.entries), outline: searchOutline(), base: siteBase };
}
