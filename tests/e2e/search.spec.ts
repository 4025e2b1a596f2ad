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

test('reading pages load no search code until the reader asks; opening the search starts the engine before a key is typed', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/chapter-3/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('search-ui') || p.includes('pagefind'))).toEqual([]);
  await openDialogByKeyboard(page);
  // Nothing typed yet: Pagefind's script, entry, metadata, WebAssembly and the names' filter are on their way.
  await expect.poll(() => requested.filter((p) => p.includes('/pagefind/')).map((p) => p.replace(/^.*\/pagefind\//, '').replace(/_[0-9a-f]+\./, '_.')).sort()).toEqual([
    'filter/en_.pf_filter',
    'pagefind-entry.json',
    'pagefind.en_.pf_meta',
    'pagefind.js',
    'wasm.en.pagefind',
  ]);
  expect(requested.filter((p) => p.endsWith('/search-ui.js'))).toHaveLength(1);
});

test('typing a name at a reader’s pace fetches each file once and searches once the reader pauses', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/chapter-2/');
  await page.waitForLoadState('networkidle');
  await openDialogByKeyboard(page);
  await page.keyboard.type('Yudin', { delay: 150 });
  await expect(page.locator('.search-status')).toHaveText('7 passages found for “Yudin”.');
  await page.waitForLoadState('networkidle');
  const searched = requested.filter((p) => p.includes('/pagefind/') || p.includes('search-ui'));
  console.log(`search: Yudin typed at 150 ms a key → ${searched.length} requests`);
  expect(searched.filter((p, i) => searched.indexOf(p) !== i), 'files fetched twice').toEqual([]);
  expect(searched.length).toBeLessThanOrEqual(20);
  // Only the passages shown were fetched: no fragment for "Y", "Yu" or "Yud".
  const fragments = searched.filter((p) => p.includes('/fragment/')).length;
  expect(fragments).toBeLessThanOrEqual((await page.locator('.search-results li').count()) + 1);
});

test('dialog: Ctrl+K, type a name, arrows through results, Enter lands on the passage with the words marked', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/chapter-2/');
  const dialog = await openDialogByKeyboard(page);
  await page.keyboard.type('Yudin');
  const links = dialog.locator('.search-results a');
  await expect(dialog.locator('.search-status')).toHaveText('7 passages found for “Yudin”.');
  await expect(links).toHaveCount(8);
  // The best passage first, the name's entry in the index of names second, then the other passages.
  const where = await dialog.locator('.result-where').allTextContents();
  expect(where[1]).toBe('Index of names · Yudin, Pavel');
  const passages = [where[0], ...where.slice(2)];
  for (const w of passages) expect(w).toMatch(/^Chapter 3 · (Accumulated Tension|From Tension to Crisis|Further Deepening of the Crisis) · ¶\d+$/);
  expect(new Set(passages).size, 'two passages with one label').toBe(passages.length);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await expect(links.nth(1)).toHaveAttribute('href', '/names/y/#name-yudin');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  expect(href).toMatch(/^\/chapter-3\/\?highlight=Yudin#p3-\d+$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/chapter-3\/\?highlight=Yudin#/);
  const marks = page.locator('mark.search-mark');
  await expect(marks.first()).toBeAttached();
  expect(await marks.count()).toBeGreaterThanOrEqual(8);
  for (const text of await marks.allTextContents()) expect(text).toMatch(/^Yudin(’s)?$/);
  const current = page.locator('mark.search-mark-current');
  await expect(current).toBeInViewport();
  // The current mark is in the paragraph the result named.
  const target = new URL(page.url()).hash.slice(1);
  expect(await current.evaluate((m, id) => document.getElementById(id)?.contains(m) ?? false, target)).toBe(true);
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(marks).toHaveCount(0);
  expect(page.url()).not.toContain('highlight=');
  expect(errors).toEqual([]);
});

test('Enter in the search box opens the best passage, not the index of names', async ({ page }) => {
  await page.goto('/chapter-4/');
  const dialog = await openDialogByKeyboard(page);
  await page.keyboard.type('Gao Gang');
  await expect(dialog.locator('.search-status')).toHaveText(/passages? found for “Gao Gang”/);
  await expect(dialog.locator('.search-results a').nth(1)).toHaveAttribute('href', '/names/g/#name-gao-gang');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/chapter-3\/\?highlight=Gao%20Gang#p3-\d+$/);
  await expect(page.locator('mark.search-mark-current')).toHaveText('Gao Gang');
});

