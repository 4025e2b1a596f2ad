/**
 * The network as Chromium's DevTools protocol sees it: every request of a page
 * with its start and end (epoch ms), bytes on the wire (headers included) and
 * Content-Encoding; optionally a throttled link (Network.emulateNetworkConditions:
 * latency added to every request, bandwidth shared), as DevTools' presets do.
 */
import type { Page } from '@playwright/test';

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

type Headers = Record<string, string>;
const header = (h: Headers, name: string) => Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1];

export async function recordNetwork(page: Page, conditions?: NetworkConditions) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  // CDP's timestamps are monotonic seconds; wallTime (on requestWillBeSent) ties them to the epoch.
  let offset: number | undefined;
  const epoch = (t: number) => t * 1000 + (offset ?? 0);
  const all = new Map<string, NetRequest>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    offset ??= e.wallTime * 1000 - e.timestamp * 1000;
    all.set(e.requestId, { id: e.requestId, url: e.request.url, start: epoch(e.timestamp), end: Number.POSITIVE_INFINITY, wireBytes: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = all.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.mimeType = e.response.mimeType;
    r.encoding = header(e.response.headers as Headers, 'content-encoding');
    r.vary = header(e.response.headers as Headers, 'vary');
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = all.get(e.requestId);
    if (!r) return;
    r.end = epoch(e.timestamp);
    r.wireBytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = all.get(e.requestId);
    if (!r) return;
    r.end = epoch(e.timestamp);
    r.failed = e.errorText;
  });
  return {
    /** Requests that started at or after `since` (epoch ms). */
    requests: (since = Number.NEGATIVE_INFINITY) => [...all.values()].filter((r) => r.start >= since),
    /** Resolves once nothing has been in flight or started for `quietMs` (or after `maxMs`). */
    async settle(quietMs = 500, maxMs = 30_000): Promise<void> {
      const until = Date.now() + maxMs;
      let quietSince = Date.now();
      let seen = all.size;
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        const busy = [...all.values()].some((r) => r.end === Number.POSITIVE_INFINITY);
        if (busy || all.size !== seen) {
          seen = all.size;
          quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) return;
      }
    },
    detach: () => cdp.detach(),
  };
}
