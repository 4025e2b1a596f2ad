/**
 * (c) Narrow screens: a note opens inline from its marker, by keyboard, touch or
 *     mouse, and closes (its number, its ×, Escape) leaving the text where it was.
 * (d) Wide screens: every note is visible in the margin, none overlaps another or the text.
 * (g) Screen readers: a marker is "note 4", related to what its note says, and
 *     the note adds nothing mid-sentence.
 * Every check counts the notes it checked: a selector that matched nothing fails.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { exposedWithRole, readingOrder, spoken } from '../support/accessibility.ts';
import { checkNarrowNoteOpensByKeyboard, settle } from '../support/browser.ts';
import { boxesOverlap, formatBox, overlappingPairs, type Box } from '../support/geometry.ts';
import { CHAPTERS, TEXT_PARAGRAPHS, TOTAL_NOTES, VIEWPORTS, type ChapterSpec } from '../support/site.ts';

const marker = (page: Page, n: number) => page.locator(`a.note-ref[href="#note-${n}"]`);

test.describe('narrow (375 px)', () => {
  test.use({ viewport: VIEWPORTS.narrow });

  test('#note-1 in /chapter-3/ opens from its marker with the keyboard and closes', async ({ page }) => {
    await page.goto('/chapter-3/');
    await checkNarrowNoteOpensByKeyboard(page, 1);
  });

  test('#note-1 in /chapter-3/ opens inline when its marker is clicked', async ({ page }) => {
    await page.goto('/chapter-3/');
    await expect(page.locator('#note-1')).toBeHidden();
    await marker(page, 1).click();
    await expect(page).toHaveURL(/#note-1$/);
    await expect(page.locator('#note-1')).toBeVisible();
    await expect(page.locator('#note-1')).toBeInViewport();
  });

  test(`every sidenote of every chapter is hidden until opened (${TOTAL_NOTES} checked)`, async ({ page }) => {
    let checked = 0;
    for (const chapter of CHAPTERS) {
      await page.goto(chapter.path);
      const notes = await page.evaluate(() =>
        [...document.querySelectorAll('.sidenote')].map((n) => ({ id: n.id, shown: n.checkVisibility({ opacityProperty: true, visibilityProperty: true }) })),
      );
      expect(notes.length, `sidenotes on ${chapter.path}`).toBe(chapter.notes.length);
      expect(notes.filter((n) => n.shown).map((n) => n.id), `sidenotes visible before their marker is followed on ${chapter.path}`).toEqual([]);
      checked += notes.length;
    }
    expect(checked).toBe(TOTAL_NOTES);
  });
});

/** The top of an element in the viewport, in CSS px. */
const topOf = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().top);

/** Scrolls so that the element's top is `y` px from the top of the viewport. */
async function placeAt(page: Page, l: Locator, y: number): Promise<void> {
  await l.evaluate((e, y) => window.scrollBy(0, e.getBoundingClientRect().top - y), y);
  await settle(page);
}

/** The centre of the note's close mark (×), top right of the open note. */
async function closeMark(note: Locator): Promise<{ x: number; y: number }> {
  return note.evaluate((n) => {
    const after = getComputedStyle(n, '::before');
    const r = n.getBoundingClientRect();
    const w = parseFloat(after.width);
    return { x: r.right - w / 2, y: r.top + parseFloat(after.height) / 2 };
  });
}

/** Ways to close an open note on a phone. */
const CLOSERS: Record<string, (page: Page, note: Locator) => Promise<void>> = {
  'its ×': async (page, note) => {
    const { x, y } = await closeMark(note);
    await page.touchscreen.tap(x, y);
  },
  'its number': async (_page, note) => {
    await note.locator('a').first().tap();
  },
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`375 px phone, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: closing a note keeps the reader's line where it was`, () => {
    test.use({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true, javaScriptEnabled });

    for (const [how, close] of Object.entries(CLOSERS)) {
      test(`note 4, closed by ${how}`, async ({ page }) => {
        await page.goto('/chapter-3/');
        const m = marker(page, 4);
        const note = page.locator('#note-4');
        await placeAt(page, m, 300);
        await m.tap();
        await expect(note).toBeVisible();
        await settle(page);
        await expect(note).toBeInViewport();
        // With scripts the note opens under its line without moving it; without, the
        // browser scrolls the note into view: closing must leave the line where the reader sees it now.
        const open = await topOf(m);
        if (javaScriptEnabled) expect(Math.abs(open - 300), `marker moved from 300 px to ${open} px when its note opened`).toBeLessThanOrEqual(1);
        await close(page, note);
        await expect(note).toBeHidden();
        await settle(page);
        const after = await topOf(m);
        expect(Math.abs(after - open), `marker at ${open} px with its note open, ${after} px after closing it`).toBeLessThanOrEqual(1);
      });
    }

    if (javaScriptEnabled) {
      test('note 4: Escape closes it, the line stays, focus is on its marker', async ({ page }) => {
        await page.goto('/chapter-3/');
        const m = marker(page, 4);
        await placeAt(page, m, 300);
        await m.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('#note-4')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.locator('#note-4')).toBeHidden();
        await settle(page);
        expect(Math.abs((await topOf(m)) - 300)).toBeLessThanOrEqual(1);
        await expect(m).toBeFocused();
        // And following the marker again closes its open note.
        await m.tap();
        await expect(page.locator('#note-4')).toBeVisible();
        await m.tap();
        await expect(page.locator('#note-4')).toBeHidden();
      });
    }
  });
}

