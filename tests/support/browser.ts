/**
 * Helpers shared by the browser specs.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects console errors and uncaught page errors from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      errors.push(`console.error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/**
 * Waits until fonts are loaded and the scroll position has held still for a few polls.
 * Polls from the test side (not requestAnimationFrame, which never fires with JavaScript off).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let last = await page.evaluate(() => window.scrollY);
  let still = 0;
  for (let i = 0; i < 100 && still < 4; i++) {
    await page.waitForTimeout(50);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) still++;
    else {
      still = 0;
      last = now;
    }
  }
}

export interface UncoveredReport {
  /** The heading's first line of text is inside the viewport. */
  inViewport: boolean;
  /** Element found at the centre of the first line of text: a description. */
  hit: string;
  /** The element there is the target or inside it. */
  uncovered: boolean;
  rect: { top: number; bottom: number; left: number; right: number };
  viewportHeight: number;
  scrollY: number;
}

/**
 * Where the element's first line of text is, and what is drawn on top of its centre:
 * `document.elementFromPoint` must return the element itself or a descendant, or it
 * is covered (by a sticky header, say).
 */
export async function textCentreReport(target: Locator): Promise<UncoveredReport> {
  return target.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const line = rects[0] ?? el.getBoundingClientRect();
    const x = line.left + line.width / 2;
    const y = line.top + line.height / 2;
    const vh = window.innerHeight;
    const vw = document.documentElement.clientWidth;
    const inViewport = line.top >= -0.5 && line.bottom <= vh + 0.5 && x >= 0 && x <= vw;
    const hitEl = inViewport ? document.elementFromPoint(x, y) : null;
    const describe = (e: Element | null) =>
      e === null
        ? 'nothing'
        : `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ''}${e.className && typeof e.className === 'string' ? ` class="${e.className}"` : ''}>`;
    return {
      inViewport,
      hit: describe(hitEl),
      uncovered: hitEl !== null && el.contains(hitEl),
      rect: { top: line.top, bottom: line.bottom, left: line.left, right: line.right },
      viewportHeight: vh,
      scrollY: window.scrollY,
    };
  });
}

/** Asserts that the element's first line of text is in the viewport and nothing covers it. */
export async function expectTextUncovered(target: Locator, what: string): Promise<void> {
  const report = await textCentreReport(target);
  expect(report.inViewport, `${what}: first line of text is not in the viewport: ${JSON.stringify(report)}`).toBe(true);
  expect(report.uncovered, `${what}: covered at its text centre by ${report.hit}: ${JSON.stringify(report)}`).toBe(true);
}

/**
 * Presses Tab until the element with this id has focus; fails if it is never reached.
 * Call it on a freshly loaded page (no fragment), so focus starts at the top of the document
 * as it does for a keyboard user arriving on the page.
 */
export async function tabTo(page: Page, id: string, maxPresses = 600): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    if (focused === id) return presses;
  }
  throw new Error(`#${id} never received focus after ${maxPresses} presses of Tab`);
}

/** Asserts that the element's top edge is inside the viewport and it intersects the viewport. */
export async function expectTopInViewport(target: Locator, what: string): Promise<void> {
  await expect(target, `${what} should be in the viewport`).toBeInViewport();
  const { top, vh } = await target.evaluate((el) => ({ top: el.getBoundingClientRect().top, vh: window.innerHeight }));
  expect(top >= -0.5 && top < vh, `${what}: top edge at ${top}px, viewport height ${vh}px`).toBe(true);
}

/**
 * Test (c): at a narrow width a sidenote is hidden until its marker is activated with
 * the keyboard, then shown inline within the viewport; closed from its number, it
 * hides again and its marker stays where it was. The page must already be on the
 * chapter at a narrow viewport.
 */
export async function checkNarrowNoteOpensByKeyboard(page: Page, n: number): Promise<void> {
  const note = page.locator(`#note-${n}`);
  const marker = page.locator(`a.note-ref[href="#note-${n}"]`);
  await expect(note, `.sidenote #note-${n} should be hidden before its marker is followed`).toBeHidden();
  await expect(marker).toHaveCount(1);

  const presses = await tabToElement(page, marker);
  expect(presses).toBeGreaterThan(0);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`#note-${n}$`));
  await expect(note, `#note-${n} should be visible once its marker is followed`).toBeVisible();
  await settle(page);
  await expectTopInViewport(note, `#note-${n}`);
  await expectTextUncovered(note, `#note-${n}`);

  const open = await marker.evaluate((e) => e.getBoundingClientRect().top);
  await note.locator('a').first().click();
  await expect(note, `#note-${n} should close from its number`).toBeHidden();
  await settle(page);
  const closed = await marker.evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(closed - open), `note ${n}'s marker at ${open} px with the note open, ${closed} px once closed`).toBeLessThanOrEqual(1);
  await expectTextUncovered(marker, `the marker of note ${n}`);
}

/** Presses Tab until `target` has focus (from a freshly loaded page); fails if it is never reached. */
export async function tabToElement(page: Page, target: Locator, maxPresses = 600): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((e) => e === document.activeElement)) return presses;
  }
  throw new Error(`${target} never received focus after ${maxPresses} presses of Tab`);
}
