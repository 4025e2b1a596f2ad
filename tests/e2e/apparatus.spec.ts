/**
 * Citing and linking passages: paragraph permalinks, the citation offered from
 * a permalink (copied to the clipboard), the index of names' links.
 */
import { expect, type Page, test } from '@playwright/test';
import { settle } from '../support/browser.ts';
import { VIEWPORTS } from '../support/site.ts';

test('following a paragraph permalink lands on the paragraph', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto('/chapter-3/#p3-52');
  const paragraph = page.locator('#p3-52');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('Pavel Yudin');
});

// SITE_URL is unset in the tested build: the citation gives the address the reader has (no made-up origin).
test('a paragraph’s permalink, by keyboard, offers a Chicago citation that copies to the clipboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.wide, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/chapter-3/');
  const pilcrow = page.locator('#p3-52 > a.pilcrow');
  await pilcrow.focus();
  await expect(pilcrow).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3-52$/);
  const panel = page.getByRole('dialog', { name: 'Cite this paragraph' });
  await expect(panel).toBeVisible();
  const expected =
    `Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “Accumulated Tension,” para. 52, ${baseURL}/chapter-3/#p3-52.`;
  await expect(panel.locator('.cite-text')).toHaveText(expected);
  await expect(panel.getByRole('button', { name: 'Copy citation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/chapter-3/#p3-52`);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(pilcrow).toBeFocused();
  await context.close();
});

test('a section permalink offers the section’s citation', async ({ page, baseURL }) => {
  await page.goto('/chapter-3/');
  await page.locator('#breakdown a.permalink').click();
  await expect(page.getByRole('dialog', { name: 'Cite this section' }).locator('.cite-text')).toContainText(`chap. 3, “Breakdown,” ${baseURL}/chapter-3/#breakdown.`);
});

test('the index of names links a name to the paragraphs that mention it', async ({ page }) => {
  await page.goto('/names/g/');
  await page.locator('#name-gao-gang .subentries a').first().click();
  await expect(page).toHaveURL(/\/chapter-3\/#p3-\d+/);
  const id = new URL(page.url()).hash.slice(1).split(':~:')[0];
  await expect(page.locator(`#${id}`)).toContainText('Gao');
});

/* ---------- Issue 9: the apparatus as a reader meets it ---------- */

/**
 * How many pixels inside the first on-screen occurrence of `words` in `scope`
 * are painted in the colour of a name marked on arrival (::target-text). The
 * screenshot is decoded in a page of its own, so that it works with the
 * tested page's JavaScript off.
 */
async function markedPixels(page: Page, scope: string, words: string): Promise<{ marked: number; total: number }> {
  const box = await page.locator(scope).evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(w);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    return null;
  }, words);
  expect(box, `“${words}” in ${scope}`).not.toBeNull();
  const colour = await page.evaluate(() => {
    // The colour ::target-text marks with (global.css: underlined in --focus), as the page's own stylesheet resolves it.
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
  });
  const png = await page.screenshot({ clip: box as { x: number; y: number; width: number; height: number } });
  const decoder = await page.context().browser()!.newPage();
  try {
    return await decoder.evaluate(
      async ({ data, rgb }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        const px = ctx.getImageData(0, 0, image.width, image.height).data;
        let marked = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - rgb[0]) + Math.abs(px[i + 1] - rgb[1]) + Math.abs(px[i + 2] - rgb[2]) < 24) marked++;
        return { marked, total: px.length / 4 };
      },
      { data: png.toString('base64'), rgb: colour },
    );
  } finally {
    await decoder.close();
  }
}

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of [VIEWPORTS.narrow, VIEWPORTS.wide]) {
    test(`arriving from the index of names marks the name, not just the paragraph (${viewport.width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/names/g/');
      await page.locator('#name-gao-gang a', { hasText: '¶43' }).click();
      await expect(page).toHaveURL(/\/chapter-3\/#p3-43/);
      await expect(page.locator('#p3-43')).toBeInViewport();
      await expect(page.locator('#p3-43:target')).toHaveCount(1);
      // Gao Gang is named six times in ¶43; the first, where the link lands, is marked (once the page has scrolled to it).
      await settle(page);
      expect((await markedPixels(page, '#p3-43', 'Gao Gang’s')).marked, 'the name is marked').toBeGreaterThan(20);
      const elsewhere = await markedPixels(page, '#p3-43', 'purge');
      expect(elsewhere.marked, 'the words after it are not').toBe(0);
      // A caption is a place too: Shi Zhe, in the photograph of Stalin’s birthday.
      await page.goto('/names/s/');
      await page.locator('#name-shi-zhe a', { hasText: 'caption' }).click();
      await expect(page).toHaveURL(/\/chapter-3\/#figure-after-p3-10/);
      await expect(page.locator('#figure-after-p3-10 figcaption')).toBeInViewport();
      await settle(page);
      expect((await markedPixels(page, '#figure-after-p3-10 figcaption', 'Shi Zhe')).marked, 'the name in the caption is marked').toBeGreaterThan(20);
      await context.close();
    });
  }
}

test('without a text fragment nothing is marked (the check above can fail)', async ({ page }) => {
  await page.goto('/chapter-3/#p3-43');
  await expect(page.locator('#p3-43')).toBeInViewport();
  await settle(page);
  expect((await markedPixels(page, '#p3-43', 'Gao Gang’s')).marked).toBe(0);
});

test('the index of names: an entry with many places has subentries by section, its principal paragraphs in bold; no space before punctuation', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto('/names/m/');
  const mao = page.locator('#name-mao-zedong');
  const lines = mao.locator('.subentries > li');
  expect(await lines.count()).toBeGreaterThanOrEqual(8);
  // Each subentry is a line of its own, below the heading and indented.
  const tops = await lines.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(tops.map(Math.round)).size).toBe(tops.length);
  const [head, first] = await Promise.all([mao.locator('.index-heading').boundingBox(), lines.first().boundingBox()]);
  expect(first!.y).toBeGreaterThan(head!.y);
  expect(first!.x).toBeGreaterThan(head!.x);
  await expect(lines.first()).toHaveText(/^Ch\. 2, opening: ¶1, ¶2 \(3\), ¶3$/);
  // ¶14 names Mao seven times: bold; ¶13 once: not.
  const weight = (n: number) => mao.locator(`a[href*="#p3-${n}"]`).first().evaluate((a) => Number(getComputedStyle(a).fontWeight));
  expect(await weight(14)).toBeGreaterThanOrEqual(600);
  expect(await weight(13)).toBeLessThan(600);
  // As a reader sees the locators: no gap between a number and the comma after it.
  for (const path of ['/names/m/', '/names/c/', '/names/s/']) {
    await page.goto(path);
    const gaps = await page.locator('.subentries a').evaluateAll((links) =>
      links.flatMap((a) => {
        const next = a.nextSibling;
        if (!next || next.nodeType !== Node.TEXT_NODE || !/^[,;:]/.test(next.textContent ?? '')) return [];
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        const comma = range.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(a);
        const rects = [...text.getClientRects()];
        const end = rects[rects.length - 1];
        return Math.abs(comma.top - end.top) < 4 && comma.left - end.right > 1 ? [`${a.textContent}${next.textContent?.slice(0, 1)} (${(comma.left - end.right).toFixed(1)} px)`] : [];
      }),
    );
    expect(gaps, `${path}: space before punctuation`).toEqual([]);
    const text = await page.locator('.index-list').innerText();
    expect(text.match(/\S\s+[,;:](?!\S)/g) ?? [], `${path}: space before punctuation in the text`).toEqual([]);
  }
});

test('the index of names files other spellings where a reader looks for them', async ({ page }) => {
  await page.goto('/names/');
  const overview = page.locator('.index-overview');
  await expect(overview.locator('li.see', { hasText: /^Broz, Josip, see Tito, Josip Broz$/ })).toHaveCount(1);
  await expect(overview.locator('li.see', { hasText: /^Chou En-lai, see Zhou Enlai$/ })).toHaveCount(1);
  // Filed under the first name, or beside the entry itself: no help to anyone.
  await expect(overview.locator('li.see', { hasText: /^Andrej Gromyko,/ })).toHaveCount(0);
  await expect(overview.locator('li.see', { hasText: /^Gromyko, Andrej,/ })).toHaveCount(0);
  await expect(overview.locator('li.see', { hasText: /^Mao Tse-tung,/ })).toHaveCount(0);
  // …but the entry gives them.
  await page.goto('/names/g/');
  await expect(page.locator('#name-gromyko .variants')).toContainText('Andrey Gromyko, Andrej Gromyko');
  // A reference leads to its entry, on its letter’s page.
  await page.goto('/names/');
  await overview.locator('li.see', { hasText: /^Broz, Josip/ }).getByRole('link').click();
  await expect(page).toHaveURL(/\/names\/t\/#name-tito$/);
  await expect(page.locator('#name-tito')).toBeInViewport();
});

test('links made to the index before it was split still land on the entry', async ({ page }) => {
  await page.goto('/names/#name-mao-zedong');
  const line = page.locator('#name-mao-zedong');
  await expect(line).toBeInViewport();
  await line.getByRole('link', { name: 'Mao Zedong' }).click();
  await expect(page).toHaveURL(/\/names\/m\/#name-mao-zedong$/);
  await expect(page.locator('#name-mao-zedong .subentries')).toBeVisible();
});

test('the entry a link leads to stands out from its neighbours', async ({ page }) => {
  await page.goto('/names/y/#name-yudin');
  const background = (id: string) => page.locator(id).evaluate((e) => getComputedStyle(e).backgroundColor);
  const target = await background('#name-yudin');
  const neighbour = await page.locator('#name-yudin').evaluate((e) => {
    const other = [...document.querySelectorAll('.index-entry')].find((x) => x !== e)!;
    return getComputedStyle(other).backgroundColor;
  });
  expect(target).not.toBe(neighbour);
  expect(target).not.toBe('rgba(0, 0, 0, 0)');
});

/** Landmarks as the accessibility tree exposes them. */
async function landmarks(page: Page): Promise<string[]> {
  const roles = ['banner', 'navigation', 'main', 'contentinfo', 'region', 'complementary', 'search', 'form'] as const;
  const out: string[] = [];
  for (const role of roles) {
    for (const l of await page.getByRole(role).all()) out.push(`${role}: ${(await l.getAttribute('aria-label')) ?? (await l.evaluate((e) => e.getAttribute('aria-labelledby') ?? ''))}`);
  }
  return out;
}

for (const path of ['/names/', '/names/m/', '/about/', '/documents/telegram-1950-10-02/']) {
  test(`${path} exposes few landmarks, each named for what it is`, async ({ page }) => {
    await page.goto(path);
    const found = await landmarks(page);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(7);
    expect(found.filter((l) => l.startsWith('region')), 'no region per letter or per rule').toEqual([]);
    const navs = found.filter((l) => l.startsWith('navigation'));
    expect(new Set(navs).size, 'navigation landmarks are told apart by their names').toBe(navs.length);
  });
}

for (const viewport of [
  { width: 320, height: 640, deviceScaleFactor: 1, label: '320 px' },
  { width: 375, height: 740, deviceScaleFactor: 1, label: '375 px' },
  // 400% zoom of a 1280 × 1024 window.
  { width: 320, height: 256, deviceScaleFactor: 4, label: '400% zoom' },
]) {
  test(`the apparatus pages do not scroll sideways at ${viewport.label}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor });
    const page = await context.newPage();
    for (const path of ['/about/', '/names/', '/names/c/', '/names/m/', '/glossary/', '/documents/telegram-1950-10-02/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}

test('About names its source as a reader would: no internal file name', async ({ page }) => {
  await page.goto('/about/');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\.(txt|json|mdx|ts)\b|content\/|000_/);
  await expect(page.locator('#source + p')).toContainText('a plain-text conversion of the excerpt’s printed pages');
  // The rules are named in words, not by their code names.
  await expect(page.locator('#rule-rejoin-hyphenated-words')).toHaveText(/^Rejoin hyphenated words \(\d+\)$/);
});

test('About names every change’s place as a reader would: section titles, the document by its caption', async ({ page }) => {
  await page.goto('/about/');
  // Text, not innerText: most lists are in closed <details>.
  const labels = await page.locator('.change-list li > a:first-child').allTextContents();
  const hrefs = await page.locator('.change-list li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const [i, href] of hrefs.entries()) {
    const anchor = href.split('#')[1] ?? '';
    if (!anchor || /^p\d+-\d+$/.test(anchor)) continue;
    expect(labels[i], `${href} is labelled by its slug`).not.toContain(anchor.replace(/-/g, ' '));
  }
  const telegram = hrefs.findIndex((h) => h.endsWith('#telegram-1950-10-02'));
  expect(labels[telegram]).toBe('Ch. 3, The first and last pages of the handwritten draft of Mao Zedong’s telegram to Stalin, 2 October 1950');
});

test('the spelt-out abbreviations look different from the author’s own brackets on every page, and About says what the edition adds', async ({ page }) => {
  const style = (selector: string) =>
    page.locator(selector).first().evaluate((e) => {
      const s = getComputedStyle(e);
      return { font: s.fontFamily, size: s.fontSize, color: s.color };
    });
  for (const path of ['/chapter-2/', '/chapter-3/', '/chapter-4/']) {
    await page.goto(path);
    const expansion = page.locator('.abbr-expansion').first();
    await expect(expansion).toBeVisible();
    const [added, text] = [await style('.abbr-expansion'), await page.locator('.abbr-expansion').first().evaluate((e) => {
      const s = getComputedStyle(e.parentElement as Element);
      return { font: s.fontFamily, size: s.fontSize, color: s.color };
    })];
    expect(added.font, `${path}: the addition’s type`).not.toBe(text.font);
    expect(added.color, `${path}: the addition’s colour`).not.toBe(text.color);
    expect(parseFloat(added.size), `${path}: the addition’s size`).toBeLessThan(parseFloat(text.size));
  }
  // The author’s own brackets, inside a quotation, are the text’s.
  await page.goto('/chapter-3/');
  const author = page.locator('p', { hasText: '[his Soviet]' }).first();
  await expect(author).toBeVisible();
  await page.goto('/about/');
  const about = page.locator('#additions ~ .additions');
  await expect(about).toContainText('Abbreviations spelt out');
  await expect(about).toContainText('first use in each chapter');
  await expect(about.locator('.abbr-expansion')).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('Nothing else in the text differs');
});

test('abbreviations are underlined alike on every page', async ({ page }) => {
  const seen = new Map<string, string>();
  for (const path of ['/chapter-3/', '/glossary/', '/about/', '/documents/telegram-1950-10-02/', '/names/c/']) {
    await page.goto(path);
    const abbr = page.locator('abbr[title]').first();
    if ((await abbr.count()) === 0) continue;
    const decoration = await abbr.evaluate((e) => {
      const s = getComputedStyle(e);
      // The offset scales with the type (a caption is smaller): compare it in ems.
      const offset = (parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize)).toFixed(2);
      return `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationThickness} ${offset}em ${s.textDecorationColor === s.color ? 'text colour' : s.textDecorationColor}`;
    });
    seen.set(path, decoration);
  }
  expect(seen.size).toBeGreaterThanOrEqual(4);
  expect(new Set(seen.values()).size, JSON.stringify(Object.fromEntries(seen))).toBe(1);
  expect([...seen.values()][0]).toMatch(/^underline dotted/);
});

