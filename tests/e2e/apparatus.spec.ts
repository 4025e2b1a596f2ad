/**
 * Citing and linking passages: paragraph permalinks, the citation offered from
 * a permalink (copied to the clipboard), the index of names' links.
 */
import { expect, test } from '@playwright/test';
import { VIEWPORTS } from '../support/site.ts';

test('following a paragraph permalink lands on the paragraph', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto('/chapter-3/#p3-52');
  const paragraph = page.locator('#p3-52');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('Pavel Yudin');
});

// SITE_URL is unset in the tested build: the citation gives the address the reader has (no made-up origin).
test('a paragraph’s permalink, by keyboard, offers a Chicago citation that copies to the clipboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.wide, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/chapter-3/');
  const pilcrow = page.locator('#p3-52 > a.pilcrow');
  await pilcrow.focus();
  await expect(pilcrow).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3-52$/);
  const panel = page.getByRole('dialog', { name: 'Cite this paragraph' });
  await expect(panel).toBeVisible();
  const expected =
    `Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “Accumulated Tension,” para. 52, ${baseURL}/chapter-3/#p3-52.`;
  await expect(panel.locator('.cite-text')).toHaveText(expected);
  await expect(panel.getByRole('button', { name: 'Copy citation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/chapter-3/#p3-52`);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(pilcrow).toBeFocused();
  await context.close();
});

test('a section permalink offers the section’s citation', async ({ page, baseURL }) => {
  await page.goto('/chapter-3/');
  await page.locator('#breakdown a.permalink').click();
  await expect(page.getByRole('dialog', { name: 'Cite this section' }).locator('.cite-text')).toContainText(`chap. 3, “Breakdown,” ${baseURL}/chapter-3/#breakdown.`);
});

test('the index of names links a name to the paragraphs that mention it', async ({ page }) => {
  await page.goto('/names/');
  await page.locator('#name-gao-gang .occurrences a').first().click();
  await expect(page).toHaveURL(/\/chapter-3\/#p3-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${id}`)).toContainText('Gao');
});