test('one Escape closes the dialog, even with text in the search box', async ({ page }) => {
  await page.goto('/chapter-3/');
  const dialog = await openDialogByKeyboard(page);
  await page.keyboard.type('Yudin');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

for (const [platform, shown] of [
  ['MacIntel', '⌘K'],
  ['Linux x86_64', 'Ctrl K'],
] as const) {
  test(`the shortcut reads ${shown} on ${platform}, and opens the search`, async ({ page }) => {
    await page.addInitScript((p) => Object.defineProperty(Navigator.prototype, 'platform', { get: () => p }), platform);
    await page.goto('/chapter-3/');
    await expect(page.locator('.search-link kbd')).toHaveText(shown);
    await page.keyboard.press(platform === 'MacIntel' ? 'Meta+k' : 'Control+k');
    await expect(page.locator('dialog.search-dialog[open] input')).toBeFocused();
  });
}

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
  await expect(results).toHaveCount(3);
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

test('other spellings and names: the reader is told whom they refer to, and what is searched', async ({ page }) => {
  await page.goto('/search/?q=Chou+En-lai');
  await expect(page.locator('.search-variant')).toHaveText('“Chou En-lai” refers to Zhou Enlai.');
  await expect(page.locator('#search-status')).toHaveText(/passages found for “Zhou Enlai”[.;]/);
  await expect(page.locator('.search-results a').first()).toContainText('Zhou');
  await page.goto('/search/?q=Filippov');
  await expect(page.locator('.search-variant')).toHaveText('“Filippov” refers to Joseph Stalin.');
  await expect(page.locator("#search-status")).toHaveText(/passages found for “Stalin”[.;]/);
});

test('results are told apart: paragraph numbers, ellipses where a snippet is cut, the document named as such', async ({ page }) => {
  await page.goto('/search/?q=Yudin');
  const excerpts = page.locator('.search-results li:not(.search-index-entry) .result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  expect(texts.some((t) => t.startsWith('… ')), 'a snippet cut at its start shows it').toBe(true);
  expect(texts.some((t) => t.endsWith(' …')), 'a snippet cut at its end shows it').toBe(true);
  await page.goto('/search/?q=毛澤東');
  await expect(page.locator('.result-where').first()).toHaveText(/^Document · The first and last pages of the handwritten draft/);
});

test('a phrase is shown in the snippets of the passages that have it', async ({ page }) => {
  await page.goto('/search/?q=Mao+Zedong');
  const results = page.locator('.search-results li:not(.search-index-entry)');
  await expect(results.first()).toBeVisible();
  for (let i = 0; i < 5; i++) await expect(results.nth(i).locator('mark').first()).toHaveText(/^Mao\s+Zedong/);
});

test('landing marks whole words and names: Port Arthur marks no “portion”, Mao Zedong marks the name, not every Mao', async ({ page }) => {
  await page.goto('/chapter-3/?highlight=Port%20Arthur');
  const marks = page.locator('mark.search-mark');
  await expect(marks.first()).toBeAttached();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['Port Arthur']));
  await page.goto('/chapter-3/?highlight=Mao%20Zedong');
  await expect(marks.first()).toBeAttached();
  const texts = await marks.allTextContents();
  console.log(`highlight: Mao Zedong → ${texts.length} marks on Chapter 3`);
  for (const t of texts) expect(t).toMatch(/^Mao\s+Zedong(’s)?$/);
  // Every occurrence of the name in the reading text is marked (no more, no fewer).
  const inText = await page.evaluate(() => {
    const article = document.querySelector('article.chapter')?.cloneNode(true) as HTMLElement;
    article.querySelectorAll('.sidenote, .note-ref, .pilcrow, .abbr-expansion, [data-pagefind-ignore]').forEach((e) => e.remove());
    return (article.textContent?.match(/(?<![\p{L}\p{N}])Mao\s+Zedong(?![\p{L}\p{N}])/gu) ?? []).length;
  });
  expect(texts.length).toBe(inText);
});

test('a malformed address neither throws nor stops the page from going to the first mark', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/chapter-3/?highlight=Mao#%E0%A4%A');
  await expect(page.locator('mark.search-mark-current')).toBeInViewport();
  expect(await page.locator('mark.search-mark').count()).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test('at 375 px, after landing from a search, no Tab stop is hidden under the highlights bar', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto('/chapter-3/?highlight=Yudin#p3-74');
  await expect(page.locator('.search-mark-bar')).toBeVisible();
  await expect(page.locator('mark.search-mark-current')).toBeInViewport();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const report = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = (document.querySelector('.search-mark-bar') as HTMLElement).getBoundingClientRect();
      const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      // Partly visible: some of it inside the window and outside the bar.
      const visible = rects.some((r) => {
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, window.innerHeight);
        if (bottom <= top) return false;
        return top < bar.top || bottom > bar.bottom || r.left < bar.left || r.right > bar.right;
      });
      return { visible, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.textContent?.trim().slice(0, 30)}`, rects: rects.map((r) => [r.left, r.top, r.right, r.bottom].map(Math.round)), bar: [bar.left, bar.top, bar.right, bar.bottom].map(Math.round) };
    });
    expect(report.visible, `Tab ${i + 1}: ${JSON.stringify(report)}`).toBe(true);
  }
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
