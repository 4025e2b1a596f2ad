/**
 * The network of a page: every request with its start and end (epoch ms),
 * bytes on the wire (headers included) and Content-Encoding; optionally a
 * throttled link by Chromium's DevTools protocol (Network.emulateNetworkConditions:
 * latency added to every request, bandwidth shared), as DevTools' presets do.
 */
import type { Page, Request } from '@playwright/test';

export interface NetworkConditions {
  /** Round trip added to every request, ms. */
  latency: number;
  /** Bytes per second. */
  downloadThroughput: number;
  uploadThroughput: number;
}

/** The slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G: NetworkConditions = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface NetRequest {
  id: string;
  url: string;
  start: number;
  end: number;
  /** Bytes received for it, headers included. */
  wireBytes: number;
  status?: number;
  mimeType?: string;
  encoding?: string;
  vary?: string;
  failed?: string;
}

/**
 * Records requests through Playwright's events, which include those of the page's
 * workers (Pagefind searches in a worker on Starlight); the link is throttled
 * through a DevTools session on the page, which Chromium applies to its
 * dedicated workers too.
 */
export async function recordNetwork(page: Page, conditions?: NetworkConditions) {
  const cdp = await page.context().newCDPSession(page);
  if (conditions) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  }
  const all = new Map<Request, NetRequest>();
  const pending: Promise<void>[] = [];
  const inFlight = new Set<Request>();
  let n = 0;
  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return;
    inFlight.add(request);
    all.set(request, { id: String(n++), url: request.url(), start: Date.now(), end: Number.POSITIVE_INFINITY, wireBytes: 0 });
  });
  const finish = (request: Request, failed?: string) => {
    const r = all.get(request);
    if (!r) return;
    inFlight.delete(request);
    const seen = Date.now();
    pending.push(
      (async () => {
        const timing = request.timing();
        if (timing.startTime > 0) r.start = timing.startTime;
        const response = failed ? null : await request.response();
        if (response) {
          const headers = await response.allHeaders();
          r.status = response.status();
          r.mimeType = headers['content-type'];
          r.encoding = headers['content-encoding'];
          r.vary = headers.vary;
          const sizes = await request.sizes();
          r.wireBytes = sizes.responseBodySize + sizes.responseHeadersSize;
        }
        if (failed) r.failed = failed;
        r.end = timing.responseEnd >= 0 ? r.start + timing.responseEnd : seen;
      })(),
    );
  };
  page.on('requestfinished', (request) => finish(request));
  page.on('requestfailed', (request) => finish(request, request.failure()?.errorText ?? 'failed'));
  const done = async () => {
    await Promise.all(pending);
  };
  return {
    /** Requests that started at or after `since` (epoch ms), once their details are in. */
    async requests(since = Number.NEGATIVE_INFINITY): Promise<NetRequest[]> {
      await done();
      return [...all.values()].filter((r) => r.start >= since);
    },
    /** Resolves once nothing has been in flight or started for `quietMs` (or after `maxMs`). */
    async settle(quietMs = 500, maxMs = 30_000): Promise<void> {
      const until = Date.now() + maxMs;
      let quietSince = Date.now();
      let seen = all.size;
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        if (inFlight.size > 0 || all.size !== seen) {
          seen = all.size;
          quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) return;
      }
    },
    detach: () => cdp.detach(),
  };
}
