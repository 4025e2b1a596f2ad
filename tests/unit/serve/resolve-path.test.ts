import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseBase, resolveRequestPath } from '../../../scripts/serve/resolve-path.ts';

test('resolveRequestPath: files and directories under the root', () => {
  assert.deepEqual(resolveRequestPath('/'), { kind: 'file', segments: [], directory: true });
  assert.deepEqual(resolveRequestPath('/chapter-3/'), { kind: 'file', segments: ['chapter-3'], directory: true });
  assert.deepEqual(resolveRequestPath('/chapter-3'), { kind: 'file', segments: ['chapter-3'], directory: false });
  assert.deepEqual(resolveRequestPath('/pagefind/pagefind.js'), { kind: 'file', segments: ['pagefind', 'pagefind.js'], directory: false });
  assert.deepEqual(resolveRequestPath('/documents/%E6%AF%9B.html'), { kind: 'file', segments: ['documents', '毛.html'], directory: false });
});

test('resolveRequestPath: traversal is refused however it is spelt', () => {
  for (const path of ['/../etc/passwd', '/a/../../etc/passwd', '/%2e%2e/etc/passwd', '/..%2fetc%2fpasswd', '/..%5cetc', '/a%2f..%2f..%2fb', '/.%2e/x', '/./index.html', '/a%00b', '/%E0%A4%A']) {
    assert.equal(resolveRequestPath(path).kind, 'bad-path', path);
  }
});

test('resolveRequestPath: a base path; outside it nothing is served; the bare base redirects', () => {
  assert.deepEqual(resolveRequestPath('/mao-china/chapter-3/', '/mao-china/'), { kind: 'file', segments: ['chapter-3'], directory: true });
  assert.deepEqual(resolveRequestPath('/mao-china/', 'mao-china'), { kind: 'file', segments: [], directory: true });
  assert.equal(resolveRequestPath('/mao-china', '/mao-china/').kind, 'base-redirect');
  assert.equal(resolveRequestPath('/chapter-3/', '/mao-china/').kind, 'outside-base');
  assert.equal(resolveRequestPath('/mao-chinese/', '/mao-china/').kind, 'outside-base');
  assert.equal(resolveRequestPath('/mao-china/../secret', '/mao-china/').kind, 'bad-path');
});

test('normaliseBase', () => {
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('a/b'), '/a/b/');
  assert.equal(normaliseBase('/a/b/'), '/a/b/');
});