test.describe('375 px phone: targets of at least 24 × 24 px (WCAG 2.5.8)', () => {
  test.use({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true });

  /** Every point of a 24 × 24 px square centred on `centre` hits an element matching `selector`. */
  async function squareHits(page: Page, centre: { x: number; y: number }, selector: string): Promise<string[]> {
    return page.evaluate(
      ({ centre, selector }) => {
        const misses: string[] = [];
        for (const dx of [-11.5, -6, 0, 6, 11.5]) {
          for (const dy of [-11.5, -6, 0, 6, 11.5]) {
            const hit = document.elementFromPoint(centre.x + dx, centre.y + dy);
            if (!hit?.closest(selector)) misses.push(`(${dx}, ${dy}) hits <${hit?.tagName.toLowerCase()} class="${hit?.className}">`);
          }
        }
        return misses;
      },
      { centre, selector },
    );
  }

  test('the markers of /chapter-3/ (164 checked), an open note’s ×, and its number', async ({ page }) => {
    await page.goto('/chapter-3/');
    const report = await page.evaluate(() => {
      const markers = [...document.querySelectorAll<HTMLAnchorElement>('a.note-ref')];
      const small: string[] = [];
      for (const m of markers) {
        m.scrollIntoView({ block: 'center' });
        const r = m.getBoundingClientRect();
        const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        for (const dx of [-11.5, 0, 11.5]) {
          for (const dy of [-11.5, 0, 11.5]) {
            if (document.elementFromPoint(cx + dx, cy + dy)?.closest('a.note-ref') !== m) small.push(`${m.hash} at (${dx}, ${dy})`);
          }
        }
      }
      return { checked: markers.length, small };
    });
    expect(report.checked).toBe(164);
    expect(report.small, 'markers whose 24 px square is not all theirs').toEqual([]);

    await placeAt(page, marker(page, 4), 300);
    await marker(page, 4).tap();
    const note = page.locator('#note-4');
    await expect(note).toBeVisible();
    expect(await squareHits(page, await closeMark(note), '#note-4 > a'), 'the × of an open note').toEqual([]);
    const number = (await note.locator('a').boundingBox())!;
    expect(await squareHits(page, { x: number.x + number.width / 2, y: number.y + number.height / 2 }, '#note-4 > a'), 'the number of an open note').toEqual([]);
  });
});

test('375 px touch screen: #note-1 in /chapter-3/ opens inline when its marker is tapped', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await expect(page.locator('#note-1')).toBeHidden();
    await marker(page, 1).tap();
    await expect(page).toHaveURL(/#note-1$/);
    await expect(page.locator('#note-1')).toBeVisible();
    await expect(page.locator('#note-1')).toBeInViewport();
  } finally {
    await context.close();
  }
});

interface MeasuredNote extends Box {
  id: string;
  visible: boolean;
}

async function measure(page: Page): Promise<{ notes: MeasuredNote[]; paragraphs: Array<Box & { index: number; text: string }> }> {
  return page.evaluate((paragraphSelector) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    };
    const notes = [...document.querySelectorAll('.sidenote')].map((n) => ({
      id: n.id,
      visible: n.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && n.getBoundingClientRect().width > 0,
      ...box(n),
    }));
    const paragraphs = [...document.querySelectorAll(paragraphSelector)].map((p, index) => ({
      index,
      text: (p.textContent ?? '').trim().slice(0, 50),
      ...box(p),
    }));
    return { notes, paragraphs };
  }, TEXT_PARAGRAPHS);
}

