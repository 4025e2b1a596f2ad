/**
 * Where am I, where was I (issue 10, 2–4): the section being read is marked in
 * the chapter's contents, wide and on a phone; the reader sees how far through
 * and about how long is left; the last paragraph read is remembered on this
 * device and offered back, on the home page and at the chapter's top, without
 * any jump; sections and chapters are reachable by keyboard with modifiers.
 */
import { expect, type Page, test } from '@playwright/test';
import { parseParagraphId } from '../../src/edition/addresses.ts';
import { PLACES_KEY } from '../support/reader.ts';
import { CHAPTER_3_SECTIONS, VIEWPORTS } from '../support/site.ts';

const GOLDEN = 'the-alliances-golden-years';
/** The Alliance's Golden Years runs from p3-35 for 9 paragraphs (its front matter). */
const GOLDEN_PARAGRAPHS = { first: 35, last: 43 };

const current = (page: Page) => page.locator('.chapter-contents a[aria-current="location"]');

/** Scroll as a reader does, with the wheel, until `id` is near the top of the window. */
async function wheelTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    if (top < 200) return;
    await page.mouse.wheel(0, Math.min(top - 100, 1500));
    await page.waitForTimeout(30);
  }
  throw new Error(`#${id} never reached the top`);
}

for (const viewport of [VIEWPORTS.wide, VIEWPORTS.narrow]) {
  test(`${viewport.width} px: scrolling into “The Alliance’s Golden Years” marks it current in the contents, with progress and time left`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/chapter-3/');
    await expect(current(page)).toHaveCount(0);
    await wheelTo(page, GOLDEN);
    await page.mouse.wheel(0, 120);
    await expect(current(page)).toHaveCount(1);
    await expect(current(page)).toHaveAttribute('href', `#${GOLDEN}`);
    const status = page.locator('[data-reading-status]');
    if (viewport === VIEWPORTS.narrow) {
      // Reading on down, the bar keeps off the text; a little scroll back up brings it.
      await expect(status).toBeHidden();
      await page.mouse.wheel(0, -40);
    }
    await expect(status).toBeVisible();
    await expect(status).toContainText(/\d+% through · [\d,]+ words left, about \d+ minutes?/);
    const percent = Number((await status.textContent())!.match(/(\d+)% through/)![1]);
    expect(percent).toBeGreaterThan(10);
    expect(percent).toBeLessThan(50);
    if (viewport === VIEWPORTS.narrow) {
      // The phone's header scrolls away; the bar at the window's top names the section and offers the contents.
      await expect(status).toContainText('The Alliance’s Golden Years');
      expect(await status.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0);
      await expect(status).toBeInViewport();
      await status.getByRole('link', { name: 'Contents' }).click();
      await expect(page.locator('.chapter-contents details')).toHaveAttribute('open', '');
      await expect(page.locator(`.chapter-contents a[href="#${GOLDEN}"]`)).toBeInViewport();
      await expect(page.locator(`.chapter-contents a[href="#${GOLDEN}"]`)).toHaveAttribute('aria-current', 'location');
    } else {
      await expect(current(page)).toBeInViewport();
    }
    // Further on, the next section takes over.
    await wheelTo(page, CHAPTER_3_SECTIONS[CHAPTER_3_SECTIONS.indexOf(GOLDEN) + 1]);
    await page.mouse.wheel(0, 120);
    await expect(current(page)).toHaveAttribute('href', `#${CHAPTER_3_SECTIONS[CHAPTER_3_SECTIONS.indexOf(GOLDEN) + 1]}`);
  });
}

test('after reading part of Chapter 3 the home page, and the chapter’s top, link back to that paragraph; nothing jumps; Forget my place forgets it', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.wide);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') requests.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('/');
  await expect(page.locator('[data-continue-reading]')).toBeHidden();

  await page.goto('/chapter-3/');
  await wheelTo(page, `p3-${GOLDEN_PARAGRAPHS.first + 3}`);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), PLACES_KEY)).toContain('p3-');
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PLACES_KEY))!) as { paragraph: string }[];
  expect(stored).toHaveLength(1);
  const id = parseParagraphId(stored[0]!.paragraph)!;
  expect(id.chapter).toBe(3);
  expect(id.n).toBeGreaterThanOrEqual(GOLDEN_PARAGRAPHS.first);
  expect(id.n).toBeLessThanOrEqual(GOLDEN_PARAGRAPHS.last);

  await page.goto('/');
  const offer = page.locator('[data-continue-reading] a');
  await expect(offer).toHaveText('Continue reading: Chapter 3, The Alliance’s Golden Years');
  await expect(offer).toHaveAttribute('href', `/chapter-3/#${stored[0]!.paragraph}`);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`/chapter-3/#${stored[0]!.paragraph}$`));
  await expect(page.locator(`#${stored[0]!.paragraph}`)).toBeInViewport();

  // Opening the chapter again: offered at its top, and the page stays at the top.
  await page.goto('/chapter-3/');
  await expect(page.locator('.chapter-header [data-continue-reading] a')).toHaveAttribute('href', `/chapter-3/#${stored[0]!.paragraph}`);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => scrollY)).toBe(0);

  // Another chapter has no place of its own yet.
  await page.goto('/chapter-4/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.chapter-header [data-continue-reading]')).toBeHidden();

  await page.locator('header button[data-settings-button]').click();
  await page.getByRole('button', { name: 'Forget my place' }).click();
  await expect(page.locator('#reader-settings [role="status"]')).toHaveText(/forgotten/);
  expect(await page.evaluate((k) => localStorage.getItem(k), PLACES_KEY)).toBeNull();
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-continue-reading]')).toBeHidden();
  expect(requests, 'nothing is sent anywhere').toEqual([]);
});

test('keyboard: Alt+Shift+↓/↑ move between sections, Alt+Shift+→/← between chapters; single keys do nothing', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/chapter-3/');
  for (const key of ['j', 'n', 'k', ']', '.']) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => scrollY)).toBe(0);

  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page).toHaveURL(new RegExp(`#${CHAPTER_3_SECTIONS[0]}$`));
  await expect(page.locator(`#${CHAPTER_3_SECTIONS[0]}`)).toBeInViewport();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page).toHaveURL(new RegExp(`#${CHAPTER_3_SECTIONS[1]}$`));
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page).toHaveURL(new RegExp(`#${CHAPTER_3_SECTIONS[2]}$`));
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(page).toHaveURL(new RegExp(`#${CHAPTER_3_SECTIONS[1]}$`));

  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page).toHaveURL(/\/chapter-4\/$/);
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page).toHaveURL(/\/chapter-3\/$/);
  // The chapter links say so to assistive technology.
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+ArrowRight');
});