for (const width of [375, 1024, 1440, 2560]) {
  test(`the telegram’s page sits in the reading column with the edition’s heading at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/about/');
    const heading = (p: Page) =>
      p.locator('h1').evaluate((h) => {
        const s = getComputedStyle(h);
        return { weight: s.fontWeight, size: s.fontSize, family: s.fontFamily, left: h.getBoundingClientRect().left };
      });
    const about = await heading(page);
    await page.goto('/documents/telegram-1950-10-02/');
    const own = await heading(page);
    expect({ ...own, left: 0 }).toEqual({ ...about, left: 0 });
    expect(Math.abs(own.left - about.left), 'the same left edge as the other pages').toBeLessThan(1);
    const column = await page.locator('.transcription').evaluate((t) => {
      const r = t.getBoundingClientRect();
      // The widest line of Chinese, as laid out.
      const range = document.createRange();
      range.selectNodeContents(t);
      const widest = Math.max(...[...range.getClientRects()].map((x) => x.width));
      return { left: r.left, right: r.right, widest, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
    });
    expect(column.left, 'not at the window’s edge').toBeGreaterThanOrEqual(Math.min(16, width * 0.04));
    expect(Math.abs(column.left - own.left)).toBeLessThan(1);
    expect(column.widest, 'Chinese lines stay within the measure').toBeLessThanOrEqual(36 * column.rem);
    expect(column.right).toBeLessThanOrEqual(width);
  });
}

test('the telegram is explained where it is printed and on its own page: the struck passage, “50/50”, the jump from the first page to the last', async ({ page }) => {
  for (const [path, scope] of [
    ['/documents/telegram-1950-10-02/', 'main'],
    ['/chapter-3/', '#telegram-1950-10-02 ~ .document-note'],
  ] as const) {
    await page.goto(path);
    const note = page.locator(path.startsWith('/chapter') ? scope : `${scope} .document-note`);
    await expect(note).toBeVisible();
    await expect(note).toContainText('Editorial note');
    await expect(note).toContainText('first and last pages');
    await expect(note).toContainText('相繼 / 的時候');
    await expect(note).toContainText('struck through');
    await expect(note).toContainText('“50/50”');
    // Marked as the edition’s, in the edition’s language with the document’s words in theirs.
    await expect(note).toHaveAttribute('data-pagefind-ignore', '');
    await expect(note).toHaveAttribute('lang', 'en');
    await expect(note.locator('span[lang="zh-Hant"]').first()).toHaveText('相繼 / 的時候');
  }
});

test('the home page’s contents name Chapter 2 by its label, and say outside the link why it has no title', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('.contents a[href="/chapter-2/"]');
  await expect(link).toHaveAccessibleName('Chapter 2');
  await expect(page.locator('.contents')).toContainText('The excerpt opens partway through this chapter');
  await expect(page.locator('.contents')).not.toContainText('(opens partway through');
});
