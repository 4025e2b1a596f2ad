/**
 * (c) Narrow screens: a note opens inline from its marker, by keyboard.
 * (d) Wide screens: every note is visible in the margin, none overlaps another or the text.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkNarrowNoteOpensByKeyboard } from '../support/browser.ts';
import { boxesOverlap, formatBox, overlappingPairs, type Box } from '../support/geometry.ts';
import { CHAPTERS, TEXT_PARAGRAPHS, VIEWPORTS, type ChapterSpec } from '../support/site.ts';

test.describe('narrow (375 px)', () => {
  test.use({ viewport: VIEWPORTS.narrow });

  test('#note-1 in /chapter-3/ opens from its marker with the keyboard and links back', async ({ page }) => {
    await page.goto('/chapter-3/');
    await checkNarrowNoteOpensByKeyboard(page, 1);
  });

  test('#note-1 in /chapter-3/ opens inline when its marker is clicked', async ({ page }) => {
    await page.goto('/chapter-3/');
    await expect(page.locator('#note-1')).toBeHidden();
    await page.locator('#note-ref-1').click();
    await expect(page).toHaveURL(/#note-1$/);
    await expect(page.locator('#note-1')).toBeVisible();
    await expect(page.locator('#note-1')).toBeInViewport();
  });

  for (const chapter of CHAPTERS) {
    test(`${chapter.path}: every sidenote is hidden until opened`, async ({ page }) => {
      await page.goto(chapter.path);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.sidenote')]
          .filter((n) => n.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((n) => n.id),
      );
      expect(shown, 'sidenotes visible before their marker is followed').toEqual([]);
    });
  }
});

test('375 px touch screen: #note-1 in /chapter-3/ opens inline when its marker is tapped', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await expect(page.locator('#note-1')).toBeHidden();
    await page.locator('#note-ref-1').tap();
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

  expect(notes.length, 'number of .sidenote boxes').toBe(chapter.notes.length);
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
      return document.fonts.ready.then(() => undefined);
    });
    await expectNotesInMargin(page, chapter, VIEWPORTS.wide.width);
  });
});
