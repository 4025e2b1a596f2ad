/**
 * axe-core: no WCAG 2.2 AA violations in every theme (issue 10, 1): each page
 * at 375 and 1440 px in Light, Sepia and Dark (Auto is axe.spec.ts's light and
 * dark), and in each theme with the reader's own controls showing: the settings
 * panel open, the "where am I" status and the current section marked (those
 * parts only: the rest of the page is the whole-page runs').
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openSettings, storeSettings } from '../support/reader.ts';
import { PAGES, VIEWPORTS } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page, or only on the parts named by `include` (the rest is held by the whole-page runs). */
async function expectNoViolations(page: Page, what: string, include: string[] = []): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  const report = results.violations.map((v) =>
    [`${v.id} (${v.impact ?? 'no impact'}): ${v.help}`, ...v.nodes.slice(0, 8).map((n) => `  ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`)].join('\n'),
  );
  expect(results.violations.length, `axe violations, ${what}:\n${report.join('\n')}`).toBe(0);
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    // Under the opposite system theme, so that the choice, not the system, decides.
    const system = theme === 'dark' ? 'light' : 'dark';
    for (const path of PAGES) {
      test(`axe, ${theme} theme (system ${system}), ${viewport.width} px: ${path}`, async ({ page }) => {
        // axe on the largest pages (the index of names, 165 kB; chapter 3) takes over two minutes on a busy 2-core machine.
        test.setTimeout(300_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: system });
        await storeSettings(page, { theme });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page, `${path}, ${theme}, ${viewport.width} px`);
      });
    }
  }
}

for (const [theme, system] of [
  ['auto', 'light'],
  ['auto', 'dark'],
  ['light', 'dark'],
  ['sepia', 'light'],
  ['dark', 'light'],
] as const) {
  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    test(`axe, ${theme} theme (system ${system}), ${viewport.width} px: /chapter-3/ while reading, with the settings open`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: system });
      await storeSettings(page, { theme });
      await page.goto('/chapter-3/');
      await page.locator('#the-alliances-golden-years').evaluate((el) => el.scrollIntoView());
      await page.mouse.wheel(0, 200);
      await expect(page.locator('.chapter-contents a[aria-current="location"]')).toHaveCount(1);
      // Narrow layouts show the status bar on a small scroll back up.
      await page.mouse.wheel(0, -40);
      await expect(page.locator('[data-reading-status]')).toBeVisible();
      await openSettings(page);
      // The reader's controls: the header with its panel, the contents with the current section and the status line.
      await expectNoViolations(page, `reading, settings open, ${theme}, ${viewport.width} px`, ['.site-header', '.chapter-contents']);
    });
  }
}
