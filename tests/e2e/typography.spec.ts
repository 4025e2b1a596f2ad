/**
 * Typography for long reading: a 60–75 character measure wherever the screen allows
 * it, no sideways scrolling from 320 px to 2560 px; paragraph numbers a reader can
 * find; one left edge for the text and what follows it; targets that stay marked in
 * forced colours; and print: 60–80 characters a line on A4, margins, paragraph
 * numbers, each note once and whole, no blank third of a page, addresses of links.
 */
import { expect, type Page, test } from '@playwright/test';
import { type Printed, printed } from '../support/print.ts';

/** Median characters per full line of the chapter's paragraphs (last lines left out). */
function medianLineLength(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lengths: number[] = [];
    const range = document.createRange();
    for (const p of [...document.querySelectorAll('article.chapter > section > p')].slice(0, 25)) {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.sidenote') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        for (let i = 0; i < t.length; i++) {
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.height) perLine.set(Math.round(rect.top), (perLine.get(Math.round(rect.top)) ?? 0) + 1);
        }
      }
      lengths.push(...[...perLine.values()].slice(0, -1));
    }
    lengths.sort((a, b) => a - b);
    return lengths[Math.floor(lengths.length / 2)];
  });
}

for (const width of [768, 1440, 2560]) {
  test(`the measure is 60–75 characters at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/chapter-3/');
    const median = await medianLineLength(page);
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(75);
  });
}

for (const width of [320, 375, 1024, 2560]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/chapter-2/', '/chapter-3/', '/chapter-4/', '/search/', '/documents/telegram-1950-10-02/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('printed, a note without a text prints as its marker; the site chrome does not print', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto('/chapter-3/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('a.note-ref[href="#note-1"]')).toBeVisible();
  await expect(page.locator('#note-1')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-nav')).toBeHidden();
});

test('printed, a chapter shows its address and its paragraph numbers, and the index of names is a plain list', async ({ page }) => {
  await page.goto('/chapter-3/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-url')).toHaveText('https://example.org/chapter-3/');
  await expect(page.locator('#p3-13 > a.pilcrow')).toBeVisible();
  await page.goto('/names/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letters')).toBeHidden();
  await expect(page.locator('#name-yudin')).toBeVisible();
});

test.describe('Chapter 3 printed on A4', () => {
  let print: Printed;
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('/chapter-3/');
    print = await printed(page);
    await page.close();
  });

  test('lines of 60–80 characters', () => {
    // Full lines of the text: at least three quarters of the widest line, paragraph numbers left out.
    const widths = print.lines.map((ws) => ws.at(-1)!.x1 - ws[0]!.x0);
    const widest = Math.max(...widths);
    const full = print.lines
      .filter((_, i) => widths[i]! > 0.75 * widest)
      .map((ws) => ws.filter((w) => !/^¶\d+$/.test(w.text)).map((w) => w.text).join(' ').length)
      .sort((a, b) => a - b);
    const median = full[Math.floor(full.length / 2)]!;
    expect(full.length).toBeGreaterThan(500);
    expect(median, `median characters per full printed line (${full.length} lines)`).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(80);
  });

  test('margins on every page, from an @page rule', () => {
    const mm = 72 / 25.4;
    const out = print.words.filter((w) => w.x0 < 10 * mm || w.y0 < 10 * mm || w.x1 > print.width - 10 * mm || w.y1 > print.height - 10 * mm);
    expect(out.slice(0, 5).map((w) => `p. ${w.page} “${w.text}” at (${Math.round(w.x0)}, ${Math.round(w.y0)}) pt`), 'words printed within 10 mm of the paper’s edge').toEqual([]);
  });

  test('every paragraph number, ¶1 to ¶101, printed in the margin beside its paragraph', () => {
    const numbers = print.words.filter((w) => /^¶\d+$/.test(w.text));
    expect(numbers.map((w) => Number(w.text.slice(1)))).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    const textLeft = Math.min(...print.words.filter((w) => !/^¶\d+$/.test(w.text) && w.text.length > 3).map((w) => w.x0));
    const inText = numbers.filter((w) => w.x1 > textLeft + 0.5).map((w) => `${w.text} ends at ${Math.round(w.x1)} pt`);
    expect(inText, `numbers not in the margin (the text starts at ${Math.round(textLeft)} pt)`).toEqual([]);
  });

  test('no note prints twice: a note without a text prints as its marker alone', () => {
    expect(print.text).not.toContain('text not in this excerpt');
    expect(print.text).not.toMatch(/\[\s*\d/);
    expect(print.text).toMatch(/bloody border war in 1969\.\s*1\s+In the 1960s/);
  });

  test('the telegram follows the text without leaving a third of a page blank', () => {
    const start = print.words.find((w) => w.text.includes('非但波夫同志'));
    expect(start, 'the telegram’s first line').toBeDefined();
    const before = print.words.filter((w) => w.page === start!.page - 1);
    const bottom = Math.max(...before.map((w) => w.y1));
    const blank = (print.height - bottom) / print.height;
    expect(blank, `the page before the telegram (p. ${start!.page - 1}) ends ${Math.round(blank * 100)}% of its height above the paper's foot`).toBeLessThan(0.2);
  });

  test('a link within the site prints its address', () => {
    expect(print.text.replace(/\s+/g, ' ')).toContain('The transcription on a page of its own (/documents/telegram-1950-10-02/)');
  });
});

