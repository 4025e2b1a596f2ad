/**
 * Highlights and notes on a chapter page, as a reader makes them, at 375 and
 * 1440 px: a selection by mouse becomes a highlight (by keyboard: annotate-keyboard.spec.ts); a note
 * is added, edited and deleted; everything survives a reload; a changed passage
 * re-anchors or is listed as no longer found; a cited selection links to its words.
 */
import { expect, type Page, test } from '@playwright/test';
import { collectErrors } from '../support/browser.ts';
import { annotationOf, readingTextOf, seed, SITE, selectByMouse, stored, wordBoxes } from '../support/annotate.ts';
import { boxesOverlap, formatBox, type Box } from '../support/geometry.ts';
import { VIEWPORTS } from '../support/site.ts';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selected words' });
const marks = (page: Page) => page.locator('article mark.annotation-mark');

async function toolbarBox(page: Page): Promise<Box> {
  await expect(toolbar(page)).toBeVisible();
  const b = (await toolbar(page).boundingBox())!;
  return b;
}

for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('a selection made with the mouse becomes a highlight, at the offsets Node computes, and survives a reload', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto('/chapter-3/');
      const words = 'these extraordinary terms';
      const selection = await selectByMouse(page, 'p3-4', words);
      const bar = await toolbarBox(page);
      const covering = selection.filter((r) => boxesOverlap(r, bar));
      expect(covering.map(formatBox), `the toolbar ${formatBox(bar)} covers the selection`).toEqual([]);
      await toolbar(page).getByRole('button', { name: 'Highlight' }).click();

      await expect(marks(page)).toHaveText([words]);
      await expect(toolbar(page)).toHaveCount(0);
      // Said as the reader's highlight (the mark role may not be named, so its start and end are spoken as text).
      expect(await page.locator('#p3-4').ariaSnapshot()).toContain(`mark: "[Your highlight] ${words} [end of highlight]"`);
      const [a] = await stored(page);
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe('highlighting');
      expect(a.target.source).toBe(`${SITE}/chapter-3/`);
      const start = readingTextOf(3).indexOf(words);
      expect(a.target.selector).toEqual([
        { type: 'TextQuoteSelector', exact: words, prefix: readingTextOf(3).slice(start - 32, start), suffix: readingTextOf(3).slice(start + words.length, start + words.length + 32) },
        { type: 'TextPositionSelector', start, end: start + words.length },
        { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'p3-4', refinedBy: { type: 'TextQuoteSelector', exact: words } },
      ]);

      await page.reload();
      await expect(marks(page)).toHaveText([words]);
      expect(errors).toEqual([]);
    });

    test('no toolbar for a selection outside the reading text', async ({ page }) => {
      await page.goto('/chapter-3/');
      await selectByMouse(page, 'about-notes', 'Superscript numbers mark');
      await page.waitForTimeout(600);
      await expect(page.locator('.annotation-toolbar')).toHaveCount(0);
      await page.locator('.site-footer p').scrollIntoViewIfNeeded();
      await page.locator('.site-footer p').selectText();
      await page.waitForTimeout(600);
      await expect(page.locator('.annotation-toolbar')).toHaveCount(0);
      // Part in, part out: from the editorial note into the epigraph.
      const select = (fromId: string, toWords: string) =>
        page.evaluate(
          ({ fromId, toWords }) => {
            const from = document.getElementById(fromId)!.firstChild as Text;
            const w = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
            for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
              const i = n.data.indexOf(toWords);
              if (i === -1) continue;
              getSelection()!.setBaseAndExtent(from, 0, n, i + toWords.length);
              return;
            }
          },
          { fromId, toWords },
        );
      await select('about-notes', 'Fluttering high');
      await page.waitForTimeout(600);
      await expect(page.locator('.annotation-toolbar')).toHaveCount(0);
      // The same kind of selection inside the text is offered the toolbar.
      await select('p3-2', 'What, then');
      await expect(toolbar(page)).toBeVisible();
    });

    test('a note is added, survives a reload, is edited and deleted; then the highlight is removed', async ({ page }) => {
      await page.goto('/chapter-3/');
      await selectByMouse(page, 'p3-3', 'lean-to-one-side');
      await toolbar(page).getByRole('button', { name: 'Add note' }).click();
      const field = page.getByRole('textbox', { name: /Your note on “lean-to-one-side”/ });
      await expect(field).toBeFocused();
      await field.fill('Compare the 1949 wording.');
      await page.getByRole('button', { name: 'Save note' }).click();
      const note = page.getByRole('note', { name: 'Your note' });
      await expect(note).toContainText('Compare the 1949 wording.');
      // Focus goes back to the highlight, and the reader can see it.
      await expect(marks(page).first()).toBeFocused();
      await expect(marks(page).first()).toBeInViewport();
      await expect(marks(page).first()).toHaveAttribute('aria-details', (await note.getAttribute('id')) ?? 'a note with an id');
      expect(await page.locator('#p3-3').ariaSnapshot()).toContain('mark: "[Your highlight, with a note] lean-to-one-side [end of highlight]"');
      expect((await stored(page))[0].body).toEqual([{ type: 'TextualBody', value: 'Compare the 1949 wording.', format: 'text/plain', purpose: 'commenting' }]);

      await page.reload();
      await expect(note).toContainText('Compare the 1949 wording.');
      await note.getByRole('button', { name: 'Edit note' }).click();
      await page.getByRole('textbox', { name: /Your note on/ }).fill('Compare the 1949 and 1950 wording.');
      await page.getByRole('button', { name: 'Save note' }).click();
      await expect(note).toContainText('Compare the 1949 and 1950 wording.');
      await page.reload();
      await expect(note).toContainText('Compare the 1949 and 1950 wording.');

      await note.getByRole('button', { name: 'Delete note' }).click();
      await expect(note).toHaveCount(0);
      await expect(marks(page)).toHaveText(['lean-to-one-side']);
      await page.reload();
      await expect(note).toHaveCount(0);
      await expect(marks(page)).toHaveText(['lean-to-one-side']);

      // The highlight itself, from its own toolbar, by keyboard.
      await marks(page).first().focus();
      await page.keyboard.press('Enter');
      const own = page.getByRole('toolbar', { name: 'Your highlight' });
      await own.getByRole('button', { name: 'Remove highlight' }).click();
      await expect(marks(page)).toHaveCount(0);
      expect(await stored(page)).toEqual([]);
    });

    test('a citation of a selection quotes the words and links to them; the link, opened, scrolls to and marks them', async ({ browser }) => {
      const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      try {
        const page = await context.newPage();
        await page.goto('/chapter-3/');
        const words = 'the postwar world as divided into two camps';
        await selectByMouse(page, 'p3-4', words);
        await toolbar(page).getByRole('button', { name: 'Cite selection' }).click();
        const panel = page.getByRole('dialog', { name: 'Cite the selected words' });
        await expect(panel).toBeVisible();
        const citation = (await panel.locator('.cite-text').textContent()) ?? '';
        expect(citation).toContain('Chen Jian, Mao’s China and the Cold War (');
        expect(citation).toContain(`chap. 3, “The ‘Lean-to-One-Side’ Approach,” para. 4: “the postwar world as divided into two camps,” ${SITE}/chapter-3/#p3-4:~:text=`);
        await panel.getByRole('button', { name: 'Copy link' }).click();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        expect(citation).toContain(link);
        expect(link.startsWith(`${SITE}/chapter-3/#p3-4:~:text=`)).toBe(true);

        // Opened, the link scrolls to the words and the browser marks them.
        const opened = await context.newPage();
        await opened.goto(link);
        await expectWordsMarked(opened, 'p3-4', words);
      } finally {
        await context.close();
      }
    });
  });
}

