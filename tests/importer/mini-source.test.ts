/**
 * The small valid fixture imports, and the same text with CRLF line endings or a
 * BOM imports to exactly the same bytes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { filesOf, MINI_SOURCE, runImport, snapshot } from './cli.ts';

const mini = readFileSync(MINI_SOURCE, 'utf8');
let work = '';

/** Import `content` as `<work>/<variant>/source/mini-source.txt` (the same name each time) into `<work>/<variant>/out`. */
function importVariant(variant: string, content: string) {
  const dir = join(work, variant);
  mkdirSync(join(dir, 'source'), { recursive: true });
  writeFileSync(join(dir, 'source', 'mini-source.txt'), content);
  return { run: runImport(join('source', 'mini-source.txt'), join(dir, 'out'), dir), out: join(dir, 'out') };
}

let lf: ReturnType<typeof importVariant>;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'import-mini-'));
  lf = importVariant('lf', mini);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the fixture is plain LF text without a BOM', () => {
  assert.equal(mini.includes('\r'), false);
  assert.notEqual(mini.charCodeAt(0), 0xfeff);
});

test('the mini source imports and reports what it made', () => {
  assert.equal(lf.run.stderr, '');
  assert.equal(lf.run.status, 0);
  assert.match(lf.run.stdout, /^import: 2 chapters, 4 files, 6 notes, \d+ recorded changes → /);
});

test('the mini source gives the expected chapter and edition files', () => {
  assert.deepEqual(filesOf(snapshot(lf.out)), [
    'chapters/chapter-2/00-opening.mdx',
    'chapters/chapter-3/00-opening.mdx',
    'chapters/chapter-3/01-the-lean-to-one-side-approach.mdx',
    'chapters/chapter-3/02-the-alliances-golden-years.mdx',
    'edition/changes.json',
    'edition/title-page.json',
    'import-manifest.json',
  ]);
});

test('the mini source gives the expected title page', () => {
  assert.deepEqual(JSON.parse(readFileSync(join(lf.out, 'edition/title-page.json'), 'utf8')), {
    series: 'The New Cold War History',
    seriesEditor: 'John Lewis Gaddis, editor',
    title: ['Mao’s China and', 'the Cold War'],
    author: 'Chen Jian',
    imprint: ['The University of North Carolina Press', 'Chapel Hill & London'],
  });
});

for (const [variant, content] of [
  ['crlf', mini.replace(/\n/g, '\r\n')],
  ['bom', `\uFEFF${mini}`],
  ['bom-crlf', `\uFEFF${mini.replace(/\n/g, '\r\n')}`],
] as const) {
  test(`${variant}: imports to output byte-identical to the clean LF file`, () => {
    const v = importVariant(variant, content);
    assert.equal(v.run.status, 0, v.run.stderr);
    assert.deepEqual(snapshot(v.out), snapshot(lf.out));
  });
}
