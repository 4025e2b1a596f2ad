/**
 * The service worker's strategies (src/browser/offline/strategy.ts), run on an
 * in-memory cache storage and a scripted network.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activate, cacheName, handles, install, type Precache, REVISION_HEADER, respond } from '../../../src/browser/offline/strategy.ts';

const SCOPE = 'https://edition.test/sub/';

/** CacheStorage in memory, as much of it as the worker uses. */
function memoryCaches() {
  const store = new Map<string, Map<string, Response>>();
  const key = (req: RequestInfo | URL, ignoreSearch = false) => {
    const url = new URL(typeof req === 'string' || req instanceof URL ? req : req.url);
    if (ignoreSearch) url.search = '';
    return url.href;
  };
  const cache = (entries: Map<string, Response>) =>
    ({
      async match(req: RequestInfo | URL, opts?: CacheQueryOptions) {
        if (opts?.ignoreSearch) {
          for (const [k, v] of entries) if (key(k, true) === key(req, true)) return v.clone();
          return undefined;
        }
        return entries.get(key(req))?.clone();
      },
      async put(req: RequestInfo | URL, res: Response) {
        entries.set(key(req), res);
      },
    }) as unknown as Cache;
  const caches = {
    async open(name: string) {
      if (!store.has(name)) store.set(name, new Map());
      return cache(store.get(name) as Map<string, Response>);
    },
    async keys() {
      return [...store.keys()];
    },
    async delete(name: string) {
      return store.delete(name);
    },
  } as unknown as CacheStorage;
  return { caches, store };
}

/** A network serving `files` (by URL), logging every request; or none at all. */
function network(files: Record<string, string> | 'offline') {
  const log: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    log.push(url);
    if (files === 'offline') throw new TypeError('Failed to fetch');
    const body = files[url];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
  }) as typeof globalThis.fetch;
  return { fetch, log };
}

const v1: Precache = { version: 'v1', entries: [['./', 'h-home-1'], ['chapter-3/', 'h-ch3-1'], ['404.html', 'h-404'], ['pagefind/pagefind-entry.json', 'h-entry-1']] };
const site1 = {
  [`${SCOPE}`]: 'home 1',
  [`${SCOPE}chapter-3/`]: 'chapter 3, first build',
  [`${SCOPE}404.html`]: 'not in the edition',
  [`${SCOPE}pagefind/pagefind-entry.json`]: '{"v":1}',
};
const navigate = (url: string) => ({ url, method: 'GET', mode: 'navigate' }) as Request;
const asset = (url: string) => new Request(url);

test('install: every file of the build into the version’s cache, each with its revision', async () => {
  const { caches, store } = memoryCaches();
  const net = network(site1);
  await install(v1, SCOPE, caches, net.fetch);
  assert.deepEqual([...store.keys()], [cacheName('v1')]);
  const cache = await caches.open(cacheName('v1'));
  assert.equal(await (await cache.match(`${SCOPE}chapter-3/`))?.text(), 'chapter 3, first build');
  assert.equal((await cache.match(`${SCOPE}chapter-3/`))?.headers.get(REVISION_HEADER), 'h-ch3-1');
  assert.equal(net.log.length, 4);
});

test('install: a file the old cache holds at the same revision is copied, not fetched; a failed file fails the install', async () => {
  const { caches } = memoryCaches();
  await install(v1, SCOPE, caches, network(site1).fetch);
  const v2: Precache = { version: 'v2', entries: [['./', 'h-home-1'], ['chapter-3/', 'h-ch3-2'], ['404.html', 'h-404'], ['pagefind/pagefind-entry.json', 'h-entry-2']] };
  const net = network({ ...site1, [`${SCOPE}chapter-3/`]: 'chapter 3, second build', [`${SCOPE}pagefind/pagefind-entry.json`]: '{"v":2}' });
  await install(v2, SCOPE, caches, net.fetch);
  assert.deepEqual(net.log.sort(), [`${SCOPE}chapter-3/`, `${SCOPE}pagefind/pagefind-entry.json`]);
  assert.equal(await (await (await caches.open(cacheName('v2'))).match(`${SCOPE}chapter-3/`))?.text(), 'chapter 3, second build');
  await assert.rejects(install({ version: 'v3', entries: [['gone.js', 'x']] }, SCOPE, caches, network(site1).fetch), /precaching https:\/\/edition.test\/sub\/gone.js: 404/);
});

test('activate: the other versions’ caches are deleted, this one kept', async () => {
  const { caches, store } = memoryCaches();
  await caches.open(cacheName('v1'));
  await caches.open(cacheName('v2'));
  await caches.open('someone-else');
  assert.deepEqual(await activate({ version: 'v2', entries: [] }, caches), [cacheName('v1')]);
  assert.deepEqual([...store.keys()], [cacheName('v2'), 'someone-else']);
});

test('pages: from the network while it answers (never a stale page), from the cache when it fails', async () => {
  const { caches } = memoryCaches();
  await install(v1, SCOPE, caches, network(site1).fetch);
  const online = network({ [`${SCOPE}chapter-3/`]: 'chapter 3, published since' });
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-3/`), v1, SCOPE, caches, online.fetch)).text(), 'chapter 3, published since');
  // A preloaded response is used as it is.
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-3/`), v1, SCOPE, caches, online.fetch, Promise.resolve(new Response('preloaded')))).text(), 'preloaded');
  const offline = network('offline');
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-3/?highlight=Yudin`), v1, SCOPE, caches, offline.fetch)).text(), 'chapter 3, first build');
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-3`), v1, SCOPE, caches, offline.fetch)).text(), 'chapter 3, first build', 'the folder’s page');
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-9/`), v1, SCOPE, caches, offline.fetch)).text(), 'not in the edition', 'the 404 page');
  assert.equal(await (await respond(navigate(`${SCOPE}chapter-3/`), v1, SCOPE, caches, offline.fetch, Promise.reject(new TypeError('offline')))).text(), 'chapter 3, first build');
});

test('files: from this version’s cache first (query ignored), the network for the rest', async () => {
  const { caches } = memoryCaches();
  await install(v1, SCOPE, caches, network(site1).fetch);
  const net = network({ [`${SCOPE}other.txt`]: 'from the network' });
  assert.equal(await (await respond(asset(`${SCOPE}pagefind/pagefind-entry.json?ts=1700000000`), v1, SCOPE, caches, net.fetch)).text(), '{"v":1}');
  assert.deepEqual(net.log, []);
  assert.equal(await (await respond(asset(`${SCOPE}other.txt`), v1, SCOPE, caches, net.fetch)).text(), 'from the network');
});

test('handles: the site’s own GET requests only', () => {
  assert.equal(handles(new Request(`${SCOPE}chapter-3/`), SCOPE), true);
  assert.equal(handles(new Request(`${SCOPE}x`, { method: 'POST', body: 'x' }), SCOPE), false);
  assert.equal(handles(new Request('https://edition.test/other/'), SCOPE), false);
  assert.equal(handles(new Request('https://elsewhere.test/sub/'), SCOPE), false);
});
