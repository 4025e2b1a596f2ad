/**
 * (a) Every page loads, has one h1 and logs no errors; plus the page structure the
 * rest of the tests rely on (lang, skip link, main, contents links, chapter markup, notes).
 */
import { expect, type Page, test } from '@playwright/test';
import { exposedWithRole } from '../support/accessibility.ts';
import { collectErrors } from '../support/browser.ts';
import { CHAPTERS, CHAPTER_3_SECTIONS, PAGES, TOTAL_NOTES, VIEWPORTS } from '../support/site.ts';

for (const path of PAGES) {
  test(`${path} loads with status 200, one h1 and no console errors`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(path);
    expect(response, `no response for ${path}`).not.toBeNull();
    expect(response!.status(), `HTTP status of ${path}`).toBe(200);
    await page.waitForLoadState('load');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    // Give late scripts and resource loads a moment to report.
    await page.waitForLoadState('networkidle');
    expect(errors, `errors logged on ${path}`).toEqual([]);
  });

  test(`${path}: language declared, skip link first, main#main`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/documents/')) {
      // A transcribed document's page is in its own language (Pagefind segments Chinese only
      // where <html lang> says so); the edition's English around it is marked as such.
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(page.locator('body')).toHaveAttribute('lang', 'en');
      await expect(page.locator('title')).toHaveAttribute('lang', 'en');
    } else {
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    const skip = page.locator('a.skip-link[href="#main"]');
    await expect(skip).toHaveCount(1);

    const focusedOnLoad = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
    if (!focusedOnLoad) {
      // The page moved focus itself (a search page focusing its box, say): start the
      // sequential focus order from the top of the body instead.
      await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.tabIndex = -1;
        probe.id = 'focus-order-probe';
        document.body.prepend(probe);
        probe.focus();
      });
    }
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return e ? `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ''}${e.className ? ` class="${e.className}"` : ''}> ${(e.textContent ?? '').trim().slice(0, 40)}` : 'nothing';
    });
    expect(await skip.evaluate((a) => a === document.activeElement), `the skip link should be the first focusable element; Tab focused ${focused}`).toBe(true);
    await expect(skip, 'the focused skip link should be visible').toBeVisible();
    await expect(skip).toBeInViewport();
  });
}

