/**
 * Taking the book along, measured: the EPUB's size, and what the service
 * worker costs a first visit: the requests it makes (bytes on the wire, as
 * the page's own are counted), when the first of them starts relative to the
 * page's load event (after it: reading is not delayed), how long until the
 * whole site is kept, and what it keeps.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { epubPath } from '../../src/edition/addresses.ts';
import { book } from '../../src/lib/edition-data.ts';

export interface OfflineCost {
  epubBytes: number;
  worker: { bytes: number; requests: number; firstRequestAfterLoadMs: number; readyAfterLoadMs: number; keptFiles: number; keptBytes: number };
}

export async function offlineCost(browser: Browser, origin: string, dist = 'dist'): Promise<OfflineCost> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const pending: Promise<number>[] = [];
    const starts: number[] = [];
    context.on('request', (r) => {
      if (r.serviceWorker()) starts.push(performance.now());
    });
    context.on('requestfinished', (r) => {
      if (r.serviceWorker()) pending.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const loaded = performance.now();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const ready = performance.now();
    const sizes = await Promise.all(pending);
    const kept = await page.evaluate(async () => {
      let files = 0;
      let bytes = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          files += 1;
          bytes += (await (await cache.match(request))?.arrayBuffer())?.byteLength ?? 0;
        }
      }
      return { files, bytes };
    });
    return {
      epubBytes: statSync(join(dist, epubPath(book.title).slice(1))).size,
      worker: {
        bytes: sizes.reduce((a, b) => a + b, 0),
        requests: sizes.length,
        firstRequestAfterLoadMs: starts.length > 0 ? Math.min(...starts) - loaded : Number.NaN,
        readyAfterLoadMs: ready - loaded,
        keptFiles: kept.files,
        keptBytes: kept.bytes,
      },
    };
  } finally {
    await context.close();
  }
}

/** The bench's line for it. */
export function offlineLine({ epubBytes, worker: w }: OfflineCost): string {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  return `Take it along: EPUB ${kb(epubBytes)} kB; service worker on a first visit: ${w.requests} requests, ${kb(w.bytes)} kB on the wire, first ${w.firstRequestAfterLoadMs.toFixed(0)} ms after load, all kept ${w.readyAfterLoadMs.toFixed(0)} ms after load (${w.keptFiles} files, ${kb(w.keptBytes)} kB)`;
}
