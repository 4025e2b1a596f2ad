/**
 * (b) Following a section anchor puts the heading in view, uncovered by any sticky header;
 *     and moving focus backwards (Shift+Tab) never leaves it hidden under the header (WCAG 2.4.11).
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

for (const viewport of [VIEWPORTS.marginMin, { width: 1280, height: 800 }, VIEWPORTS.wide]) {
  test(`Shift+Tab from the end of /chapter-3/ to its top at ${viewport.width} px: every focused element stays at least partly in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/chapter-3/');
    await settle(page);
    await page.locator('.site-footer a').last().focus();
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 700; i++) {
      await page.keyboard.press('Shift+Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        // Partly visible: some of its boxes below the sticky header and above the window's foot.
        const shown = e.closest('.site-header, .skip-link') !== null || [...e.getClientRects()].some((r) => r.width > 0 && r.bottom > header.bottom + 1 && r.top < innerHeight - 1);
        const r = e.getBoundingClientRect();
        return { what: `<${e.tagName.toLowerCase()} href="${e.getAttribute('href')}"> at y ${Math.round(r.top)}–${Math.round(r.bottom)} (header ends at ${Math.round(header.bottom)})`, shown, first: e.classList.contains('skip-link') };
      });
      if (!focused) break;
      stops += 1;
      if (!focused.shown) hidden.push(focused.what);
      if (focused.first) break;
    }
    expect(stops, 'Tab stops visited backwards').toBeGreaterThan(100);
    expect(hidden, 'focused elements entirely hidden').toEqual([]);
  });
}

test('375 px: Shift+Tab back up through a chapter (from a search landing) never leaves focus under the reading bar that the scroll brings in', async ({ page }) => {
  // A phone's full height: the path a reviewer found, where the bar slid in over ¶68.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/chapter-3/?highlight=Yudin#p3-52');
  await settle(page);
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  const covered: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab');
    // The bar slides in on the scroll's event: look once the page has settled.
    await page.waitForTimeout(100);
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body || e.closest('.site-header, .reading-status, .search-marks')) return null;
      const bars = [document.querySelector('.site-header'), document.querySelector('.reading-status')]
        .filter((b): b is Element => !!b && ['fixed', 'sticky'].includes(getComputedStyle(b).position) && getComputedStyle(b).visibility !== 'hidden')
        .map((b) => b.getBoundingClientRect().bottom);
      const top = Math.max(0, ...bars);
      const shown = [...e.getClientRects()].some((r) => r.width > 0 && r.bottom > top + 1 && r.top < innerHeight - 1);
      return shown ? null : `<${e.tagName.toLowerCase()} href="${e.getAttribute('href')}"> at y ${Math.round(e.getBoundingClientRect().top)} under bars ending at ${Math.round(top)}`;
    });
    if (focused) covered.push(focused);
  }
  expect(covered).toEqual([]);
});
