import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFor, parseHeadersFile } from '../../../scripts/serve/headers-file.ts';

const FILE = `# for hosts that read one
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff

/pagefind/*
  Cache-Control: public, max-age=600
/chapter-:n/
  X-Chapter: yes
  X-Content-Type-Options: again
`;

test('parseHeadersFile: rules in order, each with its headers; values keep their colons and quotes', () => {
  const rules = parseHeadersFile(FILE);
  assert.deepEqual(
    rules.map((r) => r.pattern),
    ['/*', '/pagefind/*', '/chapter-:n/'],
  );
  assert.deepEqual(rules[0].headers[0], ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc='"]);
  assert.deepEqual(rules[1].headers, [['Cache-Control', 'public, max-age=600']]);
});

test('headersFor: every matching rule applies; splat and placeholder; names lower-cased, repeats joined', () => {
  const rules = parseHeadersFile(FILE);
  const home = headersFor(rules, '/');
  assert.equal(home['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.equal(home['cache-control'], undefined);
  assert.equal(headersFor(rules, '/pagefind/pagefind.js')['cache-control'], 'public, max-age=600');
  const chapter = headersFor(rules, '/chapter-3/');
  assert.equal(chapter['x-chapter'], 'yes');
  assert.equal(chapter['x-content-type-options'], 'nosniff, again');
  assert.equal(headersFor(rules, '/chapter-3/more/')['x-chapter'], undefined, 'a placeholder is one segment');
  assert.equal(headersFor(parseHeadersFile('/a.b\n  X: 1\n'), '/axb')['x'], undefined, 'dots are literal');
});

test('parseHeadersFile: a bad line is an error naming the file and line', () => {
  assert.throws(() => parseHeadersFile('  X-A: 1\n', 'dist/_headers'), /dist\/_headers:1: a header before any path/);
  assert.throws(() => parseHeadersFile('/*\n  not a header\n', 'dist/_headers'), /dist\/_headers:2: not a header/);
  assert.throws(() => parseHeadersFile('/*\n  X: 1\nchapter-3\n', 'dist/_headers'), /dist\/_headers:3: a rule must start with a path/);
});
