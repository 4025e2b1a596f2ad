/**
 * Text is text, all the way to the page: a source full of what MDX and
 * Markdown would read as code or markup (tests/fixtures/importer/hostile-source.txt)
 * and a names.json with a <script> in it are imported and built (its own
 * content folder, EDITION_CONTENT_DIR); the pages show every character as
 * written, run nothing, and link nowhere the source did not.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { diffArrays } from 'diff';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { importCommand } from '../../scripts/importer/command.ts';
import { SITE_URL_UNSET } from '../../src/integrations/site-address.ts';
import { decodeSource } from '../../scripts/importer/read-source.ts';
import { applySplices, type Splice } from '../../scripts/importer/splice.ts';
import { readingText, words } from '../support/reading-text.ts';
import { plainText } from '../support/source-text.ts';
import { foreignScripts, loaders } from '../support/page-scripts.ts';

const FIXTURE = 'tests/fixtures/importer/hostile-source.txt';
const NAMES_SCRIPT = '<script>alert("names")</script>';

let work = '';
let out = '';
let build: ReturnType<typeof spawnSync>;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-content-'));
  const content = join(work, 'content');
  out = join(work, 'dist');
  mkdirSync(join(work, 'source'));
  cpSync(FIXTURE, join(work, 'source', 'hostile-source.txt'));
  const status = await importCommand(['--source', join(work, 'source', 'hostile-source.txt'), '--out', content], { log() {}, error: console.error });
  assert.equal(status, 0);
  for (const data of ['editorial', 'glossary.json']) cpSync(join('content', data), join(content, data), { recursive: true });
  const names = JSON.parse(readFileSync('content/names.json', 'utf8')) as { entries: { variants: string[] }[] };
  names.entries[0].variants.push(NAMES_SCRIPT);
  writeFileSync(join(content, 'names.json'), JSON.stringify(names));
  mkdirSync(join(work, 'no-notes'));
  const env: NodeJS.ProcessEnv = { ...process.env, EDITION_CONTENT_DIR: content, EDITION_NOTES_DIR: join(work, 'no-notes') };
  delete env.SITE_URL;
  build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env, encoding: 'utf8' });
});

after(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path), 'utf8');
const normalised = (text: string) => text.replace(/\s+/g, ' ');

test('the hostile source builds, and nothing in it ran (an ES module in the text would have ended the build with status 42)', () => {
  assert.equal(build.status, 0, `${build.stderr}`);
});

test('every word of the source reaches the pages, as written: 0 missing, 0 extra', () => {
  const source = decodeSource(readFileSync(FIXTURE), FIXTURE);
  const changes = (JSON.parse(readFileSync(join(work, 'content/edition/changes.json'), 'utf8')) as { changes: Splice[] }).changes;
  const expected = words(plainText(applySplices(source, changes)));
  const rendered = words(['index.html', 'chapter-2/index.html', 'chapter-3/index.html'].map((p) => readingText(page(p))).join('\n'));
  const hunks = diffArrays(expected, rendered).filter((h) => h.added || h.removed);
  assert.deepEqual(
    hunks.map((h) => `${h.added ? '+' : '-'} ${h.value.join(' ')}`),
    [],
  );
});

test('what Markdown or MDX would have read as markup is shown as the characters written', () => {
  const text = normalised(readingText(page('chapter-3/index.html')));
  for (const literal of [
    'export const x = globalThis.process.exit(42) // Valid ES module syntax: MDX would run it.',
    'import fs from “node:fs”; fs.writeFileSync(“/tmp/pwned”, “yes”)',
    'See [the archive](javascript:alert(1)) and ![a photograph](https://example.org/tracker.png), or [a reference][ref].',
    '[ref]: javascript:alert(2) is a link definition.',
    'A footnote call[^1] and its definition.',
    '[^1]: javascript:alert(3) is a footnote.',
    '| Year | Event | |------|-------| | 1950 | War. |',
    'A setext heading? =================',
    'Braces {globalThis.alert(4)} and {1+1}, a < b, x<3, <http://example.org>, &amp; &#65; &copy;, `code`, C:\\temp\\, _under_, ~tilde~ and https://example.org or archive@example.org.',
    'Lines that look like markup: - a list item, 1. an ordered one, > a quotation, #hashtag.',
  ]) {
    assert.ok(text.includes(literal), `not shown as written: ${literal}`);
  }
});

test('no link, image, table, list, code, footnote or heading that the source did not ask for', () => {
  for (const path of ['chapter-2/index.html', 'chapter-3/index.html']) {
    const tree = fromHtml(page(path));
    const body = selectAll('[data-pagefind-body]', tree);
    const found = body.flatMap((b) => selectAll('a[href^="javascript:"], a[href^="http"], img, table, ul, ol, code, pre, section[data-footnotes], h1 + h1', b));
    assert.deepEqual(found.map((e) => (e as Element).tagName), [], path);
    // The text says "javascript:" several times; no attribute does.
    const attributes = selectAll('*', tree).flatMap((e) => Object.values((e as Element).properties).map(String));
    assert.deepEqual(attributes.filter((v) => /javascript:/i.test(v)), [], path);
  }
  // The two section headings of the source, and no third from "===".
  assert.equal(selectAll('[data-pagefind-body] h2', fromHtml(page('chapter-3/index.html'))).length, 2);
});

test('the only scripts on any page are the edition’s two (the loader, the settings before first paint); a <script> in names.json is shown as text', () => {
  for (const path of ['index.html', 'chapter-3/index.html', 'names/index.html']) {
    const tree = fromHtml(page(path));
    assert.deepEqual(foreignScripts(tree).map((s) => toText(s)), [], `${path}: a script the edition did not write`);
    assert.equal(loaders(tree), 1, `${path}: one loader`);
  }
  const names = fromHtml(page('names/index.html'));
  assert.ok(normalised(toText(names)).includes(NAMES_SCRIPT), 'the variant is shown as written');
});

test('without SITE_URL the build says once what that means', () => {
  assert.equal(String(build.stdout).split(SITE_URL_UNSET).length - 1, 1);
});
