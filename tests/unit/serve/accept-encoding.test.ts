import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseEncoding } from '../../../scripts/serve/accept-encoding.ts';

const both = ['br', 'gzip'] as const;

test('chooseEncoding: brotli before gzip when both are acceptable alike', () => {
  assert.equal(chooseEncoding('gzip, deflate, br, zstd', both), 'br');
  assert.equal(chooseEncoding('br;q=1.0, gzip;q=1.0', both), 'br');
});

test('chooseEncoding: q-values rank; q=0 refuses', () => {
  assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.8', both), 'gzip');
  assert.equal(chooseEncoding('br;q=0, gzip', both), 'gzip');
  assert.equal(chooseEncoding('br;q=0, gzip;q=0', both), 'identity');
  assert.equal(chooseEncoding('gzip;q=0.001', both), 'gzip');
});

test('chooseEncoding: only what is on disk; no header, identity, or unknown codings mean the file as it is', () => {
  assert.equal(chooseEncoding('br, gzip', ['gzip']), 'gzip');
  assert.equal(chooseEncoding('br, gzip', []), 'identity');
  assert.equal(chooseEncoding(undefined, both), 'identity');
  assert.equal(chooseEncoding('', both), 'identity');
  assert.equal(chooseEncoding('identity', both), 'identity');
  assert.equal(chooseEncoding('deflate, zstd', both), 'identity');
});

test('chooseEncoding: * covers unlisted codings; case and spaces do not matter; x-gzip is gzip', () => {
  assert.equal(chooseEncoding('*', both), 'br');
  assert.equal(chooseEncoding('br;q=0, *;q=0.5', both), 'gzip');
  assert.equal(chooseEncoding('  GZIP ; Q=0.9 ,BR;q=0.1', both), 'gzip');
  assert.equal(chooseEncoding('x-gzip', both), 'gzip');
});
