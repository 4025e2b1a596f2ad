/**
 * Deployable under a sub-path: built with BASE_PATH=/mao-china/, every link,
 * asset, anchor and search result resolves under it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runSearch } from '../../src/browser/search/engine.ts';
import { prepareQuery } from '../../src/browser/search/query.ts';
import { checkLinks } from '../support/links.ts';
import { nodeSearch } from '../support/pagefind-node.ts';

const BASE = '/mao-china/';
let out = '';

before(() => {
  out = mkdtempSync(join(tmpdir(), 'base-path-'));
  // The whole build is `astro build`: the search index, browser code and headers come out of it too.
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env: { ...process.env, BASE_PATH: BASE }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

after(() => rmSync(out, { recursive: true, force: true }));

test('every internal link, asset and fragment resolves under the base path', () => {
  const report = checkLinks(out, BASE);
  console.log(`base path ${BASE}: ${report.checked} references checked, ${report.broken.length} broken`);
  assert.ok(report.checked > 400);
  assert.deepEqual(report.broken, []);
});

test('pages point their search code, icon and canonical URL at the base path', () => {
  const html = readFileSync(join(out, 'chapter-3/index.html'), 'utf8');
  assert.match(html, /data-src="\/mao-china\/search-ui\.js"/);
  assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/mao-china\/chapter-3\/">/);
  assert.match(readFileSync(join(out, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/example\.org\/mao-china\/sitemap\.xml/);
});

test('paragraph ids are the same in a second build (under another base path)', () => {
  const ids = (html: string) => [...html.matchAll(/<(?:p|blockquote) id="(p\d+-\d+)"/g)].map((m) => m[1]);
  for (const n of [2, 3, 4]) {
    const first = ids(readFileSync(`dist/chapter-${n}/index.html`, 'utf8'));
    const second = ids(readFileSync(join(out, `chapter-${n}/index.html`), 'utf8'));
    assert.ok(first.length > 0);
    assert.deepEqual(second, first);
  }
});

test('search results resolve under the base path', async () => {
  const deps = await nodeSearch(out, BASE);
  for (const q of ['Yudin', 'Mao Tse-tung', '志願軍']) {
    const query = prepareQuery(q);
    assert.equal(query.kind, 'search');
    const outcome = await runSearch(query as Extract<typeof query, { kind: 'search' }>, deps);
    assert.ok(outcome && outcome.hits.length > 0, q);
    for (const hit of outcome.hits) {
      assert.ok(hit.url.startsWith(BASE), `${hit.url} is not under ${BASE}`);
      const [path, id] = hit.url.slice(BASE.length).split('#');
      const file = join(out, path, 'index.html');
      assert.ok(existsSync(file), `${hit.url}: no page`);
      if (id) assert.match(readFileSync(file, 'utf8'), new RegExp(`id="${id}"`), `${hit.url}: no such anchor`);
      assert.match(hit.label.where, /^(Chapter 3|Document)( · |$)/, `${hit.url}: labelled ${hit.label.where}`);
    }
  }
});
