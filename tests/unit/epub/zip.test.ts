import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { zip } from '../../../src/integrations/epub/zip.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const entries = () => [
  { path: 'mimetype', data: utf8('application/epub+zip'), store: true },
  { path: 'META-INF/container.xml', data: utf8('<container/>'.repeat(50)) },
  { path: 'EPUB/a.xhtml', data: utf8('“Mao’s China” — 毛澤東') },
];

test('zip: another reader gets every file back, in order, unchanged', () => {
  const files = unzipSync(zip(entries()));
  assert.deepEqual(Object.keys(files), ['mimetype', 'META-INF/container.xml', 'EPUB/a.xhtml']);
  for (const e of entries()) assert.deepEqual(files[e.path], e.data);
});

test('zip: the first entry is stored at offset 0 with its name and bytes in the clear (OCF)', () => {
  const raw = zip(entries());
  const view = new DataView(raw.buffer);
  assert.equal(view.getUint32(0, true), 0x04034b50);
  assert.equal(view.getUint16(8, true), 0, 'method: stored');
  assert.equal(new TextDecoder().decode(raw.subarray(30, 38)), 'mimetype');
  assert.equal(new TextDecoder().decode(raw.subarray(38, 58)), 'application/epub+zip');
  // The second entry is deflated: smaller than its 600 bytes.
  const second = 58;
  assert.equal(view.getUint16(second + 8, true), 8, 'method: deflate');
  assert.ok(view.getUint32(second + 18, true) < 600);
});

test('zip: the same files give the same bytes, with the DOS epoch as every timestamp', () => {
  const a = zip(entries());
  assert.deepEqual(a, zip(entries()));
  const view = new DataView(a.buffer);
  assert.equal(view.getUint16(10, true), 0, 'time 00:00:00');
  assert.equal(view.getUint16(12, true), (1 << 5) | 1, 'date 1980-01-01');
});

test('zip: a path twice, or not a relative ASCII path, is refused', () => {
  assert.throws(() => zip([...entries(), { path: 'mimetype', data: utf8('x') }]), /"mimetype" twice/);
  assert.throws(() => zip([{ path: '/abs', data: utf8('x') }]), /not a relative ASCII path/);
  assert.throws(() => zip([{ path: 'ä.xhtml', data: utf8('x') }]), /not a relative ASCII path/);
});
