/**
 * The site works under its Content Security Policy and talks only to its own
 * origin: every page, a sidenote opened, searches in English and Chinese.
 */
import { expect, type Page, test } from '@playwright/test';
import { collectErrors } from '../support/browser.ts';
import { PAGES, VIEWPORTS } from '../support/site.ts';

/** Records CSP violations (from the first byte of each document) and requests to other origins. */
async function watch(page: Page) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== new URL(page.url() === 'about:blank' ? r.url() : page.url()).origin) foreign.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const errors = collectErrors(page);
  return {
    foreign,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test('every page: a Content Security Policy, no violation, no request to another origin', async ({ page, baseURL }) => {
  const w = await watch(page);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/default-src 'self'/);
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(await w.violations(), path).toEqual([]);
  }
  expect(w.foreign.filter((u) => !u.startsWith(baseURL ?? ''))).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('reading, a sidenote and searches in English and Chinese run under the policy', async ({ page, baseURL }) => {
  const w = await watch(page);
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto('/chapter-3/');
  await page.locator('a.note-ref[href="#note-5"]').click();
  await expect(page.locator('#note-5')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] input').fill('Yudin');
  await page.locator('dialog[open] .search-results a').first().click();
  await expect(page.locator('mark.search-mark').first()).toBeVisible();
  expect(await w.violations()).toEqual([]);
  await page.goto('/search/?q=%E6%9C%9D%E9%AE%AE');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  expect(await w.violations()).toEqual([]);
  expect(w.foreign.filter((u) => !u.startsWith(baseURL ?? ''))).toEqual([]);
  expect(w.errors).toEqual([]);
});
