/**
 * Reader settings (issue 10, 1): one panel from the header on every page, by
 * pointer, touch and keyboard; each setting does what it says and carries to
 * other pages and across a reload; a stored theme is painted from the first
 * frame; Reset; without scripts, or before any choice, the page is as it was.
 */
import { expect, test } from '@playwright/test';
import { collectErrors } from '../support/browser.ts';
import { appearance, headerPolicy, openSettings, SETTINGS_KEY, settingsButton, settingsPanel, storeSettings } from '../support/reader.ts';
import { PAGES, VIEWPORTS } from '../support/site.ts';

const DARK_BG = 'rgb(22, 22, 24)';
const LIGHT_BG = 'rgb(252, 251, 247)';
const SEPIA_BG = 'rgb(244, 236, 216)';

test.use({ viewport: VIEWPORTS.wide });

test('every page has the Settings button in its header, and it opens the panel', async ({ page }) => {
  const errors = collectErrors(page);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(settingsButton(page), path).toBeVisible();
    await expect(settingsButton(page), path).toHaveAttribute('aria-expanded', 'false');
    await openSettings(page);
    await expect(settingsButton(page), path).toHaveAttribute('aria-expanded', 'true');
    await expect(settingsPanel(page).getByRole('radio')).toHaveCount(17);
  }
  expect(errors).toEqual([]);
});

const CASES = [
  {
    setting: 'Text size',
    option: '150%',
    check: (a: Awaited<ReturnType<typeof appearance>>) => expect(a.rootFontSize).toBe(24),
  },
  {
    setting: 'Typeface',
    option: 'Sans-serif',
    check: (a: Awaited<ReturnType<typeof appearance>>) => expect(a.fontFamily).toMatch(/^system-ui/),
  },
  {
    setting: 'Line spacing',
    option: 'Loose',
    check: (a: Awaited<ReturnType<typeof appearance>>) => expect(a.lineHeight / a.bodyFontSize).toBeCloseTo(2, 2),
  },
  {
    setting: 'Theme',
    option: 'Sepia',
    check: (a: Awaited<ReturnType<typeof appearance>>) => expect(a.background).toBe(SEPIA_BG),
  },
  {
    setting: 'Theme',
    option: 'Dark',
    check: (a: Awaited<ReturnType<typeof appearance>>) => {
      expect(a.background).toBe(DARK_BG);
      expect(a.colorScheme).toBe('dark');
    },
  },
] as const;

for (const c of CASES) {
  test(`${c.setting}: ${c.option} changes the page, and carries to another page and across a reload`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/chapter-3/');
    const before = await appearance(page);
    await openSettings(page);
    await settingsPanel(page).getByRole('group', { name: c.setting }).getByLabel(c.option, { exact: true }).check();
    const after = await appearance(page);
    c.check(after);
    expect(after, 'the choice changed nothing').not.toEqual(before);

    await page.goto('/names/');
    c.check(await appearance(page));
    await page.reload();
    c.check(await appearance(page));
    // The panel shows the stored choice.
    await openSettings(page);
    await expect(settingsPanel(page).getByRole('group', { name: c.setting }).getByLabel(c.option, { exact: true })).toBeChecked();
  });
}

test('Light holds under a dark system theme; Auto follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect((await appearance(page)).background).toBe(DARK_BG);
  await openSettings(page);
  await settingsPanel(page).getByLabel('Light', { exact: true }).check();
  expect((await appearance(page)).background).toBe(LIGHT_BG);
  await page.goto('/about/');
  expect((await appearance(page)).background).toBe(LIGHT_BG);
  await openSettings(page);
  await settingsPanel(page).getByLabel('Auto (as the system)').check();
  expect((await appearance(page)).background).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect((await appearance(page)).background).toBe(LIGHT_BG);
});

