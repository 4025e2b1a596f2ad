import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergePolicies } from '../../src/integrations/csp-merge.ts';

const plain = (merged: Map<string, Set<string>>) => [...merged].map(([name, sources]) => [name, [...sources]]);

test('mergePolicies: overlapping directives merge their sources without duplicates, in first-seen order', () => {
  const merged = mergePolicies([
    "default-src 'self'; script-src 'self' 'sha256-aaa'; style-src 'self' 'sha256-ccc'",
    "default-src 'self'; script-src 'self' 'sha256-bbb' 'sha256-aaa'; img-src 'self' data:",
  ]);
  assert.deepEqual(plain(merged), [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'sha256-aaa'", "'sha256-bbb'"]],
    ['style-src', ["'self'", "'sha256-ccc'"]],
    ['img-src', ["'self'", 'data:']],
  ]);
});

test('mergePolicies: stray whitespace and empty directives are ignored; a directive without sources is kept', () => {
  const merged = mergePolicies(["  default-src   'self' ;; upgrade-insecure-requests;  ", "upgrade-insecure-requests; default-src https://example.org"]);
  assert.deepEqual(plain(merged), [
    ['default-src', ["'self'", 'https://example.org']],
    ['upgrade-insecure-requests', []],
  ]);
});

test('mergePolicies: no policies, no directives', () => {
  assert.equal(mergePolicies([]).size, 0);
});
