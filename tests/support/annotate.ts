/**
 * Helpers for the annotation specs: selecting words as a reader does (mouse,
 * keyboard), reading what the browser stored, and seeding stored annotations.
 */
import { expect, type Page } from '@playwright/test';
import type { WebAnnotation } from '../../src/edition/formats/annotation.ts';
import { newAnnotation, withNote } from '../../src/browser/annotate/model.ts';
import { describe } from '../../src/browser/annotate/selectors.ts';
import { chapterReadingText } from './annotation-text.ts';
import type { Box } from './geometry.ts';
import { TEST_ORIGIN } from './test-server.ts';

/** localStorage key of the annotations when the site is served at / (src/browser/annotate/store.ts). */
export const STORE_KEY = 'annotations /';
/** The chapters' address: without SITE_URL, the one the reader's browser has (the tests' server). */
export const SITE = TEST_ORIGIN;

const texts = new Map<number, string>();
/** A chapter's reading text, by the browser's definition, from the built page. */
export function readingTextOf(chapter: number): string {
  if (!texts.has(chapter)) texts.set(chapter, chapterReadingText(`dist/chapter-${chapter}/index.html`).text);
  return texts.get(chapter)!;
}

/** The viewport boxes of the first and last characters of `words` inside element #id (scrolled into view first). */
export async function wordBoxes(page: Page, id: string, words: string): Promise<{ first: Box; last: Box; all: Box[] }> {
  return page.evaluate(
    ({ id, words }) => {
      const el = document.getElementById(id)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(words);
        if (i === -1) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + words.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const box = (r: DOMRect) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
        const char = (k: number) => {
          const c = document.createRange();
          c.setStart(n!, k);
          c.setEnd(n!, k + 1);
          return box(c.getClientRects()[0]);
        };
        return { first: char(i), last: char(i + words.length - 1), all: [...range.getClientRects()].map(box) };
      }
      throw new Error(`“${words}” not found in one text node of #${id}`);
    },
    { id, words },
  );
}

/** Select `words` in #id by dragging the mouse across them. */
export async function selectByMouse(page: Page, id: string, words: string): Promise<Box[]> {
  const { first, last, all } = await wordBoxes(page, id, words);
  await page.mouse.move(first.x + 1, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 4 });
  await page.mouse.move(last.x + last.width - 0.5, last.y + last.height / 2, { steps: 2 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe(words);
  return all;
}

/**
 * Select `words` in #id with the keyboard: the caret is put before them (as
 * arrow keys in caret browsing would), then Shift+Ctrl+→ takes one word at a time.
 * Keyboard selection of read-only text is caret browsing (F7), which the
 * keyboard specs turn on with Chromium's --enable-caret-browsing.
 */
export async function selectByKeyboard(page: Page, id: string, words: string): Promise<void> {
  await page.evaluate(
    ({ id, words }) => {
      const el = document.getElementById(id)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(words);
        if (i === -1) continue;
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        getSelection()!.collapse(n, i);
        return;
      }
      throw new Error(`“${words}” not found in #${id}`);
    },
    { id, words },
  );
  for (let i = 0; i < 20 && (await page.evaluate(() => String(getSelection()).length)) < words.length; i++) {
    await page.keyboard.press('Shift+Control+ArrowRight');
  }
  await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe(words);
}

export async function stored(page: Page): Promise<WebAnnotation[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), STORE_KEY);
}

/** An annotation of `words` (the `nth` occurrence in the chapter's reading text) as the browser would make it. */
export function annotationOf(chapter: number, words: string, fragment: string, note = '', nth = 0): WebAnnotation {
  const text = readingTextOf(chapter);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`“${words}” not in chapter ${chapter}`);
  const when = new Date('2026-03-01T12:00:00.000Z');
  const a = newAnnotation({ source: `${SITE}/chapter-${chapter}/`, ...describe(text, at, at + words.length), fragment }, when, `urn:uuid:00000000-0000-4000-8000-${String(at).padStart(12, '0')}`);
  return note ? withNote(a, note, when) : a;
}

/** Store these annotations (and the loader's list of annotated chapters) before any page loads. */
export async function seed(page: Page, items: WebAnnotation[]): Promise<void> {
  const paths = [...new Set(items.map((a) => new URL(a.target.source).pathname))];
  await page.addInitScript(
    ({ key, items, flag }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify(items));
      localStorage.setItem('annotated', flag);
    },
    { key: STORE_KEY, items, flag: ` ${paths.join(' ')} ` },
  );
}
