/**
 * The edition's service worker (dist/sw.js, bundled by
 * src/integrations/offline.ts with the build's file list): after one visit,
 * every page, the search index and the search code work without a network.
 * The strategies are in strategy.ts.
 */
import precache from 'edition:precache';
import { activate, handles, install, type Precache, respond } from './strategy.ts';

// The few parts of the ServiceWorkerGlobalScope used here (the DOM library the project is typed with lacks them).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string; navigationPreload?: { enable(): Promise<void> } };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const files = precache as Precache;
const scope = worker.registration.scope;

// A new build's worker takes over as soon as its files are in (pages are fetched fresh anyway).
worker.addEventListener('install', (event) => event.waitUntil(install(files, scope, caches, fetch).then(() => worker.skipWaiting())));

worker.addEventListener('activate', (event) =>
  event.waitUntil(
    Promise.all([activate(files, caches), worker.registration.navigationPreload?.enable()]).then(() => worker.clients.claim()),
  ),
);

worker.addEventListener('fetch', (event) => {
  if (!handles(event.request, scope)) return;
  event.respondWith(respond(event.request, files, scope, caches, fetch, event.request.mode === 'navigate' ? event.preloadResponse : undefined));
});