test('by keyboard: Tab to Settings, Enter opens it at the current choice, arrows choose, Escape closes and returns focus', async ({ page }) => {
  await page.goto('/chapter-3/');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await settingsButton(page).evaluate((b) => b === document.activeElement)) break;
  }
  await expect(settingsButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(settingsPanel(page)).toBeVisible();
  const size100 = settingsPanel(page).getByLabel('100%', { exact: true });
  await expect(size100).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(settingsPanel(page).getByLabel('113%', { exact: true })).toBeChecked();
  expect((await appearance(page)).rootFontSize).toBe(18);
  await page.keyboard.press('Escape');
  await expect(settingsPanel(page)).toBeHidden();
  await expect(settingsButton(page)).toBeFocused();
  await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'false');
});

test('375 px, by keyboard: the largest size keeps the focused choice in view; Tab out of the panel closes it, so it covers nothing', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await settingsButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(settingsPanel(page).getByLabel('100%', { exact: true })).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const largest = settingsPanel(page).getByLabel('200%', { exact: true });
    await expect(largest).toBeChecked();
    await expect(largest).toBeFocused();
    await expect(largest).toBeInViewport();
    // Tab past the panel's last control: the panel closes, and what has focus is not under it.
    for (let i = 0; i < 30 && (await settingsPanel(page).isVisible()); i++) await page.keyboard.press('Tab');
    await expect(settingsPanel(page)).toBeHidden();
    await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'false');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  } finally {
    await context.close();
  }
});

test('Escape closes the panel even when focus is elsewhere on the page', async ({ page }) => {
  await page.goto('/chapter-3/');
  await openSettings(page);
  // Focus leaves for nowhere in particular (the page itself): the panel stays open.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(settingsPanel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(settingsPanel(page)).toBeHidden();
});

test('by touch at 375 px: tap Settings, tap Dark', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.narrow, hasTouch: true, isMobile: true, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await page.goto('/chapter-3/');
    await settingsButton(page).tap();
    await expect(settingsPanel(page)).toBeVisible();
    await settingsPanel(page).getByText('Dark', { exact: true }).tap();
    expect((await appearance(page)).background).toBe(DARK_BG);
    await settingsPanel(page).getByRole('button', { name: 'Close' }).tap();
    await expect(settingsPanel(page)).toBeHidden();
  } finally {
    await context.close();
  }
});

test('Reset returns every setting to the default and stores nothing', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/chapter-3/');
  const defaults = await appearance(page);
  await storeSettings(page, { size: '200', font: 'sans', leading: 'snug', theme: 'sepia' });
  await page.goto('/chapter-3/');
  expect(await appearance(page)).not.toEqual(defaults);
  await openSettings(page);
  await settingsPanel(page).getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(settingsPanel(page).getByRole('status')).toHaveText(/reset/);
  expect(await appearance(page)).toEqual(defaults);
  expect(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY)).toBeNull();
  await expect(settingsPanel(page).getByLabel('100%', { exact: true })).toBeChecked();
  await expect(settingsPanel(page).getByLabel('Auto (as the system)')).toBeChecked();
  await page.reload();
  expect(await appearance(page)).toEqual(defaults);
});

/** First-frame probe: the styles in force at the first animation frame, i.e. in the first frame painted. */
const FIRST_FRAME = () => {
  const w = window as unknown as { __firstFrame?: unknown };
  requestAnimationFrame(() => {
    const root = getComputedStyle(document.documentElement);
    w.__firstFrame = {
      bg: root.getPropertyValue('--bg').trim(),
      colorScheme: root.colorScheme,
      fontSize: root.fontSize,
      body: document.body ? getComputedStyle(document.body).backgroundColor : null,
    };
  });
};

for (const [theme, bg] of [
  ['dark', '#161618'],
  ['sepia', '#f4ecd8'],
] as const) {
  for (const path of ['/', '/chapter-3/', '/search/']) {
    test(`a stored ${theme} theme and 150% text under a light system: ${path} paints them from the first frame`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await storeSettings(page, { theme, size: '150' });
      await page.addInitScript(FIRST_FRAME);
      await page.goto(path);
      const first = await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame).then((h) => h.jsonValue());
      expect(first).toMatchObject({ bg, colorScheme: theme === 'dark' ? 'dark' : 'light', fontSize: '24px' });
    });
  }
}

