/** What the edition makes of the real excerpt: structure, notes, typography and the record of changes. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importEdition } from '../../scripts/importer/import-edition.ts';
import { decodeSource } from '../../scripts/importer/read-source.ts';
import { importData, lineColumn, REAL_SOURCE, ROOT } from './cli.ts';

const text = decodeSource(readFileSync(join(ROOT, REAL_SOURCE)), REAL_SOURCE);
const { edition, files, record } = importEdition(text, REAL_SOURCE, importData());
const mdx = [...files].filter(([path]) => path.endsWith('.mdx'));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('three chapters: the tail of 2, all of 3, the opening of 4', () => {
  assert.deepEqual(
    edition.chapters.map((c) => c.number),
    [2, 3, 4],
  );
});

test('chapter 3 has its seven sections in order', () => {
  const chapter3 = edition.chapters.find((c) => c.number === 3);
  assert.deepEqual(
    chapter3?.sections.map((s) => s.title),
    [
      null,
      'The “Lean-to-One-Side” Approach',
      'The Alliance and China’s Korean War Experience',
      'The Alliance’s Golden Years',
      'Accumulated Tension',
      'From Tension to Crisis',
      'Further Deepening of the Crisis',
      'Breakdown',
    ],
  );
});

test('170 sidenotes: chapter 2 notes 47–49, chapter 3 notes 1–164, chapter 4 notes 1–3, in order', () => {
  const notes = new Map<number, number[]>();
  for (const [path, content] of mdx) {
    const fileChapter = Number(/^chapters\/chapter-(\d+)\//.exec(path)?.[1]);
    for (const m of content.matchAll(/<Sidenote chapter=\{(\d+)\} n=\{(\d+)\} \/>/g)) {
      assert.equal(Number(m[1]), fileChapter, `a sidenote in ${path} names chapter ${m[1]}`);
      notes.set(fileChapter, [...(notes.get(fileChapter) ?? []), Number(m[2])]);
    }
  }
  assert.equal(mdx.reduce((n, [, content]) => n + content.split('<Sidenote').length - 1, 0), 170);
  assert.deepEqual([...notes], [
    [2, range(47, 49)],
    [3, range(1, 164)],
    [4, range(1, 3)],
  ]);
});

test('no straight quotation mark is left in the text of any MDX file', () => {
  for (const [path, content] of mdx) {
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content) ?? [];
    assert.ok(frontmatter !== undefined && body !== undefined, `${path} has frontmatter`);
    // Frontmatter values are JSON strings: check the strings, not their quoting.
    for (const line of frontmatter.split('\n')) {
      const value: unknown = JSON.parse(line.slice(line.indexOf(':') + 1));
      if (typeof value === 'string') assert.doesNotMatch(value, /["']/, `${path}: ${line}`);
    }
    // JSX attribute syntax ({"…"} values, lang="…") is markup; the strings inside are text.
    const prose = body
      .replace(/=\{("(?:[^"\\]|\\.)*")\}/g, (_, json: string) => `=${JSON.parse(json) as string}`)
      .replace(/ lang="[^"]*"/g, '');
    prose.split('\n').forEach((line, i) => assert.doesNotMatch(line, /["']/, `${path}, body line ${i + 1}: ${line.slice(0, 120)}`));
  }
});

test('the nine hyphens at page breaks: anti-Marxist is kept, the other eight are closed up', () => {
  const hyphens = record.changes.filter((c) => c.rule === 'rejoin-hyphenated-words');
  assert.deepEqual(
    hyphens.map((c) => [c.note?.split(':')[0], c.after]),
    [
      ['un-/derstood → understood', ''],
      ['illu-/sions → illusions', ''],
      ['post-/victory → postvictory', ''],
      ['de-/cided → decided', ''],
      ['nego-/tiation → negotiation', ''],
      ['Cen-/tral → Central', ''],
      ['interna-/tional → international', ''],
      ['anti-/Marxist → anti-Marxist', '-'],
      ['sta-/tions → stations', ''],
    ],
  );
});

test('every recorded change matches the source at its offset, line and column', () => {
  assert.equal(record.changes.length, 743);
  for (const c of record.changes) {
    assert.equal(text.slice(c.offset, c.offset + c.before.length), c.before, `${c.rule} at offset ${c.offset}`);
    assert.deepEqual({ line: c.line, column: c.column }, lineColumn(text, c.offset), `${c.rule} at offset ${c.offset}`);
  }
});

test('the record counts each rule’s changes', () => {
  assert.deepEqual(
    record.rules.map((r) => [r.name, r.changes]),
    [
      ['rejoin-split-paragraphs', 31],
      ['rejoin-hyphenated-words', 9],
      ['place-figures-after-paragraphs', 4],
      ['normalise-headings', 17],
      ['title-case-headings', 38],
      ['typographic-quotes', 622],
      ['nonbreaking-ellipses', 12],
      ['close-spaced-em-dashes', 3],
      ['en-dash-number-ranges', 7],
    ],
  );
});