async function expectNotesInMargin(page: Page, chapter: ChapterSpec, viewportWidth: number): Promise<void> {
  const { notes, paragraphs } = await measure(page);
  const num = (id: string) => id.replace('note-', '');

  expect(notes.length, 'number of .sidenote boxes checked').toBe(chapter.notes.length);
  expect(paragraphs.length, `text paragraphs (${TEXT_PARAGRAPHS})`).toBeGreaterThan(0);

  const hidden = notes.filter((n) => !n.visible).map((n) => num(n.id));
  expect(hidden, 'sidenotes not visible').toEqual([]);

  const pairs = overlappingPairs(notes).map(([i, j]) =>
    `notes ${num(notes[i]!.id)} ${formatBox(notes[i]!)} and ${num(notes[j]!.id)} ${formatBox(notes[j]!)}`,
  );
  expect(pairs, 'overlapping sidenotes').toEqual([]);

  const overText: string[] = [];
  for (const n of notes) {
    for (const p of paragraphs) {
      if (boxesOverlap(n, p)) {
        overText.push(`note ${num(n.id)} ${formatBox(n)} overlaps paragraph ${p.index} ${formatBox(p)} “${p.text}…”`);
      }
    }
  }
  expect(overText, 'sidenotes overlapping the text column').toEqual([]);

  // In the right margin: every note starts right of the text column's right edge, inside the viewport.
  const columnRight = Math.max(...paragraphs.map((p) => p.x + p.width));
  const leftOfMargin = notes.filter((n) => n.x < columnRight - 0.5).map((n) => `${num(n.id)} at x ${Math.round(n.x)}`);
  expect(leftOfMargin, `sidenotes not right of the text column (right edge ${Math.round(columnRight)} px)`).toEqual([]);
  const clipped = notes
    .filter((n) => n.x + n.width > viewportWidth + 0.5)
    .map((n) => `${num(n.id)} right edge ${Math.round(n.x + n.width)}`);
  expect(clipped, `sidenotes running past the ${viewportWidth} px viewport`).toEqual([]);
}

for (const viewport of [VIEWPORTS.wide, VIEWPORTS.marginMin]) {
  test.describe(`wide (${viewport.width} px)`, () => {
    test.use({ viewport });

    for (const chapter of CHAPTERS) {
      test(`${chapter.path}: all sidenotes visible in the margin, overlapping neither each other nor the text`, async ({ page }) => {
        await page.goto(chapter.path);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expectNotesInMargin(page, chapter, viewport.width);
      });
    }
  });
}

// The excerpt carries no note texts yet (every note reads "text not in this excerpt"), so
// the notes are one line each. Give each a long text, as a full edition would, and the
// margin must still keep them apart and off the text.
test.describe(`wide (${VIEWPORTS.wide.width} px), long note texts`, () => {
  test.use({ viewport: VIEWPORTS.wide });

  test('/chapter-3/: notes with 80-word texts still stack in the margin without overlapping', async ({ page }) => {
    const chapter = CHAPTERS.find((c) => c.number === 3)!;
    await page.goto(chapter.path);
    await page.evaluate(() => {
      const words = 'Archival record cited from the Central Archives with the date of the conversation and its participants'.split(' ');
      const text = Array.from({ length: 80 }, (_, i) => words[i % words.length]).join(' ') + '.';
      for (const note of document.querySelectorAll('.sidenote')) {
        const body = note.querySelector(':scope > span') ?? note.appendChild(document.createElement('span'));
        body.textContent = text;
      }
      if (document.querySelectorAll('.sidenote > span').length !== 164) throw new Error('not every note got its text');
      return document.fonts.ready.then(() => undefined);
    });
    await expectNotesInMargin(page, chapter, VIEWPORTS.wide.width);
  });
});

test.describe('screen readers', () => {
  test('/chapter-3/: a note is read as its marker only, "note 1", mid-sentence', async ({ page }) => {
    await page.goto('/chapter-3/');
    for (const viewport of [VIEWPORTS.wide, VIEWPORTS.narrow]) {
      await page.setViewportSize(viewport);
      const read = spoken(await readingOrder(page, '#p3-1'));
      expect(read, `#p3-1 at ${viewport.width} px`).toContain('bloody border war in 1969. [link "note 1"] In the 1960s and 1970s');
      expect(read).not.toMatch(/excerpt|Back to|\[note/);
    }
  });

  test(`every marker is named "note N" and described by what its note would say (${TOTAL_NOTES} checked)`, async ({ page }) => {
    let checked = 0;
    for (const chapter of CHAPTERS) {
      await page.goto(chapter.path);
      const links = (await exposedWithRole(page, 'link')).filter((l) => /^note \d+$/.test(l.name));
      const numbers = links.map((l) => Number(l.name.slice('note '.length))).sort((x, y) => x - y);
      expect(numbers, `markers exposed on ${chapter.path}`).toEqual(chapter.notes);
      for (const l of links) expect(l.description, l.name).toBe('The notes’ texts are not part of the excerpt.');
      // Nothing else on the page says it: the sentence is said once and referred to.
      const texts = await page.evaluate(() => document.body.innerText.split('The notes’ texts are not part of the excerpt.').length - 1);
      expect(texts, `the sentence shown on ${chapter.path}`).toBe(1);
      checked += links.length;
    }
    expect(checked).toBe(TOTAL_NOTES);
  });
});
