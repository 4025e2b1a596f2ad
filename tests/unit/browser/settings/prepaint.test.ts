/** The pre-paint script, run as the browser runs it, against a stand-in <html> and localStorage. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { PREPAINT } from '../../../../src/browser/settings/prepaint.ts';

function run(stored: string | null | (() => never)): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = String(value)) };
  const localStorage = { getItem: () => (typeof stored === 'function' ? stored() : stored) };
  runInNewContext(PREPAINT, { document: { documentElement }, localStorage, JSON });
  return attributes;
}

test('valid stored choices become attributes on <html>; data-js marks that scripts run', () => {
  assert.deepEqual(run('{"theme":"dark","size":"150","font":"sans","leading":"loose"}'), {
    'data-js': '',
    'data-theme': 'dark',
    'data-size': '150',
    'data-font': 'sans',
    'data-leading': 'loose',
  });
});

test('defaults, unknown values and other keys set nothing', () => {
  assert.deepEqual(run('{"theme":"auto","size":"100","font":"serif","leading":"normal"}'), { 'data-js': '' });
  assert.deepEqual(run('{"theme":"neon","size":"999","onclick":"x","font":["sans"]}'), { 'data-js': '' });
});

test('nothing stored, damaged JSON or storage that throws: nothing set, nothing thrown', () => {
  assert.deepEqual(run(null), { 'data-js': '' });
  assert.deepEqual(run('{"theme":'), { 'data-js': '' });
  assert.deepEqual(run('5'), { 'data-js': '' });
  assert.deepEqual(
    run(() => {
      throw new Error('SecurityError: storage denied');
    }),
    { 'data-js': '' },
  );
});

test('it stays tiny', () => {
  assert.ok(new TextEncoder().encode(PREPAINT).length < 500, `${PREPAINT.length} bytes`);
});
