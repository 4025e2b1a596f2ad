/**
 * Reading offline, as a reader on a train does: one visit online, then with the
 * network gone (context.setOffline) the chapters, the index of names and search
 * still work; and when a new build is published, going online again brings its
 * pages at once, and its files replace the old cache.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { writeOfflineFiles } from '../../src/integrations/offline.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { collectErrors } from '../support/browser.ts';

// The site's other specs block the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** Waits until this page is controlled by an active worker, whose install put every file in its cache. */
async function controlled(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => caches.keys());
}

async function cspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

test('after one visit, Chapters 3 and 4, the index of names and search (English and Chinese) work offline', async ({ context, page }) => {
  await cspViolations(context);
  const errors = collectErrors(page);
  await page.goto('/');
  expect(await controlled(page)).toHaveLength(1);

  await context.setOffline(true);
  // The network is gone: anything not kept by the worker fails.
  expect(await page.evaluate(() => fetch(`/not-kept-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');

  await page.goto('/chapter-3/');
  await expect(page.locator('h1')).toContainText('Mao’s Continuous Revolution');
  await expect(page.locator('#p3-52')).toContainText('Yudin');
  await page.goto('/chapter-4/');
  await expect(page.locator('h1')).toContainText('China’s Strategies to End the Korean War');
  await expect(page.locator('#p4-1')).toBeVisible();
  await page.goto('/names/');
  await expect(page.locator('#name-yudin')).toContainText('Yudin, Pavel');

  // Search: the dialog, the search code, Pagefind's index and its passages, all from the cache.
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.search-dialog[open]');
  await dialog.locator('input').fill('Yudin');
  await expect(dialog.locator('.search-status')).toHaveText(/passages? found for “Yudin”/);
  await dialog.locator('.search-results a').first().click();
  await page.waitForURL(/\/chapter-3\/\?highlight=Yudin#p3-\d+$/);
  await expect(page.locator('mark.search-mark').first()).toBeVisible();

  // And the search page, by its address, in English and in Chinese (the telegram's own index).
  await page.goto('/search/?q=Yudin');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.goto('/search/?q=%E6%9C%9D%E9%AE%AE');
  await expect(page.locator('.search-results a[href*="/documents/"]').first()).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors.filter((e) => !e.includes('not-kept-'))).toEqual([]);
});

test('a new build replaces the old: online again, its pages at once, then its cache alone', async ({ context, page }) => {
  // Two builds on one origin: this dist, and a copy whose home page says so, with its own worker.
  const root = mkdtempSync(join(tmpdir(), 'offline-'));
  const current = join(root, 'current');
  try {
    cpSync('dist', join(root, 'old'), { recursive: true });
    cpSync('dist', join(root, 'new'), { recursive: true });
    const home = join(root, 'new', 'index.html');
    const marked = readFileSync(home, 'utf8').replace('<h2 id="about-heading">This edition</h2>', '<h2 id="about-heading">This edition, as newly built</h2>');
    expect(marked).toContain('as newly built');
    writeFileSync(home, marked);
    const { version } = await writeOfflineFiles(join(root, 'new'), 'A new build.');
    // The files just changed would otherwise be served from their precompressed siblings, which are the old build's.
    for (const file of ['index.html', 'sw.js', 'manifest.webmanifest', 'icon-maskable.svg']) {
      for (const ext of ['.br', '.gz']) rmSync(join(root, 'new', file + ext), { force: true });
    }
    symlinkSync(join(root, 'old'), current);
    const served = await serveStatic({ root: current, port: 0 });
    const origin = `http://127.0.0.1:${served.port}`;
    try {
      await page.goto(`${origin}/`);
      const [oldCache] = await controlled(page);
      expect(oldCache).not.toBe(`edition-${version}`);
      const heading = page.locator('#about-heading');
      await expect(heading).toHaveText('This edition');
      await context.setOffline(true);
      await page.reload();
      await expect(heading).toHaveText('This edition');

      // The new build is published while the reader is offline.
      symlinkSync(join(root, 'new'), `${current}.next`);
      renameSync(`${current}.next`, current);
      await context.setOffline(false);
      await page.reload();
      // Online: the new page at once, not the cached one.
      await expect(heading).toHaveText('This edition, as newly built');
      // The new worker takes over and the old cache is deleted.
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`edition-${version}`]);
      // Offline again: the new build, from the new cache.
      await context.setOffline(true);
      await page.reload();
      await expect(heading).toHaveText('This edition, as newly built');
    } finally {
      await served.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the web app manifest makes the edition installable, with the edition’s mark as its icon', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href ?? '')).json();
  expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(['favicon.svg', 'icon-maskable.svg']);
  const cdp = await page.context().newCDPSession(page);
  await controlled(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are incognito windows, where nothing is installed: that alone is allowed.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
