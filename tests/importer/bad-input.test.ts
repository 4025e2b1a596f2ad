/**
 * The importer refuses a source it cannot read faithfully: it exits 1, names
 * file:line:column and the problem, and leaves the output directory as it was.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { lineColumn, MINI_SOURCE, ROOT, runImport, snapshot } from './cli.ts';

const mini = readFileSync(MINI_SOURCE, 'utf8');

interface BadCase {
  name: string;
  file: string;
  content: string | Buffer;
  /** Where the error must point: an offset into `located` (the text as the importer reads it). */
  offset: number;
  located: string;
  problem: RegExp;
}

function replaced(file: string, name: string, find: string, replacement: string, problem: RegExp, pointAt = replacement): BadCase {
  assert.ok(mini.includes(find), `fixture lacks ${find}`);
  const content = mini.replace(find, replacement);
  return { name, file, content, offset: content.indexOf(pointAt), located: content, problem };
}

const truncated = mini.slice(0, mini.indexOf('<sup>4</sup>') + '<sup>4'.length);
const withoutHeading = mini.replace(/^### CHAPTER 3 .*\n/m, '');
const badByteAt = mini.indexOf('did not trust');
const firstNote2Line = lineColumn(mini, mini.indexOf('<sup>2</sup>')).line;

const cases: BadCase[] = [
  replaced('note-out-of-sequence.txt', 'a note number out of sequence', '<sup>3</sup>', '<sup>5</sup>', /note 5 is out of sequence: expected note 3$/),
  {
    ...replaced('note-repeated.txt', 'a repeated note number', '<sup>3</sup>', '<sup>2</sup>', new RegExp(`note 2 repeats \\(it already appears at line ${firstNote2Line}\\)$`)),
    // The second <sup>2</sup> is the one reported.
    offset: mini.indexOf('<sup>3</sup>'),
  },
  replaced('unknown-tag.txt', 'an unknown HTML tag', 'famous', '<span>famous</span>', /unknown HTML tag <span> \(only <sup> note markers are expected\)$/, '<span>'),
  replaced('unclosed-strikethrough.txt', 'an unclosed ~~', 'or later.', '~~or later.', /unclosed ~~ \(strikethrough\) in this paragraph$/, '~~'),
  { name: 'an empty file', file: 'empty.txt', content: '', offset: 0, located: '', problem: /the source is empty$/ },
  {
    name: 'a file truncated inside a note marker',
    file: 'truncated.txt',
    content: truncated,
    offset: truncated.lastIndexOf('<sup>4'),
    located: truncated,
    problem: /an incomplete note marker: expected <sup>N<\/sup> \(is the file truncated\?\)$/,
  },
  {
    name: 'bytes that are not UTF-8',
    file: 'invalid-utf8.txt',
    content: Buffer.concat([Buffer.from(mini.slice(0, badByteAt)), Buffer.from([0xff]), Buffer.from(mini.slice(badByteAt))]),
    offset: badByteAt,
    located: mini,
    problem: /the bytes here are not valid UTF-8 \(a corrupt or truncated file\?\)$/,
  },
  {
    name: 'no chapter heading',
    file: 'no-chapter-heading.txt',
    content: withoutHeading,
    // Nothing to point at: the error is placed at the end of the file.
    offset: withoutHeading.length,
    located: withoutHeading,
    problem: /no chapter heading \(e\.g\. "### CHAPTER 3 …"\) was found: is the file truncated\?$/,
  },
];

let work = '';
let out = '';
let sentinel = new Map<string, Buffer | 'dir'>();

before(() => {
  work = mkdtempSync(join(tmpdir(), 'import-bad-input-'));
  out = join(work, 'content');
  mkdirSync(out);
  cpSync(join(ROOT, 'content/chapters'), join(out, 'chapters'), { recursive: true });
  cpSync(join(ROOT, 'content/edition'), join(out, 'edition'), { recursive: true });
  writeFileSync(join(out, 'chapters', 'SENTINEL'), 'not generated: must survive a failed import\n');
  sentinel = snapshot(out);
});

after(() => rmSync(work, { recursive: true, force: true }));

for (const c of cases) {
  test(`refuses ${c.name}: exit 1, file:line:column: problem, output untouched`, () => {
    const r = runWith(c);
    const { line, column } = lineColumn(c.located, c.offset);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^import: ${escape(c.file)}:${line}:${column}: ${c.problem.source}`, 'm'));
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, 'one line of error');
    assert.deepEqual(snapshot(out), sentinel);
  });
}

test('the fixtures point where intended', () => {
  // Fixed positions, so that a fixture edit cannot quietly move every expectation together.
  assert.equal(firstNote2Line, 29);
  assert.deepEqual(lineColumn(truncated, truncated.lastIndexOf('<sup>4')), { line: 37, column: 88 });
  assert.deepEqual(lineColumn(mini, badByteAt), { line: 29, column: 163 });
  assert.deepEqual(lineColumn(withoutHeading, withoutHeading.length), { line: 37, column: 1 });
});

function runWith(c: BadCase) {
  writeFileSync(join(work, c.file), c.content);
  return runImport(c.file, out, work);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
