/**
 * What the service worker does (service-worker.ts wires it to its events),
 * with the cache storage and fetch passed in so that tests can run it.
 *
 * - Install: every file of the build into a cache named by the build's
 *   version (a hash of the files' contents); a file whose revision an older
 *   cache already holds is copied from there rather than fetched again.
 * - Activate: every older version's cache is deleted.
 * - Pages (navigations): network first, so a reader who is online always
 *   gets the current page; the cache only when the network fails.
 * - Everything else of the site: from this version's cache first (the files
 *   of one build belong together), the network for anything not in it.
 */

export const CACHE_PREFIX = 'edition-';
/** Each cached response carries the revision it was stored for. */
export const REVISION_HEADER = 'x-edition-revision';

export interface Precache {
  version: string;
  /** [URL relative to the worker's scope, content hash], for every file of the build. */
  entries: readonly (readonly [url: string, revision: string])[];
}

export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/** A response as stored: its body and headers, with its revision; never marked as redirected (a page cannot be answered with one). */
async function stored(response: Response, revision: string): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers });
}

export async function install(precache: Precache, scope: string, caches: CacheStorage, fetch: typeof globalThis.fetch): Promise<void> {
  const cache = await caches.open(cacheName(precache.version));
  const older = await Promise.all(
    (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName(precache.version)).map((k) => caches.open(k)),
  );
  await Promise.all(
    precache.entries.map(async ([url, revision]) => {
      const href = new URL(url, scope).href;
      for (const old of older) {
        const hit = await old.match(href, { ignoreVary: true });
        if (hit?.headers.get(REVISION_HEADER) === revision) return cache.put(href, hit);
      }
      // no-cache: revalidated with the server, never a stale copy from the HTTP cache.
      const response = await fetch(href, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`precaching ${href}: ${response.status}`);
      return cache.put(href, await stored(response, revision));
    }),
  );
}

/** Deletes the caches of every other version; returns their names. */
export async function activate(precache: Precache, caches: CacheStorage): Promise<string[]> {
  const old = (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName(precache.version));
  await Promise.all(old.map((k) => caches.delete(k)));
  return old;
}

/** Whether the worker answers `request`: a GET for the site's own files. */
export function handles(request: Request, scope: string): boolean {
  return request.method === 'GET' && request.url.startsWith(scope);
}

/** A page from the cache: the page itself (query ignored), its folder's page, or the cached 404 page. */
async function cachedPage(url: URL, cache: Cache, scope: string): Promise<Response> {
  const folder = !url.pathname.endsWith('/') && !url.pathname.split('/').at(-1)?.includes('.') ? `${url.origin}${url.pathname}/` : undefined;
  return (
    (await cache.match(url.href, { ignoreSearch: true, ignoreVary: true })) ??
    (folder ? await cache.match(folder, { ignoreVary: true }) : undefined) ??
    (await cache.match(new URL('404.html', scope).href, { ignoreVary: true })) ??
    Response.error()
  );
}

export async function respond(
  request: Request,
  precache: Precache,
  scope: string,
  caches: CacheStorage,
  fetch: typeof globalThis.fetch,
  /** A navigation's preloaded response (navigation preload), if any. */
  preload?: Promise<Response | undefined>,
): Promise<Response> {
  const cache = await caches.open(cacheName(precache.version));
  if (request.mode === 'navigate') {
    try {
      return (await preload) ?? (await fetch(request));
    } catch {
      return cachedPage(new URL(request.url), cache, scope);
    }
  }
  // Pagefind asks for its entry file with ?ts=…: the query does not make another file.
  return (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? fetch(request);
}
