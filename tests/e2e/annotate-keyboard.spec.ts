/**
 * A selection made with the keyboard becomes a highlight, at 375 and 1440 px;
 * the toolbar is reached with Tab and worked with the arrow keys.
 * Selecting read-only text from the keyboard is caret browsing (F7), which
 * Chromium's --enable-caret-browsing turns on for this file's browser.
 */
import { expect, type Page, test } from '@playwright/test';
import { findChromium } from '../../scripts/ensure-chromium.ts';
import { collectErrors } from '../support/browser.ts';
import { selectByKeyboard } from '../support/annotate.ts';
import { VIEWPORTS } from '../support/site.ts';

test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-caret-browsing'],
  },
});

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selected words' });
const marks = (page: Page) => page.locator('article mark.annotation-mark');

for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
  test(`${viewport.width} px: a selection made with the keyboard becomes a highlight; the toolbar is reached with Tab and worked with arrows`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto('/chapter-3/');
      await selectByKeyboard(page, 'p3-6', 'Mao’s lean-to-one-side decision');
      await page.keyboard.press('Tab');
      const first = toolbar(page).getByRole('button', { name: 'Highlight' });
      await expect(first).toBeFocused();
      // Arrow keys move within the toolbar (one tab stop), and back.
      await page.keyboard.press('ArrowRight');
      await expect(toolbar(page).getByRole('button', { name: 'Add note' })).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(first).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(marks(page)).toHaveText(['Mao’s lean-to-one-side decision']);
      await expect(marks(page).first()).toBeFocused();
      await page.reload();
      await expect(marks(page)).toHaveText(['Mao’s lean-to-one-side decision']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('Tab goes through the toolbar once and on through the page; after Escape, Tab goes on too (no keyboard trap)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.wide });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await selectByKeyboard(page, 'p3-9', 'Anastas Mikoyan made a secret trip');
    await page.keyboard.press('Tab');
    await expect(toolbar(page).getByRole('button', { name: 'Highlight' })).toBeFocused();
    const inToolbar = () => page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'));
    const focusedId = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('href') ?? ''}`);
    // Forward from the toolbar: never back into it, and each Tab moves on.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await inToolbar(), `Tab ${i + 1} after the toolbar went back into it`).toBe(false);
      seen.push(await focusedId());
    }
    expect(new Set(seen).size, `Tab stops after the toolbar: ${seen.join(', ')}`).toBe(4);
    // Shift+Tab still reaches it; Escape closes it, and Tab goes on from there.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar(page).getByRole('button', { name: 'Highlight' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toolbar(page)).toHaveCount(0);
    await page.keyboard.press('Tab');
    expect(await inToolbar()).toBe(false);
  } finally {
    await context.close();
  }
});
