/** What a first visit fetches: every request of a page until it settles, with the served sizes of each from dist/. */
import type { Browser } from '@playwright/test';
import { type NetRequest, recordNetwork } from './network.ts';
import { add, fileForUrl, fileSizes, type Sizes, ZERO } from './sizes.ts';

export type Kind = 'html' | 'css' | 'js' | 'json' | 'wasm' | 'font' | 'other';

export function kindOf(r: Pick<NetRequest, 'url' | 'mimeType'>): Kind {
  const type = r.mimeType ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.includes('json')) return 'json';
  if (type.includes('wasm') || r.url.endsWith('.pagefind')) return 'wasm';
  if (type.includes('font')) return 'font';
  return 'other';
}

export interface Fetched {
  /** Sizes as served from dist/ (gzip 9 and brotli 11), bodies only. */
  sizes: Sizes;
  /** Bytes on the wire as Chromium received them (its own Accept-Encoding; headers included). */
  wireBytes: number;
  requests: number;
  byKind: Partial<Record<Kind, Sizes>>;
}

/** Sums what `requests` fetched, each body sized from the file it was served from. */
export function fetched(requests: readonly NetRequest[], dist: string, base = '/'): Fetched {
  const out: Fetched = { sizes: ZERO, wireBytes: 0, requests: requests.length, byKind: {} };
  for (const r of requests) {
    const file = fileForUrl(dist, r.url, base);
    const s = file ? fileSizes(file) : ZERO;
    const kind = kindOf(r);
    out.sizes = add(out.sizes, s);
    out.byKind[kind] = add(out.byKind[kind] ?? ZERO, s);
    out.wireBytes += r.wireBytes;
  }
  return out;
}

export interface Visit extends Fetched {
  inlineScriptBytes: number;
  /** The document's Content-Encoding and Vary as served. */
  encoding?: string;
  vary?: string;
}

export async function firstVisit(browser: Browser, url: string, dist: string, base = '/'): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const net = await recordNetwork(page);
    await page.goto(url, { waitUntil: 'load' });
    await net.settle(500);
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
    );
    const requests = await net.requests();
    const doc = requests.find((r) => r.url === url);
    return { ...fetched(requests, dist, base), inlineScriptBytes, encoding: doc?.encoding, vary: doc?.vary };
  } finally {
    await context.close();
  }
}
