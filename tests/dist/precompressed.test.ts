/** What `npm start` and static hosts serve compressed: a .br and a .gz beside every text file of dist/, each the file itself. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { TEXT_EXTENSIONS } from '../../src/integrations/precompress.ts';

const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

test('every text file of dist/ has a .br and a .gz that decompress to it', () => {
  const text = files.filter((f) => TEXT_EXTENSIONS.has(extname(f)));
  assert.ok(text.length >= 15, `only ${text.length} text files`);
  assert.ok(text.some((f) => f.includes('pagefind/')), "Pagefind's own JavaScript and JSON are compressed too");
  for (const file of text) {
    const original = readFileSync(file);
    assert.ok(existsSync(`${file}.br`) && existsSync(`${file}.gz`), `${file}: no .br or .gz beside it`);
    assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br is not the file`);
    assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz is not the file`);
  }
});

test("Pagefind's index files, gzip inside already, get no siblings; neither does _headers", () => {
  for (const file of files.filter((f) => /\.pf_(fragment|index|meta|filter)$|\.pagefind$|\/_headers$/.test(f))) {
    assert.ok(!existsSync(`${file}.br`) && !existsSync(`${file}.gz`), `${file} was compressed again`);
  }
});
