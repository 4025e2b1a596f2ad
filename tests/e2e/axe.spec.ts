/**
 * (f) axe-core finds no WCAG 2.2 AA violations on any page, narrow and wide,
 * light and dark (of the index of names' letter pages, the largest and “Other”:
 * one template, pagesPerTemplate).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesPerTemplate, VIEWPORTS } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of pagesPerTemplate()) {
  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: ${path} at ${viewport.width} px, ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport });
        try {
          const page = await context.newPage();
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          await page.evaluate(() => document.fonts.ready);
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const report = results.violations.map((v) =>
            [
              `${v.id} (${v.impact ?? 'no impact'}): ${v.help}`,
              ...v.nodes.slice(0, 10).map((n) => `  ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
              ...(v.nodes.length > 10 ? [`  …and ${v.nodes.length - 10} more`] : []),
            ].join('\n'),
          );
          expect(results.violations.length, `axe violations on ${path} at ${viewport.width} px, ${colorScheme}:\n${report.join('\n')}`).toBe(0);
        } finally {
          await context.close();
        }
      });
    }
  }
}
