/**
 * What the service worker precaches: every file of the build a reader's
 * browser asks for, by the URL it asks with (a folder's index.html by its
 * folder), each with a hash of its contents; and the build's version, a hash
 * of them all, which names its cache. Pure.
 */
import { pagefindEntry } from '../../edition/formats/pagefind-entry.ts';
import { parseData } from '../../edition/parse-data.ts';
import { createHash } from 'node:crypto';
import type { Precache } from '../../browser/offline/strategy.ts';
import { SERVICE_WORKER_PATH } from '../../edition/addresses.ts';

export interface BuiltFile {
  /** Path under dist/, with forward slashes: "chapter-3/index.html". */
  path: string;
  data: Uint8Array;
}

/** Files no reader's browser fetches while reading: the worker itself, host configuration, crawler files, downloads, precompressed twins. */
export function isPrecached(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  return (
    path !== SERVICE_WORKER_PATH.slice(1) &&
    !['_headers', '_redirects', 'robots.txt', 'sitemap.xml'].includes(path) &&
    !/\.(epub|gz|br|zst)$/.test(name)
  );
}

/** The URL a page is asked for by: "chapter-3/index.html" → "chapter-3/", "index.html" → "./". */
export function requestUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Pagefind writes a WebAssembly file per language and one for any other
 * ("unknown"); an index loads only those its pagefind-entry.json names (an
 * index with no wasm of its own loads "unknown"). The others are never fetched.
 */
export function unusedPagefindWasm(files: readonly BuiltFile[]): Set<string> {
  const unused = new Set<string>();
  for (const entry of files.filter((f) => f.path.split('/').at(-1) === 'pagefind-entry.json')) {
    const dir = entry.path.slice(0, -'pagefind-entry.json'.length);
    const { languages } = parseData(pagefindEntry, new TextDecoder().decode(entry.data), entry.path);
    const used = new Set(Object.values(languages).map((l) => `${dir}wasm.${l.wasm ?? 'unknown'}.pagefind`));
    for (const f of files) {
      const name = f.path.slice(dir.length);
      if (f.path.startsWith(dir) && /^wasm\.[^/]+\.pagefind$/.test(name) && !used.has(f.path)) unused.add(f.path);
    }
  }
  return unused;
}

const hash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

export function precacheList(files: readonly BuiltFile[]): Precache & { bytes: number } {
  const unused = unusedPagefindWasm(files);
  const kept = files.filter((f) => isPrecached(f.path) && !unused.has(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries = kept.map((f) => [requestUrl(f.path), hash(f.data)] as const);
  return {
    version: hash(entries.map(([url, revision]) => `${url} ${revision}`).join('\n')),
    entries,
    bytes: kept.reduce((n, f) => n + f.data.length, 0),
  };
}
