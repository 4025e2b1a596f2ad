/**
 * Search as a reader uses it: the dialog by keyboard, the /search/ page and its
 * address, landing on the passage with the words marked, odd input, accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors } from '../support/browser.ts';
import { VIEWPORTS } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openDialogByKeyboard(page: Page) {
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.search-dialog[open]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input')).toBeFocused();
  return dialog;
}

test('reading pages load no search code until the reader asks', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/chapter-3/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('search-ui') || p.includes('pagefind'))).toEqual([]);
  await openDialogByKeyboard(page);
  await page.keyboard.type('Yudin');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(requested.some((p) => p.endsWith('/search-ui.js'))).toBe(true);
  expect(requested.some((p) => p.includes('/pagefind/'))).toBe(true);
});

test('dialog: Ctrl+K, type a name, arrows through results, Enter lands on the passage with the words marked', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/chapter-2/');
  const dialog = await openDialogByKeyboard(page);
  await page.keyboard.type('Yudin');
  const links = dialog.locator('.search-results a');
  await expect(links).toHaveCount(7);
  await expect(dialog.locator('.search-status')).toHaveText('7 passages found for “Yudin”.');
  // Every result names its chapter and section.
  for (const where of await dialog.locator('.result-where').allTextContents()) expect(where).toMatch(/^Chapter 3 · (Accumulated Tension|From Tension to Crisis|Further Deepening of the Crisis)$/);
  // First the name's entry in the index of names, then the passages.
  const entry = dialog.locator('.search-index-entries a');
  await expect(entry).toHaveText('Yudin, Pavel');
  await page.keyboard.press('ArrowDown');
  await expect(entry).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  expect(href).toMatch(/^\/chapter-3\/\?highlight=Yudin#p3-\d+$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/chapter-3\/\?highlight=Yudin#/);
  const marks = page.locator('mark.search-mark');
  await expect(marks.first()).toBeAttached();
  expect(await marks.count()).toBeGreaterThanOrEqual(8);
  const current = page.locator('mark.search-mark-current');
  await expect(current).toBeInViewport();
  await expect(current).toHaveText(/^Yudin/);
  // The current mark is in the paragraph the result named.
  const target = new URL(page.url()).hash.slice(1);
  expect(await current.evaluate((m, id) => document.getElementById(id)?.contains(m) ?? false, target)).toBe(true);
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(marks).toHaveCount(0);
  expect(page.url()).not.toContain('highlight=');
  expect(errors).toEqual([]);
});

test('dialog: opened from the header link by keyboard, Escape closes it and focus goes back', async ({ page }) => {
  await page.goto('/chapter-4/');
  const link = page.locator('a[data-search-link]');
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.search-dialog[open]');
  await expect(dialog.locator('input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('the search page carries the query in its address, and the back button returns to it', async ({ page }) => {
  await page.goto('/search/?q=Gao+Gang');
  const results = page.locator('#search-results .search-results a');
  await expect(results.first()).toContainText('The Alliance’s Golden Years');
  await expect(results).toHaveCount(2);
  await expect(page.locator('#search-input')).toHaveValue('Gao Gang');
  await page.locator('#search-input').fill('Peng Dehuai');
  await expect(page).toHaveURL(/\/search\/\?q=Peng\+Dehuai$/);
  await expect(page.locator('#search-status')).toHaveText(/passages? found for “Peng Dehuai”/);
  await results.first().click();
  await page.waitForURL(/\/chapter-3\/\?highlight=Peng%20Dehuai#/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=Peng\+Dehuai$/);
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-input')).toHaveValue('Peng Dehuai');
});

test('variant spellings: the reader is told the text’s spelling', async ({ page }) => {
  await page.goto('/search/?q=Chou+En-lai');
  await expect(page.locator('.search-variant')).toHaveText('The text spells “Chou En-lai” as “Zhou Enlai”.');
  await expect(page.locator('.search-results a').first()).toContainText('Zhou');
});

test('no results is said plainly, with the query', async ({ page }) => {
  await page.goto('/search/?q=Brezhnev');
  await expect(page.locator('#search-status')).toHaveText('No passages found for “Brezhnev”.');
  await expect(page.locator('.search-results')).toHaveCount(0);
});

test('Chinese: a word inside the telegram finds it', async ({ page }) => {
  await page.goto('/chapter-3/');
  await openDialogByKeyboard(page);
  await page.keyboard.type('志願軍');
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', /^\/documents\/telegram-1950-10-02\/\?highlight=/);
  await first.click();
  await expect(page.locator('mark.search-mark').first()).toHaveText('志願軍');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
});

test('hostile and odd input is harmless', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/search/');
  const input = page.locator('#search-input');
  const status = page.locator('#search-status');
  await input.fill('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>');
  await expect(status).toHaveText(/found for “<img src=x onerror="window.__xss=1"><script>window.__xss=2<\/script>”\.$/);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('#search-results img, #search-results script')).toHaveCount(0);
  await input.fill('Yudin '.repeat(1700));
  await expect(status).toHaveText(/\(the query was shortened\)\.$/);
  await input.fill('?!…—"');
  await expect(status).toHaveText('Nothing to search for in “?!…—"”: type a name or a word.');
  expect(errors).toEqual([]);
});

test('with JavaScript off the search page says search needs it and offers the contents', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Yudin');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.locator('.search-noscript a[href="/chapter-3/#accumulated-tension"]')).toBeVisible();
  await context.close();
});

test('with JavaScript on the search page does not show the no-JavaScript message', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('.search-noscript')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the open dialog with results and the results page, ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.wide, colorScheme });
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await openDialogByKeyboard(page);
    await page.keyboard.type('Gao Gang');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const dialogScan = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(dialogScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.goto('/search/?q=Mao+Tse-tung');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const pageScan = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(pageScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}
