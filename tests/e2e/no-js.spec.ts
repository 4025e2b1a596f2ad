/**
 * (e) With JavaScript disabled the text shows and notes still open from their markers.
 */
import { expect, test } from '@playwright/test';
import { checkNarrowNoteOpensByKeyboard } from '../support/browser.ts';
import { CHAPTERS, TEXT_PARAGRAPHS, VIEWPORTS } from '../support/site.ts';

for (const chapter of CHAPTERS) {
  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    test(`no JS, ${viewport.width} px: ${chapter.path} shows its heading and first paragraph`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      try {
        const page = await context.newPage();
        const response = await page.goto(chapter.path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator(TEXT_PARAGRAPHS).first()).toBeVisible();
      } finally {
        await context.close();
      }
    });
  }
}

test('no JS, 375 px: #note-1 in /chapter-3/ opens from its marker with the keyboard and closes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.narrow });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await checkNarrowNoteOpensByKeyboard(page, 1);
  } finally {
    await context.close();
  }
});
