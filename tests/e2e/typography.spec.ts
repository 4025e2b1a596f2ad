/**
 * Typography for long reading: a 60–75 character measure wherever the screen allows
 * it, no sideways scrolling from 320 px to 2560 px, notes printed rather than hidden.
 */
import { expect, type Page, test } from '@playwright/test';

/** Median characters per full line of the chapter's paragraphs (last lines left out). */
function medianLineLength(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lengths: number[] = [];
    const range = document.createRange();
    for (const p of [...document.querySelectorAll('article.chapter > section > p')].slice(0, 25)) {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.sidenote') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        for (let i = 0; i < t.length; i++) {
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.height) perLine.set(Math.round(rect.top), (perLine.get(Math.round(rect.top)) ?? 0) + 1);
        }
      }
      lengths.push(...[...perLine.values()].slice(0, -1));
    }
    lengths.sort((a, b) => a - b);
    return lengths[Math.floor(lengths.length / 2)];
  });
}

for (const width of [768, 1440, 2560]) {
  test(`the measure is 60–75 characters at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/chapter-3/');
    const median = await medianLineLength(page);
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(75);
  });
}

for (const width of [320, 375, 1024, 2560]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/chapter-2/', '/chapter-3/', '/chapter-4/', '/search/', '/documents/telegram-1950-10-02/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('printed, the notes appear as numbered notes, not hidden; the site chrome does not', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto('/chapter-3/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#note-1')).toBeVisible();
  await expect(page.locator('#note-164')).toBeVisible();
  await expect(page.locator('#note-1 > a')).toHaveText('1');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-nav')).toBeHidden();
});

test('printed, a chapter shows its address, and the index of names is a plain list', async ({ page, baseURL }) => {
  await page.goto('/chapter-3/');
  await page.emulateMedia({ media: 'print' });
  // SITE_URL is unset in the tested build: the address is the one the reader's browser has.
  await expect(page.locator('.print-url')).toHaveText(`${baseURL}/chapter-3/`);
  await expect(page.locator('.pilcrow').first()).toBeHidden();
  await page.goto('/names/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letters')).toBeHidden();
  await expect(page.locator('#name-yudin')).toBeVisible();
});
