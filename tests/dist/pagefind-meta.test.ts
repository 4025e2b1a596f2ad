/** Pagefind's metadata as the build reads it (src/integrations/pagefind-meta.ts), held to the index Pagefind wrote. Run after `npm run build`. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { indexChunks } from '../../src/integrations/pagefind-meta.ts';

test('the built index’s metadata lists every chunk file it has', () => {
  const dir = 'dist/pagefind';
  const file = readdirSync(dir).find((f) => f.endsWith('.pf_meta'));
  assert.ok(file);
  const chunks = indexChunks(readFileSync(`${dir}/${file}`));
  assert.deepEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort(), readdirSync(`${dir}/index`).sort());
});
