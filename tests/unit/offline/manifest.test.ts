import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { markColours, maskableIcon, webManifest } from '../../../src/integrations/offline/manifest.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');

test('the manifest takes its colours and icons from the edition’s mark', () => {
  const m = JSON.parse(webManifest({ name: 'A Book', description: 'An edition.', icon: 'favicon.svg', svg }));
  const { ground, figure } = markColours(svg);
  assert.equal(m.theme_color, ground);
  assert.equal(m.background_color, figure);
  assert.deepEqual(m.icons.map((i: { src: string; purpose: string }) => [i.src, i.purpose]), [['favicon.svg', 'any'], ['icon-maskable.svg', 'maskable']]);
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
});

test('the maskable icon is the mark itself, in the safe zone, on its own ground', () => {
  const icon = maskableIcon(svg);
  assert.match(icon, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"><rect x="0" y="0" width="32" height="32" fill="#8b1e1e"\/><g transform="translate\(3.2 3.2\) scale\(0.8\)">/);
  assert.ok(icon.includes('>M</text>'));
  assert.throws(() => maskableIcon('<svg><rect fill="red"/></svg>'), /viewBox/);
});
