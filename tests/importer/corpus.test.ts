/**
 * The corpus of damaged and unusual sources (corpus.ts), one per kind, each
 * imported into a folder that already holds an earlier import and a file of
 * the editor's: a correct edition (word for word the source with its recorded
 * changes, the editor's file kept) or one located error with nothing written.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importCommand } from '../../scripts/importer/command.ts';
import { decodeSource } from '../../scripts/importer/read-source.ts';
import type { Splice } from '../../scripts/importer/splice.ts';
import { expectedWords, importedWords, nodeTypes } from '../support/import-reading.ts';
import { ROOT, snapshot } from './cli.ts';
import { CORPUS, mini } from './corpus.ts';

const DATA = ['--italics', 'content/editorial/italics.json', '--names', 'content/names.json', '--glossary', 'content/glossary.json'].map((a) => (a.startsWith('--') ? a : join(ROOT, a)));
const EDITORS_FILE = 'notes/editor.txt';
/** The markup the importer writes: paragraphs, quotations, section headings, emphasis, strikethrough, line breaks, its components. */
const MEANT = new Set(['root', 'paragraph', 'blockquote', 'heading', 'text', 'emphasis', 'strong', 'delete', 'break', '<Sidenote>', '<Epigraph>', '<Photograph>', '<Document>', '<cite>', '<i>', '<br>']);

let work = '';
let earlier = '';

async function run(source: string, out: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await importCommand(['--source', source, '--out', out, ...DATA], { log: (l) => stdout.push(l), error: (l) => stderr.push(l) });
  return { status, stdout, stderr };
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'import-corpus-'));
  mkdirSync(join(work, 'source'));
  writeFileSync(join(work, 'source', 'earlier.txt'), mini);
  earlier = join(work, 'earlier');
  const r = await run(join(work, 'source', 'earlier.txt'), earlier);
  assert.equal(r.status, 0, r.stderr.join('\n'));
  mkdirSync(join(earlier, 'notes'));
  writeFileSync(join(earlier, EDITORS_FILE), 'Not generated: the import must leave this alone.\n');
});

after(() => rmSync(work, { recursive: true, force: true }));

const slug = (kind: string) => kind.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

const mdxBodies = (out: string): string =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(out, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n');

const outcomes = { edition: 0, error: 0 };

for (const [i, c] of CORPUS.entries()) {
  test(`corpus ${i + 1}: ${c.kind}`, async () => {
    const name = `${slug(c.kind)}.txt`;
    const source = join(work, 'source', name);
    const out = join(work, `out-${i + 1}`);
    writeFileSync(source, c.content);
    cpSync(earlier, out, { recursive: true });
    const before = snapshot(out);
    const r = await run(source, out);

    if ('error' in c.expect) {
      assert.equal(r.status, 1, `expected an error, got: ${r.stdout.join('\n')}`);
      assert.deepEqual(r.stdout, []);
      assert.equal(r.stderr.length, 1, 'one line of error');
      const m = new RegExp(`^import: (?:.*/)?${name.replace(/[.]/g, '\\.')}:(\\d+):(\\d+): (.*)$`).exec(r.stderr[0]);
      assert.ok(m, `not located in ${name}: ${r.stderr[0]}`);
      assert.match(m[3], c.expect.error);
      assert.deepEqual({ line: Number(m[1]), column: Number(m[2]) }, c.expect.at, r.stderr[0]);
      assert.deepEqual(snapshot(out), before, 'nothing written');
      outcomes.error += 1;
      return;
    }

    assert.equal(r.status, 0, r.stderr.join('\n'));
    assert.deepEqual(r.stderr, []);
    const changes = (JSON.parse(readFileSync(join(out, 'edition/changes.json'), 'utf8')) as { changes: Splice[] }).changes;
    const text = decodeSource(typeof c.content === 'string' ? Buffer.from(c.content) : c.content, name);
    assert.deepEqual(importedWords(out), expectedWords(text, changes), 'the reader gets the source’s words');
    assert.equal(readFileSync(join(out, EDITORS_FILE), 'utf8'), 'Not generated: the import must leave this alone.\n');
    const manifest = JSON.parse(readFileSync(join(out, 'import-manifest.json'), 'utf8')) as { files: string[] };
    const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f) && f !== 'import-manifest.json');
    assert.deepEqual(written.sort(), manifest.files, 'the earlier import’s files that this one does not write are gone');
    const mdx = mdxBodies(out);
    // Only what the importer means: no link, image, code, HTML, ES module or expression the source did not ask for.
    assert.deepEqual([...nodeTypes(mdx)].filter((t) => !MEANT.has(t)), [], 'markup the source did not ask for');
    c.expect.check?.(mdx);
    outcomes.edition += 1;
  });
}

test('the corpus: every kind gives a correct edition or a located error', () => {
  console.log(`corpus: ${CORPUS.length} kinds of input, ${outcomes.edition} correct editions, ${outcomes.error} located errors with nothing written`);
  assert.equal(outcomes.edition + outcomes.error, CORPUS.length);
});