/** The box of the first line of `words` in #id, in viewport coordinates (null when not there). */
function wordsBox(page: Page, id: string, words: string) {
  return page.evaluate(
    ({ id, words }) => {
      const el = document.getElementById(id)!;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
        const i = n.data.indexOf(words);
        if (i === -1) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + words.length);
        const b = r.getClientRects()[0];
        return { x: b.left, y: b.top, width: b.width, height: b.height + 4 };
      }
      return null;
    },
    { id, words },
  );
}

/**
 * The words are in the viewport and marked as the words a link names
 * (::target-text, underlined in the focus colour), while other words of the
 * same paragraph (`other`) are not.
 */
async function expectWordsMarked(page: Page, id: string, words: string, other = 'Why did Mao'): Promise<void> {
  await page.waitForLoadState('load');
  await expect.poll(async () => {
    const b = await wordsBox(page, id, words);
    return !!b && b.y >= 0 && b.y + b.height <= page.viewportSize()!.height;
  }).toBe(true);
  const colour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--focus').trim());
  const inWords = await shareOfColour(page, await page.screenshot({ clip: (await wordsBox(page, id, words))! }), colour);
  await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const inOther = await shareOfColour(page, await page.screenshot({ clip: (await wordsBox(page, id, other))! }), colour);
  expect(inWords, `share of the words’ pixels in ${colour} (the ::target-text underline)`).toBeGreaterThan(0.02);
  expect(inOther, `share of other words’ pixels in ${colour}`).toBeLessThan(0.005);
}