test('served with the Content-Security-Policy header of dist/_headers, the pre-paint script and the panel run without violations', async ({ page }) => {
  const policy = headerPolicy();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    await route.fulfill({ response, headers: type.includes('html') ? { ...response.headers(), 'content-security-policy': policy } : response.headers() });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  await storeSettings(page, { theme: 'dark' });
  await page.goto('/chapter-3/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSettings(page);
  await settingsPanel(page).getByLabel('Sepia', { exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('without JavaScript, or before any choice, the page is as it was: no button, same look, same layout', async ({ browser }) => {
  const measure = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.wide, javaScriptEnabled, colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await page.goto('/chapter-3/');
      const button = await settingsButton(page).isVisible();
      const layout = await page.evaluate(() => {
        const box = (s: string) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round);
        };
        return { header: box('.site-header'), heading: box('h1'), paragraph: box('#p3-1'), note: box('#note-1') };
      });
      const attrs = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n !== 'data-js'));
      return { button, layout, attrs, look: await appearance(page) };
    } finally {
      await context.close();
    }
  };
  const off = await measure(false);
  const on = await measure(true);
  expect(off.button).toBe(false);
  expect(on.button).toBe(true);
  expect(on.attrs).toEqual(['lang']);
  expect(on.look).toEqual(off.look);
  expect(on.layout).toEqual(off.layout);
});

/**
 * Pages whose own width at large text sizes is another issue's (issue 9: the telegram page's
 * missing layout, item 1; the About page's long file name, item 3): only their header is held here.
 */
const OWN_REFLOW_ISSUE = ['/about/', '/documents/'];

/** Whatever runs past the window's right edge: the page's width, and the header's. */
async function tooWide(page: import('@playwright/test').Page, path: string, width: number): Promise<string[]> {
  const { page: pageWidth, header } = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    header: Math.max(...[...document.querySelectorAll('.site-header *')].map((e) => e.getBoundingClientRect().right)),
  }));
  const out: string[] = [];
  if (header > width + 0.5) out.push(`${path}: header ${Math.round(header)} px`);
  if (pageWidth > width && !OWN_REFLOW_ISSUE.some((p) => path.startsWith(p))) out.push(`${path}: page ${pageWidth} px`);
  return out;
}

test('the header wraps at a 32 px browser text size on a 375 px phone: no page is wider than the window', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  const wide: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), 'browser text size').toBe(32);
    wide.push(...(await tooWide(page, path, VIEWPORTS.narrow.width)));
  }
  expect(wide).toEqual([]);
});

for (const width of [320, 375]) {
  test(`at 200% text on a ${width} px phone no page is wider than the window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await storeSettings(page, { size: '200' });
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      wide.push(...(await tooWide(page, path, width)));
    }
    expect(wide).toEqual([]);
  });
}

test('forced colours win over every theme, and the panel’s choices stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  await page.goto('/chapter-3/');
  const system = await appearance(page);
  for (const theme of ['sepia', 'dark']) {
    await storeSettings(page, { theme });
    await page.goto('/chapter-3/');
    const a = await appearance(page);
    expect({ background: a.background, color: a.color }, theme).toEqual({ background: system.background, color: system.color });
  }
  await openSettings(page);
  for (const radio of await settingsPanel(page).getByRole('radio').all()) await expect(radio).toBeVisible();
  await expect(settingsPanel(page).getByLabel('Dark', { exact: true })).toBeChecked();
});

test('printed, a dark or sepia choice gives way to black on white, and the reader’s controls are not printed', async ({ page }) => {
  await storeSettings(page, { theme: 'dark', size: '150' });
  await page.goto('/chapter-3/');
  await page.emulateMedia({ media: 'print' });
  const a = await appearance(page);
  expect(a.background).toBe('rgb(255, 255, 255)');
  expect(a.color).toBe('rgb(0, 0, 0)');
  await expect(settingsButton(page)).toBeHidden();
});
