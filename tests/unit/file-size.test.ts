import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileSize } from '../../src/lib/file-size.ts';

test('fileSize: bytes below a kilobyte, whole kB (1000 bytes) above', () => {
  assert.equal(fileSize(999), '999 bytes');
  assert.equal(fileSize(1000), '1 kB');
  assert.equal(fileSize(70_985), '71 kB');
  assert.equal(fileSize(1_249_499), '1249 kB');
});
