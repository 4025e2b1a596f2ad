import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS, htmlAttributes, parseSettings, serializeSettings, SETTING_NAMES, SETTINGS } from '../../../../src/browser/settings/model.ts';

test('nothing stored, or anything unreadable, gives the defaults without throwing', () => {
  for (const raw of [null, undefined, '', 'not json', '{', '[]', '5', 'null', '"dark"', 'true', '{"theme":{"a":1}}']) {
    assert.deepEqual(parseSettings(raw), DEFAULTS, String(raw));
  }
});

test('each valid choice is kept; an unknown or old value falls back setting by setting', () => {
  assert.deepEqual(parseSettings('{"theme":"dark","size":"300","font":"comic","leading":"loose"}'), {
    ...DEFAULTS,
    theme: 'dark',
    leading: 'loose',
  });
  assert.deepEqual(parseSettings('{"size":150}'), DEFAULTS, 'a number is not the stored string "150"');
  assert.deepEqual(parseSettings('{"__proto__":{"theme":"dark"},"toString":"x"}'), DEFAULTS);
});

test('text size runs from 87.5% to 200% in at least five steps; three or more line spacings; four themes with Auto first and default', () => {
  const sizes = SETTINGS.size.values.map(Number);
  assert.ok(sizes.length >= 5);
  assert.equal(Math.min(...sizes), 87.5);
  assert.equal(Math.max(...sizes), 200);
  assert.deepEqual([...sizes].sort((a, b) => a - b), sizes, 'in order');
  assert.ok(SETTINGS.leading.values.length >= 3);
  assert.deepEqual([...SETTINGS.theme.values], ['auto', 'light', 'sepia', 'dark']);
  assert.equal(DEFAULTS.theme, 'auto');
  for (const n of SETTING_NAMES) assert.ok((SETTINGS[n].values as readonly string[]).includes(DEFAULTS[n]), `${n} default is a value`);
});

test('only choices that differ from the default are stored and shown on <html>', () => {
  assert.equal(serializeSettings(DEFAULTS), null);
  const s = { ...DEFAULTS, theme: 'sepia', size: '150' } as const;
  assert.equal(serializeSettings(s), '{"size":"150","theme":"sepia"}');
  assert.deepEqual(parseSettings(serializeSettings(s)), s);
  assert.deepEqual(htmlAttributes(s), { 'data-size': '150', 'data-font': null, 'data-leading': null, 'data-theme': 'sepia' });
});
