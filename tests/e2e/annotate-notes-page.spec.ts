/**
 * The reader's notes page, at 375 and 1440 px: every highlight and note grouped
 * by chapter and section, linking back to its words; a filter; editing and
 * deleting; export (Web Annotation JSON-LD, Markdown), delete all, import that
 * restores exactly; bad files refused without loss; axe in both themes; and
 * without JavaScript, a message.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Download, expect, type Page, test } from '@playwright/test';
import { annotationOf, seed, SITE, STORE_KEY, stored } from '../support/annotate.ts';
import { collectErrors } from '../support/browser.ts';
import { VIEWPORTS } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SEEDED = [
  annotationOf(3, 'these extraordinary terms', 'p3-4', 'Strong words for 1949.'),
  annotationOf(3, 'de-Stalinization', 'p3-52'),
  annotationOf(4, 'When China entered the Korean War', 'p4-1', 'Chapter 4 opens here.'),
];

const entries = (page: Page) => page.locator('.notes-entry');

async function downloaded(page: Page, button: string): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('lists every highlight by chapter and section, each linking to its words; the filter narrows them', async ({ page }) => {
      const errors = collectErrors(page);
      await seed(page, SEEDED);
      await page.goto('/notes/');
      await expect(entries(page)).toHaveCount(3);
      await expect(page.locator('.notes-output h2')).toHaveText([/^Chapter 3: Mao’s Continuous Revolution/, /^Chapter 4/]);
      await expect(page.locator('.notes-output h3')).toHaveText(['The “Lean-to-One-Side” Approach', 'Accumulated Tension']);
      const first = entries(page).first();
      await expect(first.locator('blockquote')).toHaveText('these extraordinary terms');
      await expect(first).toContainText('Strong words for 1949.');
      await expect(first.getByRole('link', { name: 'Go to the passage' })).toHaveAttribute('href', '/chapter-3/#p3-4:~:text=did%20Mao%20choose-,these%20extraordinary%20terms,-%3F%20The%20statement');

      await page.getByRole('searchbox', { name: 'Show only notes containing' }).fill('korean');
      await expect(entries(page)).toHaveCount(1);
      await expect(entries(page).locator('blockquote')).toHaveText('When China entered the Korean War');
      await page.getByRole('searchbox', { name: 'Show only notes containing' }).fill('');
      await expect(entries(page)).toHaveCount(3);

      // Edit and delete from here.
      await entries(page).nth(1).getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: /Your note on “de-Stalinization”/ }).fill('Khrushchev, 1956.');
      await page.getByRole('button', { name: 'Save note' }).click();
      await expect(entries(page).nth(1)).toContainText('Khrushchev, 1956.');
      await entries(page).nth(2).getByRole('button', { name: 'Delete' }).click();
      await expect(entries(page)).toHaveCount(2);
      const now = await stored(page);
      expect(now.map((a) => a.body?.[0]?.value ?? null)).toEqual(['Strong words for 1949.', 'Khrushchev, 1956.']);
      expect(errors).toEqual([]);
    });

    test('export, delete all, import: the annotations come back exactly; Markdown has quote, note, citation and link', async ({ page }) => {
      await seed(page, SEEDED);
      await page.goto('/notes/');
      await expect(entries(page)).toHaveCount(3);
      const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);

      const json = await downloaded(page, 'Export as Web Annotations (JSON)');
      const collection = JSON.parse(json);
      expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(collection.type).toBe('AnnotationCollection');
      expect(collection.total).toBe(3);
      expect(collection.first.items.map((a: { id: string }) => a.id)).toEqual(SEEDED.map((a) => a.id));

      const md = await downloaded(page, 'Export as Markdown');
      expect(md).toContain('> these extraordinary terms');
      expect(md).toContain('Strong words for 1949.');
      expect(md).toContain(`chap. 3, “The ‘Lean-to-One-Side’ Approach,” para. 4: “these extraordinary terms,” ${SITE}/chapter-3/#p3-4:~:text=`);
      expect(md).toContain('*Mao’s China and the Cold War*');
      expect(md).toContain('### Accumulated Tension');

      await page.getByRole('button', { name: 'Delete all…' }).click();
      await page.getByRole('button', { name: 'Keep them' }).click();
      await expect(entries(page)).toHaveCount(3);
      await page.getByRole('button', { name: 'Delete all…' }).click();
      await page.getByRole('group').getByRole('button', { name: 'Delete all', exact: true }).click();
      await expect(entries(page)).toHaveCount(0);
      expect(await stored(page)).toEqual([]);

      await page.locator('#notes-import-file').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(json) });
      await expect(page.getByRole('status')).toContainText('3 added');
      await expect(entries(page)).toHaveCount(3);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
      expect(await downloaded(page, 'Export as Web Annotations (JSON)')).toBe(json);

      // Imported again: merged, no duplicates.
      await page.locator('#notes-import-file').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(json) });
      await expect(page.getByRole('status')).toContainText('0 added, 0 updated, 3 already here');
      expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
    });

    test('a file that is not a Web Annotation collection, or is of another book, is refused and changes nothing', async ({ page }) => {
      await seed(page, SEEDED);
      await page.goto('/notes/');
      await expect(entries(page)).toHaveCount(3);
      const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
      const status = page.getByRole('status');

      await page.locator('#notes-import-file').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') });
      await expect(status).toContainText('list.json is not a Web Annotation collection');
      await expect(status).toContainText('Nothing stored was changed.');

      await page.locator('#notes-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type": ') });
      await expect(status).toContainText('broken.json is not JSON');

      const other = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [{ ...SEEDED[0], id: 'urn:uuid:other', target: { ...SEEDED[0].target, source: 'https://another.example/chapter-3/' } }] } };
      await page.locator('#notes-import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
      await expect(status).toContainText('other.json has annotations of another book or site');

      expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
      await expect(entries(page)).toHaveCount(3);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: the notes page, with notes, an open editor and the delete-all confirmation, ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await seed(page, SEEDED);
        await page.goto('/notes/');
        await expect(entries(page)).toHaveCount(3);
        await entries(page).first().getByRole('button', { name: 'Edit note' }).click();
        await page.getByRole('button', { name: 'Delete all…' }).click();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('without JavaScript the notes page says that notes live in this browser and need JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.narrow });
  try {
    const page = await context.newPage();
    await page.goto('/notes/');
    await expect(page.locator('.notes-noscript')).toBeVisible();
    await expect(page.locator('.notes-noscript')).toContainText('need JavaScript');
    await expect(page.locator('.notes-intro')).toContainText('kept in this browser');
  } finally {
    await context.close();
  }
});

test('the footer links to the notes page from every chapter', async ({ page }) => {
  await page.goto('/chapter-3/');
  await page.locator('.site-footer').getByRole('link', { name: 'Your notes' }).click();
  await expect(page).toHaveURL(/\/notes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your notes');
});

test('notes stored in a form that cannot be read are left as they are: an import is refused', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{not json'), STORE_KEY);
  await page.goto('/notes/');
  await expect(page.getByRole('status')).toContainText('cannot be read');
  const json = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [SEEDED[0]] } });
  await page.locator('#notes-import-file').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(json) });
  await expect(page.getByRole('status')).toContainText('nothing was changed');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe('{not json');
});
