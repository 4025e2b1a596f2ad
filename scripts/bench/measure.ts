/** Browser measurements for the benchmarks: bytes on the wire by kind, and a first search. */
import type { Browser, Page, Request } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export interface Transfer {
  bytes: Record<Kind | 'total', number>;
  requests: number;
}

function kindOf(contentType: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font')) return 'font';
  return 'other';
}

/** Records every finished request of a page from now on; `total()` sums them (body as sent, plus headers). */
export function recordTransfers(page: Page) {
  const pending: Promise<{ kind: Kind; bytes: number }>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const kind = kindOf((await response?.headerValue('content-type')) ?? '');
        return { kind, bytes: sizes.responseBodySize + sizes.responseHeadersSize };
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    async total(): Promise<Transfer> {
      const done = await Promise.all(pending);
      const bytes = { html: 0, css: 0, js: 0, font: 0, other: 0, total: 0 };
      for (const d of done) {
        bytes[d.kind] += d.bytes;
        bytes.total += d.bytes;
      }
      return { bytes, requests: done.length };
    },
  };
}

export async function firstVisit(browser: Browser, url: string): Promise<Transfer & { inlineScriptBytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = recordTransfers(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const inlineScriptBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
  );
  const transfer = await rec.total();
  await context.close();
  return { ...transfer, inlineScriptBytes };
}

/** A reader's first search: open the dialog with Ctrl+K on a chapter page, type, wait for results. */
export async function firstSearch(browser: Browser, pageUrl: string, query: string): Promise<Transfer & { ms: number; results: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const rec = recordTransfers(page);
  const start = performance.now();
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] input').fill(query);
  await page.locator('dialog[open] .search-status').filter({ hasText: /found for/ }).waitFor();
  const ms = performance.now() - start;
  const results = await page.locator('dialog[open] .search-results li').count();
  await page.waitForLoadState('networkidle');
  const transfer = await rec.total();
  await context.close();
  return { ...transfer, ms, results };
}
