import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeCbor, indexChunks } from '../../src/integrations/pagefind-meta.ts';

test('CBOR: integers, strings, arrays and maps', () => {
  // [1, -2, "ab", [500], {"k": 70000}]
  const bytes = Uint8Array.from([0x85, 0x01, 0x21, 0x62, 0x61, 0x62, 0x81, 0x19, 0x01, 0xf4, 0xa1, 0x61, 0x6b, 0x1a, 0x00, 0x01, 0x11, 0x70]);
  assert.deepEqual(decodeCbor(bytes), [1, -2, 'ab', [500], new Map([['k', 70000]])]);
  assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /unexpected end/);
});

const meta = (cbor: number[]) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(cbor)]));

test('the index chunks of a metadata file: [from, to, hash] in order', () => {
  // ["1.6", [], [["a", "m", "en_1"]], [], [], []]
  const str = (s: string) => [0x60 + s.length, ...Buffer.from(s)];
  const file = meta([0x86, ...str('1.6'), 0x80, 0x81, 0x83, ...str('a'), ...str('m'), ...str('en_1'), 0x80, 0x80, 0x80]);
  assert.deepEqual(indexChunks(file), [['a', 'm', 'en_1']]);
  assert.throws(() => indexChunks(gzipSync(Buffer.from('not pagefind'))), /pagefind_dcd signature/);
});