test('printed, a note with a text prints once, after its marker, whole on one page', async ({ page }) => {
  await page.goto('/chapter-3/');
  // The edition has no note texts yet: give every note one, as an editor would (markup.ts's shape).
  await page.evaluate(() => {
    for (const note of document.querySelectorAll('.sidenote')) {
      const n = note.id.slice('note-'.length);
      const text = document.createElement('span');
      text.textContent = `Start${n} ${'archival record of the conversation cited with its date and participants '.repeat(3)}End${n}`;
      note.append(' ', text);
    }
  });
  const print = await printed(page);
  const pageOf = (word: string) => print.words.filter((w) => w.text.replace(/^\[|\]$/g, '') === word).map((w) => w.page);
  const split: string[] = [];
  for (let n = 1; n <= 164; n++) {
    const [start, end] = [pageOf(`Start${n}`), pageOf(`End${n}`)];
    expect(start.length, `note ${n}'s text printed once`).toBe(1);
    if (start[0] !== end[0]) split.push(`note ${n}: pp. ${start[0]}–${end[0]}`);
  }
  expect(split, 'notes broken across pages').toEqual([]);
  expect(print.text).toMatch(/1969\.\s*1\s*\[Start1 archival/);
});

test('the introductory note of Chapter 2 does not indent its second paragraph; the book’s paragraphs are indented', async ({ page }) => {
  await page.goto('/chapter-2/');
  const notes = page.locator('.editorial-note p');
  expect(await notes.count()).toBe(2);
  const starts = await notes.evaluateAll((ps) =>
    ps.map((p) => {
      const r = document.createRange();
      const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      r.setStart(text, text.textContent!.search(/\S/));
      r.setEnd(text, text.textContent!.search(/\S/) + 1);
      return r.getBoundingClientRect().left - p.getBoundingClientRect().left;
    }),
  );
  expect(starts, 'first letter of each paragraph of the note, from its left edge').toEqual([0, 0]);
  expect(await page.locator('#p2-2').evaluate((p) => getComputedStyle(p).textIndent)).not.toBe('0px');
});

for (const width of [375, 1024, 1440, 1920]) {
  test(`at ${width} px the text, the previous/next links and the footer share one left edge`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/chapter-3/');
    const edges = await page.evaluate(() => {
      const left = (sel: string) => {
        const e = document.querySelector(sel)!;
        const r = document.createRange();
        r.selectNodeContents(e);
        return Math.round([...r.getClientRects()].find((x) => x.width > 0)!.left);
      };
      // The text column: the paragraphs' box (their numbers hang in the margin, outside it).
      return { text: Math.round(document.querySelector('#p3-3')!.getBoundingClientRect().left), 'previous/next': left('.chapter-nav a'), footer: left('.site-footer p') };
    });
    expect(new Set(Object.values(edges)).size, `left edges at ${width} px: ${JSON.stringify(edges)}`).toBe(1);
  });
}

