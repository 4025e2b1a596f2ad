/**
 * The reader's themes and settings in CSS: every theme's colour pairs meet WCAG
 * 2.2 AA (axe checks the pages too, but only what is on them at that moment:
 * not a visited link inside a highlighted paragraph, say); Light and Dark are
 * global.css's own palettes; every choice the panel offers has its CSS rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULTS, SETTINGS } from '../../src/browser/settings/model.ts';
import { contrast } from '../support/contrast.ts';

const global = readFileSync('src/styles/global.css', 'utf8');
const themes = readFileSync('src/styles/themes.css', 'utf8');
const settingsCss = readFileSync('src/styles/reader-settings.css', 'utf8');

/** The colour custom properties of the first rule whose selector is exactly `selector`. */
function palette(css: string, selector: string, within?: string): Record<string, string> {
  const scope = within ? css.slice(css.indexOf(within)) : css;
  const start = scope.indexOf(`${selector} {`);
  assert.ok(start >= 0, `no rule ${selector}${within ? ` in ${within}` : ''}`);
  const body = scope.slice(start, scope.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const PALETTES = {
  auto_light: palette(global, ':root'),
  auto_dark: palette(global, ':root', '@media (prefers-color-scheme: dark)'),
  light: palette(themes, ":root[data-theme='light']"),
  sepia: palette(themes, ":root[data-theme='sepia']"),
  dark: palette(themes, ":root[data-theme='dark']"),
};

test('Light and Dark are the palettes Auto follows', () => {
  assert.deepEqual(PALETTES.light, PALETTES.auto_light);
  assert.deepEqual(PALETTES.dark, PALETTES.auto_dark);
});

for (const [name, p] of Object.entries(PALETTES)) {
  test(`${name}: text, notes, links and marks 4.5:1 on every background; focus rings 3:1`, () => {
    const failures: string[] = [];
    // --bg: the page; --accent-bg: boxes, buttons, the transcription; --target-bg: a paragraph or note followed to, search marks.
    for (const bg of ['--bg', '--accent-bg', '--target-bg']) {
      for (const fg of ['--fg', '--muted', '--link', '--link-visited']) {
        const ratio = contrast(p[fg]!, p[bg]!);
        if (ratio < 4.5) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
      const ring = contrast(p['--focus']!, p[bg]!);
      if (ring < 3) failures.push(`--focus on ${bg}: ${ring.toFixed(2)}`);
    }
    // Form fields and buttons are outlined in --muted: 3:1 against the page (1.4.11).
    if (contrast(p['--muted']!, p['--bg']!) < 3) failures.push('--muted borders on --bg');
    assert.deepEqual(failures, []);
  });
}

test('every text size, typeface and line spacing the panel offers has its rule', () => {
  for (const [name, setting] of Object.entries(SETTINGS)) {
    const css = name === 'theme' ? themes : settingsCss;
    for (const value of setting.values) {
      if (value === DEFAULTS[name as keyof typeof DEFAULTS]) continue;
      assert.ok(css.includes(`:root[data-${name}='${value}']`), `no CSS for data-${name}='${value}'`);
    }
  }
});
