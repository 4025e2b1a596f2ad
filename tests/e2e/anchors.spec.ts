/**
 * (b) Following a section anchor puts the heading in view, uncovered by any sticky header.
 */
import { expect, test } from '@playwright/test';
import { expectTextUncovered, settle } from '../support/browser.ts';
import { CHAPTERS, VIEWPORTS } from '../support/site.ts';

const SECTION = 'accumulated-tension';

for (const [name, viewport] of [['wide', VIEWPORTS.wide], ['narrow', VIEWPORTS.narrow]] as const) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test(`opening /chapter-3/#${SECTION} shows the heading, uncovered`, async ({ page }) => {
      await page.goto(`/chapter-3/#${SECTION}`);
      await settle(page);
      await expectTextUncovered(page.locator(`h2#${SECTION}`), `h2#${SECTION} (${name})`);
    });

    test(`clicking the home page's contents link to #${SECTION} lands on the heading`, async ({ page }) => {
      await page.goto('/');
      const link = page.locator(`a[href="/chapter-3/#${SECTION}"]`).first();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/chapter-3/#${SECTION}$`));
      await settle(page);
      await expectTextUncovered(page.locator(`h2#${SECTION}`), `h2#${SECTION} after the contents link (${name})`);
    });

    test('every section heading of every chapter is uncovered when its anchor is opened', async ({ page }) => {
      for (const chapter of CHAPTERS) {
        await page.goto(chapter.path);
        const ids = await page.locator('article.chapter h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
        for (const id of ids) {
          await page.goto('about:blank');
          await page.goto(`${chapter.path}#${id}`);
          await settle(page);
          const heading = page.locator(`h2[id="${id}"]`);
          await expect(heading, `h2#${id} on ${chapter.path}`).toHaveCount(1);
          await expectTextUncovered(heading, `${chapter.path}#${id} (${name})`);
        }
      }
    });
  });
}
