/** Helpers for the reader's settings and reading-place specs. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { PLACES_KEY } from '../../src/browser/reading/places.ts';
import { SETTINGS_KEY } from '../../src/browser/settings/model.ts';

export { PLACES_KEY, SETTINGS_KEY };

/** Store settings (a JSON-able object) for the site's origin, as a visit to the panel would have. */
export async function storeSettings(page: Page, settings: Record<string, string>): Promise<void> {
  await page.goto('/404.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, JSON.stringify(settings)]);
}

export const settingsButton = (page: Page) => page.locator('header button[data-settings-button]');
export const settingsPanel = (page: Page) => page.locator('#reader-settings');

/** Open the panel with a click (pointer), and wait for it. */
export async function openSettings(page: Page): Promise<void> {
  await settingsButton(page).click();
  // The panel's code is fetched on the first click (a lazy import): on a busy shared machine that can take over 5 s.
  await expect(settingsPanel(page)).toBeVisible({ timeout: 15_000 });
}

/** What the reader sees that each setting changes. */
export async function appearance(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return {
      rootFontSize: parseFloat(root.fontSize),
      bodyFontSize: parseFloat(body.fontSize),
      lineHeight: parseFloat(body.lineHeight),
      fontFamily: body.fontFamily,
      background: body.backgroundColor,
      color: body.color,
      colorScheme: root.colorScheme,
    };
  });
}

/** The Content-Security-Policy header the build wrote into dist/_headers (for hosts that send it). */
export function headerPolicy(): string {
  const line = readFileSync('dist/_headers', 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy');
  return line.slice(line.indexOf(':') + 1).trim();
}
