import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFrontmatter, parseFrontmatter } from '../../../src/edition/frontmatter.ts';
import { changeRecord, names, sectionFrontmatter } from '../../../src/edition/formats/index.ts';
import { DataError, parseData } from '../../../src/edition/parse-data.ts';

const entry = { id: 'mao', name: 'Mao Zedong', kind: 'person', indexAs: 'Mao Zedong', mentions: ['Mao'], variants: [] };

test('a valid data file parses to its typed value', () => {
  const data = parseData(names, JSON.stringify({ entries: [entry] }), 'content/names.json');
  assert.equal(data.entries[0].kind, 'person');
});

test('a bad field is named by file and path', () => {
  const bad = JSON.stringify({ entries: [entry, { ...entry, id: 'x', kind: 'planet' }] });
  assert.throws(() => parseData(names, bad, 'content/names.json'), (e: unknown) => {
    assert.ok(e instanceof DataError);
    assert.match(e.message, /^content\/names\.json: entries\[1\]\.kind: /);
    return true;
  });
});

test('an unknown field is an error too (a misspelt key is not silently ignored)', () => {
  assert.throws(() => parseData(names, JSON.stringify({ entries: [{ ...entry, mentons: [] }] }), 'names.json'), /names\.json: entries\[0\]: .*mentons/);
});

test('broken JSON is named by file, line and column', () => {
  assert.throws(() => parseData(changeRecord, '{\n  "source": "x",\n  "rules": [\n', 'content/edition/changes.json'), (e: unknown) => {
    assert.ok(e instanceof DataError);
    assert.match(e.message, /^content\/edition\/changes\.json: not valid JSON/);
    return true;
  });
  assert.throws(() => parseData(changeRecord, '{"source": "x" "rules": []}', 'changes.json'), /changes\.json: not valid JSON at line 1, column 16/);
});

test('a missing field of the change record is named', () => {
  const record = { $comment: '', source: 's', rules: [], changes: [{ rule: 'r', offset: 0, before: 'a', after: 'b', line: 1, column: 1 }] };
  assert.throws(() => parseData(changeRecord, JSON.stringify(record), 'changes.json'), /changes\.json: changes\[0\]\.where: /);
});

test('front matter round-trips through format and parse, keeping quotes and dashes exactly', () => {
  const fm = {
    chapter: 3,
    chapterTitle: 'Mao’s Continuous Revolution, 1949–1963',
    section: 'The “Lean-to-One-Side” Approach',
    sectionId: 'the-lean-to-one-side-approach',
    order: 1,
    firstParagraph: 5,
    paragraphCount: 7,
    abbreviationsBefore: ['CCP', 'U.S.'],
  };
  const text = `${formatFrontmatter(fm)}\nBody text.\n`;
  const parsed = parseFrontmatter(sectionFrontmatter, text, 'x.mdx');
  assert.deepEqual(parsed.data, fm);
  assert.equal(parsed.body, '\nBody text.\n');
  assert.throws(() => parseFrontmatter(sectionFrontmatter, formatFrontmatter({ ...fm, order: -1 }), 'x.mdx'), /x\.mdx: order: /);
  assert.throws(() => parseFrontmatter(sectionFrontmatter, 'no front matter', 'x.mdx'), /x\.mdx: no front matter/);
});