/** The share of a PNG's pixels that are (nearly) `hex`, measured on a blank page's canvas. */
async function shareOfColour(page: Page, png: Buffer, hex: string): Promise<number> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ data, hex }) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const want = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
        let hits = 0;
        for (let i = 0; i < px.length; i += 4) if (want.every((v, c) => Math.abs(px[i + c] - v) <= 24)) hits++;
        return hits / (px.length / 4);
      },
      { data: png.toString('base64'), hex },
    );
  } finally {
    await blank.close();
  }
}

test.describe('anchoring again when the text changes', () => {
  const sentence = 'Why did Mao choose these extraordinary terms?';
  const note = 'Why indeed.';

  /** Serve chapter 3 with one passage replaced, as a corrected edition would. */
  async function editPassage(page: Page, from: string, to: string): Promise<void> {
    await page.route('**/chapter-3/', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain(from);
      await route.fulfill({ response, body: html.replace(from, to) });
    });
  }

  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    test(`${viewport.width} px: a passage changed a little is highlighted again; one rewritten is listed as no longer found, with its quote and note`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await seed(page, [annotationOf(3, sentence, 'p3-4', note)]);
      await page.goto('/chapter-3/');
      await expect(marks(page)).toHaveText([sentence]);

      await editPassage(page, sentence, 'Why did Mao choose such extraordinary terms?');
      await page.reload();
      await expect(marks(page)).toHaveText(['Why did Mao choose such extraordinary terms?']);
      await expect(page.getByRole('note', { name: 'Your note' })).toContainText(note);
      await expect(page.getByRole('region', { name: 'No longer found in the text' })).toHaveCount(0);

      await page.unrouteAll();
      await editPassage(page, sentence, 'What made the statement so stark?');
      await page.reload();
      await expect(marks(page)).toHaveCount(0);
      const lost = page.getByRole('region', { name: 'No longer found in the text' });
      await expect(lost).toBeVisible();
      await expect(lost.locator('blockquote')).toHaveText(sentence);
      await expect(lost).toContainText(`Your note: ${note}`);
      // Never dropped silently: still stored.
      expect((await stored(page)).length).toBe(1);
    });
  }
});

test('375 px touch screen: a long-press selection gets the toolbar, and a tap on Highlight marks the words', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    // A highlight already stored: the annotation code is running before the long press.
    await seed(page, [annotationOf(3, 'lean-to-one-side', 'p3-3')]);
    await page.goto('/chapter-3/');
    await expect(marks(page)).toHaveCount(1);
    const { first } = await wordBoxes(page, 'p3-4', 'extraordinary');
    // A long press: the touch starts, the browser selects the word under it and cancels the pointer.
    await page.evaluate(
      ({ x, y }) => {
        const target = document.elementFromPoint(x, y)!;
        target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', clientX: x, clientY: y }));
        const w = document.createTreeWalker(document.getElementById('p3-4')!, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
          const i = n.data.indexOf('extraordinary');
          if (i !== -1) getSelection()!.setBaseAndExtent(n, i, n, i + 'extraordinary'.length);
        }
        target.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, pointerType: 'touch' }));
      },
      { x: first.x + 2, y: first.y + first.height / 2 },
    );
    await expect(toolbar(page)).toBeVisible();
    await toolbar(page).getByRole('button', { name: 'Highlight' }).tap();
    await expect(marks(page)).toHaveText(['lean-to-one-side', 'extraordinary']);
  } finally {
    await context.close();
  }
});

test('375 px: after saving a note at the end of a long paragraph, focus is back on its highlight, in view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await selectByMouse(page, 'p3-9', 'Liu Shaoqi met with Stalin');
    await toolbar(page).getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: /Your note on “Liu Shaoqi met with Stalin”/ }).fill('July 1949.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(marks(page).first()).toBeFocused();
    await expect(marks(page).first()).toBeInViewport();
  } finally {
    await context.close();
  }
});
