/**
 * Where the annotations sit, and what they cost a reader who never uses them:
 * at 1440 px several notes in the margin overlap neither the author's
 * sidenotes, nor the text, nor each other; at 375 px they are inline; axe
 * passes with the toolbar, marks, notes and the no-longer-found list shown, in
 * both themes; a first visit loads no script file, a selection loads the annotation code.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { annotationOf, seed, selectByMouse } from '../support/annotate.ts';
import { boxesOverlap, formatBox, overlappingPairs, type Box } from '../support/geometry.ts';
import { TEXT_PARAGRAPHS, VIEWPORTS } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LONG = 'A long note, to take room in the margin: the wording echoes the 1949 article, and the dates should be checked against the telegrams.';

/** Six notes close together, beside sidenotes 1 to 6. */
const NOTES = [
  annotationOf(3, 'No other event during the Cold War', 'p3-1', LONG),
  annotationOf(3, 'the rise and demise of the Sino-Soviet alliance', 'p3-1', 'Short.'),
  annotationOf(3, 'domestic-politics-centered approach', 'p3-2', LONG),
  annotationOf(3, 'issued his famous', 'p3-3', LONG),
  annotationOf(3, 'these extraordinary terms', 'p3-4', LONG),
  // On the line of note 1's marker, where sidenote 1 sits.
  annotationOf(3, 'a bloody border war in 1969.', 'p3-1', 'Level with sidenote 1.'),
];

const box = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll(s)].map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, visible: r.width > 0 && r.height > 0 };
      }),
    selector,
  );

test.describe('1440 px', () => {
  test.use({ viewport: VIEWPORTS.wide });

  test('notes sit in the margin beside their highlights, overlapping no sidenote, no text and no other note', async ({ page }) => {
    await seed(page, NOTES);
    await page.goto('/chapter-3/');
    await expect(page.locator('.annotation-note')).toHaveCount(6);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await box(page, '.annotation-note')).every((b) => b.x > 0)).toBe(true);
    const notes: Box[] = await box(page, '.annotation-note');
    await page.locator('#p3-1').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('margin.png') });
    const sidenotes = (await box(page, '.sidenote')).filter((b) => b.visible);
    const paragraphs: Box[] = await box(page, TEXT_PARAGRAPHS);
    expect(sidenotes.length).toBeGreaterThan(100);

    expect(overlappingPairs(notes).map(([i, j]) => `${formatBox(notes[i])} × ${formatBox(notes[j])}`), 'notes overlapping each other').toEqual([]);
    const overSidenotes = notes.flatMap((n) => sidenotes.filter((s) => boxesOverlap(n, s)).map((s) => `${formatBox(n)} × sidenote ${formatBox(s)}`));
    expect(overSidenotes, 'notes overlapping the author’s sidenotes').toEqual([]);
    const overText = notes.flatMap((n) => paragraphs.filter((p) => boxesOverlap(n, p)).map((p) => `${formatBox(n)} × paragraph ${formatBox(p)}`));
    expect(overText, 'notes overlapping the text').toEqual([]);
    const columnRight = Math.max(...paragraphs.map((p) => p.x + p.width));
    for (const n of notes) {
      expect(n.x, 'a note starts right of the text column').toBeGreaterThanOrEqual(columnRight);
      expect(n.x + n.width, 'a note stays inside the viewport').toBeLessThanOrEqual(VIEWPORTS.wide.width);
    }
    // The first note is level with its highlight.
    const mark = (await box(page, 'mark.annotation-mark[data-first]'))[0];
    expect(Math.abs(notes[0].y - mark.y)).toBeLessThan(40);
  });
});

test.describe('375 px', () => {
  test.use({ viewport: VIEWPORTS.narrow });

  test('notes are inline, after their paragraph’s text, inside the text column', async ({ page }) => {
    await seed(page, NOTES);
    await page.goto('/chapter-3/');
    const cards = page.locator('.annotation-note');
    await expect(cards).toHaveCount(6);
    const placed = await cards.evaluateAll((els) =>
      els.map((e) => ({ position: getComputedStyle(e).position, inParagraph: !!e.closest('p[id]'), last: e.parentElement?.lastElementChild === e || e.nextElementSibling?.classList.contains('annotation-note') })),
    );
    for (const p of placed) expect(p).toEqual({ position: 'static', inParagraph: true, last: true });
    const column = (await box(page, 'article.chapter'))[0];
    for (const b of await box(page, '.annotation-note')) {
      expect(b.x).toBeGreaterThanOrEqual(column.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
    }
  });
});

for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe at ${viewport.width} px, ${colorScheme}: a chapter with marks, notes, the no-longer-found list and the toolbar`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const lost = { ...annotationOf(3, 'these extraordinary terms', 'p3-4', 'Lost.'), id: 'urn:uuid:lost' };
      lost.target = { ...lost.target, selector: [{ type: 'TextQuoteSelector', exact: 'words that were never in the book at all', prefix: '', suffix: '' }] };
      await seed(page, [...NOTES.slice(0, 3), lost]);
      await page.goto('/chapter-3/');
      await expect(page.locator('.annotation-note')).toHaveCount(3);
      await expect(page.locator('.annotation-orphans')).toBeVisible();
      await selectByMouse(page, 'p3-6', 'lean-to-one-side decision');
      await expect(page.getByRole('toolbar', { name: 'Selected words' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('annotations.png') });
      // What the annotation code adds, and the paragraphs around it (the whole chapter is the general axe spec's).
      const results = await new AxeBuilder({ page })
        .withTags(TAGS)
        .include('.annotation-toolbar')
        .include('.annotation-orphans')
        .include('.section.opening')
        .include('#p3-3')
        .include('#p3-6')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.some((p) => p.id === 'color-contrast' && p.nodes.some((n) => n.html.includes('annotation-mark'))), 'the marks were checked for contrast').toBe(true);
    });
  }
}

test('a first visit loads no script file; a selection in the text loads the annotation code; stored notes load it on arrival', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/chapter-3/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.locator('.site-footer p').selectText();
  await page.waitForTimeout(300);
  expect(scripts, 'a selection outside the text loads nothing').toEqual([]);
  await selectByMouse(page, 'p3-4', 'these extraordinary terms');
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toBeVisible();
  expect(scripts.some((s) => /^\/search-ui-chapter-.*\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /notes-page/.test(s)), 'the notes page’s code stays unloaded').toBe(false);
  await page.getByRole('button', { name: 'Highlight' }).click();

  scripts.length = 0;
  await page.reload();
  await expect(page.locator('mark.annotation-mark')).toHaveCount(1);
  expect(scripts.some((s) => /^\/search-ui-chapter-.*\.js$/.test(s))).toBe(true);
  // Chapter 4 has none: nothing loads there.
  scripts.length = 0;
  await page.goto('/chapter-4/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});