test('the home page links every chapter and every section', async ({ page }) => {
  await page.goto('/');
  for (const chapter of CHAPTERS) {
    await expect(page.locator(`a[href="${chapter.path}"]`), `link to ${chapter.path}`).not.toHaveCount(0);
  }
  for (const id of CHAPTER_3_SECTIONS) {
    await expect(page.locator(`a[href="/chapter-3/#${id}"]`), `link to /chapter-3/#${id}`).not.toHaveCount(0);
  }
  // And every section heading actually on a chapter page.
  for (const chapter of CHAPTERS) {
    const other = await page.context().newPage();
    await other.goto(chapter.path);
    const ids = await other.locator('article.chapter h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    await other.close();
    for (const id of ids) {
      await expect(page.locator(`a[href="${chapter.path}#${id}"]`), `link to ${chapter.path}#${id}`).not.toHaveCount(0);
    }
  }
});

for (const chapter of CHAPTERS) {
  test(`${chapter.path}: article.chapter, h2 permalinks, prev/next links`, async ({ page }) => {
    await page.goto(chapter.path);
    await expect(page.locator('article.chapter')).toHaveCount(1);
    const headings = await page.locator('article.chapter h2').evaluateAll((hs) =>
      hs.map((h) => ({
        id: h.id,
        text: h.textContent?.trim() ?? '',
        permalinks: [...h.querySelectorAll('a.permalink')].map((a) => a.getAttribute('href')),
      })),
    );
    for (const h of headings) {
      expect(h.id, `h2 "${h.text}" has no id`).not.toBe('');
      expect(h.permalinks, `h2#${h.id} should hold exactly one a.permalink[href="#${h.id}"]`).toEqual([`#${h.id}`]);
    }
    if (chapter.number === 3) {
      expect(headings.map((h) => h.id)).toEqual([...CHAPTER_3_SECTIONS]);
    }
    const prev = page.locator('nav.chapter-nav a[rel="prev"]');
    const next = page.locator('nav.chapter-nav a[rel="next"]');
    const index = CHAPTERS.indexOf(chapter);
    const before = CHAPTERS[index - 1];
    const after = CHAPTERS[index + 1];
    if (before) await expect(prev).toHaveAttribute('href', before.path);
    if (after) await expect(next).toHaveAttribute('href', after.path);
  });

  test(`${chapter.path}: note markers ${chapter.notes[0]}–${chapter.notes.at(-1)} link to their notes, whose numbers close them`, async ({ page }) => {
    await page.goto(chapter.path);
    const found = await page.evaluate(() => {
      const refs = [...document.querySelectorAll('a.note-ref')].map((a) => ({ href: a.getAttribute('href'), describedBy: a.getAttribute('aria-describedby') }));
      const notes = [...document.querySelectorAll('.sidenote')].map((n) => ({
        id: n.id,
        links: [...n.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      }));
      const closed = document.getElementById('notes-closed');
      return { refs, notes, closedHasNoBox: closed !== null && closed.getClientRects().length === 0, absent: document.getElementById('notes-absent')?.textContent };
    });
    expect(found.refs.map((r) => r.href)).toEqual(chapter.notes.map((n) => `#note-${n}`));
    expect(found.notes.map((n) => n.id)).toEqual(chapter.notes.map((n) => `note-${n}`));
    for (const n of found.notes) expect(n.links, `#${n.id} closes by its number`).toEqual(['#notes-closed']);
    expect(found.closedHasNoBox, 'the notes’ close target exists and has no box (closing scrolls nothing)').toBe(true);
    for (const r of found.refs) expect(r.describedBy).toBe('notes-absent');
    expect(found.absent).toBe('The notes’ texts are not part of the excerpt.');
  });

}

test('/chapter-3/: each section heading’s name is read once (7 checked)', async ({ page }) => {
  await page.goto('/chapter-3/');
  const titles = await page.locator('article.chapter h2').evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim() ?? ''));
  expect(titles.length).toBe(CHAPTER_3_SECTIONS.length);
  const names = (await exposedWithRole(page, 'heading')).map((h) => h.name);
  for (const title of titles) {
    const heading = names.filter((n) => n.includes(title));
    expect(heading.length, `headings named with “${title}”: ${JSON.stringify(heading)}`).toBe(1);
    expect(heading[0]!.split(title).length - 1, `“${title}” in its heading's name “${heading[0]}”`).toBe(1);
  }
});

/** Presses Tab from the top of a freshly loaded page until focus comes round again; the elements focused, in order. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const kind = e.matches('a.note-ref')
        ? 'note marker'
        : e.closest('.sidenote')
          ? 'note'
          : e.matches('a.pilcrow')
            ? 'paragraph number'
            : e.matches('a.permalink')
              ? 'section link'
              : e.closest('.chapter-contents')
                ? 'contents'
                : e.closest('.site-header, .skip-link')
                  ? 'header'
                  : e.closest('.chapter-nav, .site-footer')
                    ? 'after the text'
                    : 'in the text';
      return `${kind}|${e.outerHTML.slice(0, 80)}`;
    });
    if (what === null || stops[0] === what) break;
    stops.push(what);
  }
  return stops;
}

const byKind = (stops: string[]) => stops.reduce<Record<string, number>>((c, s) => ({ ...c, [s.split('|')[0]!]: (c[s.split('|')[0]!] ?? 0) + 1 }), {});

test('/chapter-3/ at 1440 px: Tab stops for reading and citing, none for the notes beside the text', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/chapter-3/');
  const stops = await tabStops(page);
  const kinds = byKind(stops);
  console.log(`/chapter-3/ at 1440 px: ${stops.length} Tab stops ${JSON.stringify(kinds)}`);
  expect(kinds['note marker'] ?? 0, 'note markers (their notes stand beside them)').toBe(0);
  expect(kinds['note'] ?? 0, 'links inside notes').toBe(0);
  expect(kinds['paragraph number'], 'one per paragraph, each a citation').toBe(101);
  expect(kinds['section link']).toBe(7);
  expect(stops.length).toBeLessThanOrEqual(140);
});

test('/chapter-3/ at 375 px: each note marker is one Tab stop; nothing inside a closed note is', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto('/chapter-3/');
  const kinds = byKind(await tabStops(page));
  expect(kinds['note marker']).toBe(164);
  expect(kinds['note'] ?? 0).toBe(0);
});

test(`the chapters carry ${TOTAL_NOTES} notes in all`, () => {
  expect(CHAPTERS.reduce((sum, c) => sum + c.notes.length, 0)).toBe(TOTAL_NOTES);
});
