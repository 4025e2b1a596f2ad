/**
 * Sidenotes at every text size (issue 10, 1): in the margin, overlapping neither
 * each other nor the text, while the margin fits them; inline (hidden until
 * their marker is followed, as on phones) once it does not; never wider than
 * the window. The largest size is held at 1440 and 1024 px.
 */
import { expect, type Page, test } from '@playwright/test';
import { SETTINGS } from '../../src/browser/settings/model.ts';
import { boxesOverlap, formatBox, overlappingPairs, type Box } from '../support/geometry.ts';
import { storeSettings } from '../support/reader.ts';
import { TEXT_PARAGRAPHS, VIEWPORTS } from '../support/site.ts';

type Measured = Box & { id: string; visible: boolean };

async function measure(page: Page) {
  return page.evaluate((paragraphSelector) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
    };
    return {
      notes: [...document.querySelectorAll('.sidenote')].map((n) => ({
        id: n.id,
        visible: n.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && n.getBoundingClientRect().width > 0,
        ...box(n),
      })),
      paragraphs: [...document.querySelectorAll(paragraphSelector)].map((p) => ({ id: p.id, ...box(p) })),
      pageWidth: document.documentElement.scrollWidth,
    };
  }, TEXT_PARAGRAPHS);
}

function marginFaults(notes: Measured[], paragraphs: (Box & { id: string })[], viewportWidth: number): string[] {
  const faults = overlappingPairs(notes).map(([i, j]) => `notes ${notes[i]!.id} ${formatBox(notes[i]!)} and ${notes[j]!.id} ${formatBox(notes[j]!)} overlap`);
  const columnRight = Math.max(...paragraphs.map((p) => p.x + p.width));
  for (const n of notes) {
    if (!n.visible) faults.push(`${n.id} hidden`);
    for (const p of paragraphs) if (boxesOverlap(n, p)) faults.push(`${n.id} ${formatBox(n)} overlaps ${p.id} ${formatBox(p)}`);
    if (n.x < columnRight - 0.5) faults.push(`${n.id} left of the margin`);
    if (n.x + n.width > viewportWidth + 0.5) faults.push(`${n.id} past the window`);
  }
  return faults;
}

for (const viewport of [VIEWPORTS.wide, VIEWPORTS.marginMin]) {
  for (const size of SETTINGS.size.values) {
    test(`${viewport.width} px, text at ${size}%: /chapter-3/ notes in the margin without overlap, or inline`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await storeSettings(page, { size });
      await page.goto('/chapter-3/');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { notes, paragraphs, pageWidth } = await measure(page);
      expect(pageWidth, 'page wider than the window').toBeLessThanOrEqual(viewport.width);
      const shown = notes.filter((n) => n.visible);
      if (shown.length > 0) {
        expect(marginFaults(notes, paragraphs, viewport.width)).toEqual([]);
      } else {
        // Inline: the note opens in its paragraph, inside the text column, clear of the paragraphs around it.
        const marker = page.locator('a.note-ref[href="#note-60"]');
        await marker.click();
        const note = page.locator('#note-60');
        await expect(note).toBeVisible();
        const after = await measure(page);
        const opened = after.notes.find((n) => n.id === 'note-60')!;
        const column = { left: Math.min(...after.paragraphs.map((p) => p.x)), right: Math.max(...after.paragraphs.map((p) => p.x + p.width)) };
        expect(opened.x).toBeGreaterThanOrEqual(column.left - 0.5);
        expect(opened.x + opened.width).toBeLessThanOrEqual(column.right + 0.5);
        const own = await marker.evaluate((m) => m.closest('p')?.id);
        const overlaps = after.paragraphs.filter((p) => p.id !== own && boxesOverlap(opened, p)).map((p) => p.id);
        expect(overlaps).toEqual([]);
        expect(after.pageWidth).toBeLessThanOrEqual(viewport.width);
      }
    });
  }
}

test('the largest size: notes are inline at 1440 and 1024 px (the margin no longer fits), in the margin at 125% on 1440 px', async ({ page }) => {
  const shownAt = async (width: number, size: string) => {
    await page.setViewportSize({ width, height: 900 });
    await storeSettings(page, { size });
    await page.goto('/chapter-3/');
    return (await measure(page)).notes.filter((n) => n.visible).length;
  };
  expect(await shownAt(1440, '200')).toBe(0);
  expect(await shownAt(1024, '200')).toBe(0);
  expect(await shownAt(1440, '125')).toBe(164);
  expect(await shownAt(1024, '100')).toBe(164);
});