test.describe('paragraph numbers, for a reader holding a locator such as ¶13', () => {
  for (const viewport of [{ width: 375, height: 740 }, { width: 768, height: 900 }, { width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
    test(`at ${viewport.width} px every paragraph of Chapter 3 shows its number, ¶13 beside the start of paragraph 13`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/chapter-3/');
      const all = await page.locator('article.chapter [id^="p3-"] a.pilcrow').evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href'), shown: a.checkVisibility({ opacityProperty: true, visibilityProperty: true }) })),
      );
      expect(all.length).toBe(101);
      expect(all.filter((a) => !a.shown).map((a) => a.href), 'paragraph numbers not shown').toEqual([]);
      const number = page.locator('#p3-13 > a.pilcrow');
      await expect(number).toHaveAccessibleName('paragraph 13');
      await number.scrollIntoViewIfNeeded();
      const where = await page.evaluate(() => {
        const a = document.querySelector('#p3-13 > a.pilcrow')!;
        const p = a.parentElement!;
        const n = a.getBoundingClientRect();
        const mark = getComputedStyle(a, '::before').content;
        const range = document.createRange();
        const first = a.nextSibling!.nextSibling ?? a.nextSibling!;
        range.selectNodeContents(p);
        range.setStartAfter(a);
        const line = [...range.getClientRects()].find((r) => r.width > 0)!;
        const hit = document.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2);
        return { mark, text: a.textContent, numberRight: n.right, numberTop: n.top, numberBottom: n.bottom, lineLeft: line.left, lineTop: line.top, lineBottom: line.bottom, uncovered: hit === a || a.contains(hit), first: !!first };
      });
      expect(where.mark).toContain('¶');
      expect(where.text).toBe('13');
      expect(where.uncovered, 'nothing drawn over the number').toBe(true);
      // Beside the paragraph's first line: level with it, and before its first word.
      expect(where.numberTop).toBeLessThan(where.lineBottom);
      expect(where.numberBottom).toBeGreaterThan(where.lineTop);
      expect(where.numberRight).toBeLessThanOrEqual(where.lineLeft + 0.5);
    });
  }
});

test.describe('forced colours', () => {
  test.use({ colorScheme: 'light' });
  for (const [what, path, selector, viewport] of [
    ['a followed paragraph', '/chapter-3/#p3-52', '#p3-52', { width: 1440, height: 900 }],
    ['a followed note, in the margin', '/chapter-3/#note-4', '#note-4', { width: 1440, height: 900 }],
    ['a note opened on a phone', '/chapter-3/#note-4', '#note-4', { width: 375, height: 740 }],
  ] as const) {
    test(`${what} stays marked`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      const target = page.locator(selector);
      await expect(target).toBeVisible();
      // Forced colours drop backgrounds and shadows; what marks the target must survive them.
      const mark = await target.evaluate((e) => {
        const cs = getComputedStyle(e);
        return { outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0, border: parseFloat(cs.borderLeftWidth) > 0 && cs.borderLeftStyle !== 'none' };
      });
      expect(mark.outline || mark.border, `${selector} has neither an outline nor a border in forced colours: ${JSON.stringify(mark)}`).toBe(true);
      // And it looks different from a neighbour that is not the target.
      const box = (await target.boundingBox())!;
      const shot = await page.screenshot({ clip: { x: Math.max(0, box.x - 8), y: box.y - 8, width: Math.min(box.width + 16, viewport.width - Math.max(0, box.x - 8)), height: box.height + 16 } });
      await page.evaluate(() => history.replaceState(null, '', location.pathname));
      await page.evaluate((sel) => {
        // Un-target without scrolling: a fresh navigation to a boxless fragment.
        location.hash = 'notes-closed';
        return sel;
      }, selector);
      await expect(target).not.toHaveCSS('outline-style', 'solid');
      const plain = await page.screenshot({ clip: { x: Math.max(0, box.x - 8), y: box.y - 8, width: Math.min(box.width + 16, viewport.width - Math.max(0, box.x - 8)), height: box.height + 16 } });
      expect(shot.equals(plain), 'the target looks the same as when it is not the target').toBe(false);
    });
  }
});
