/**
 * Deployable under a sub-path and published: built with
 * SITE_URL=https://reader.example/mao-china/ (its path is the base path),
 * every link, asset, anchor and search result resolves under /mao-china/,
 * and canonical links, the sitemap and printed addresses name the site.
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
import { builtPages } from '../support/site.ts';
import { nodeSearch } from '../support/pagefind-node.ts';

const BASE = '/mao-china/';
const SITE = 'https://reader.example/mao-china/';
let out = '';
let log = '';

before(() => {
  out = mkdtempSync(join(tmpdir(), 'base-path-'));
  // The whole build is `astro build`: the search index, browser code and headers come out of it too.
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: SITE };
  delete env.BASE_PATH;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  log = run.stdout;
});

after(() => rmSync(out, { recursive: true, force: true }));

test('every internal link, asset and fragment resolves under the base path', () => {
  const report = checkLinks(out, BASE);
  console.log(`base path ${BASE}: ${report.checked} references checked, ${report.broken.length} broken`);
  assert.ok(report.checked > 400);
  assert.deepEqual(report.broken, []);
});

test('pages point their search code, icon and canonical URL at the base path of SITE_URL', () => {
  const html = readFileSync(join(out, 'chapter-3/index.html'), 'utf8');
  assert.match(html, /data-src="\/mao-china\/search-ui\.js"/);
  assert.match(html, /<link rel="canonical" href="https:\/\/reader\.example\/mao-china\/chapter-3\/">/);
  assert.match(html, /<meta property="og:url" content="https:\/\/reader\.example\/mao-china\/chapter-3\/">/);
  assert.match(html, /<div class="print-url" data-pagefind-ignore>https:\/\/reader\.example\/mao-china\/chapter-3\/<\/div>/);
  assert.doesNotMatch(readFileSync(join(out, '404.html'), 'utf8'), /rel="canonical"/);
  assert.match(readFileSync(join(out, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/reader\.example\/mao-china\/sitemap\.xml$/m);
  assert.match(log, /SITE_URL: pages link to https:\/\/reader\.example\/mao-china\/; sitemap\.xml written/);
});

test('with SITE_URL the sitemap lists every page under it but the 404 and the reader’s own notes page', () => {
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>https:\/\/reader\.example\/mao-china([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, builtPages(out).filter((p) => p !== '/404.html' && p !== '/notes/').sort());
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

test('an invalid SITE_URL stops the build with a message naming SITE_URL', () => {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(out, 'never')], {
    env: { ...process.env, SITE_URL: 'books.example.org' },
    encoding: 'utf8',
  });
  assert.notEqual(run.status, 0);
  assert.match(`${run.stdout}${run.stderr}`, /SITE_URL="books\.example\.org": not an absolute address/);
  assert.ok(!existsSync(join(out, 'never')));
});
