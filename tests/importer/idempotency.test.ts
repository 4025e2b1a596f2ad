/**
 * Importing the real source is deterministic and the committed generated files are
 * current: a fresh import reproduces the generated directories of content/ byte for byte.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { filesOf, REAL_SOURCE, ROOT, runImport, snapshot } from './cli.ts';

/** sha256 of the excerpt as received (../shared/source/000_ac9d19b672abe505.txt). */
const SOURCE_SHA256 = 'f16148b3730f454f3c33e50a06e11360ef2fe5ffba7dfe5401bc6d8d37f38439';
const SHARED_SOURCE = join(ROOT, '../shared/source/000_ac9d19b672abe505.txt');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let out = '';
let first = new Map<string, Buffer | 'dir'>();
let second = new Map<string, Buffer | 'dir'>();

before(() => {
  out = mkdtempSync(join(tmpdir(), 'import-real-'));
  // Run from the project root with the default relative source path, as `npm run import` does,
  // so that the record names the source exactly as the committed one does.
  const a = runImport(REAL_SOURCE, out);
  assert.equal(a.status, 0, a.stderr);
  first = snapshot(out);
  const b = runImport(REAL_SOURCE, out);
  assert.equal(b.status, 0, b.stderr);
  second = snapshot(out);
});

after(() => rmSync(out, { recursive: true, force: true }));

test('two imports of the real source give identical bytes', () => {
  assert.deepEqual(filesOf(second), filesOf(first));
  for (const path of filesOf(first)) assert.ok((first.get(path) as Buffer).equals(second.get(path) as Buffer), `${path} differs between runs`);
});

/** The directories of content/ that the importer writes (everything else there is curated by hand). */
const GENERATED = ['chapters', 'documents', 'edition'];

test('the import writes exactly the committed generated files, and its manifest lists them', () => {
  const committed = GENERATED.flatMap((dir) => filesOf(snapshot(join(ROOT, 'content', dir))).map((p) => `${dir}/${p}`)).sort();
  assert.deepEqual(filesOf(first), [...committed, 'import-manifest.json'].sort());
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'import-manifest.json'), 'utf8')).files, committed);
});

test('every committed generated file equals the fresh import byte for byte', () => {
  for (const path of filesOf(first)) {
    const fresh = first.get(path) as Buffer;
    const committed = readFileSync(join(ROOT, 'content', path));
    assert.ok(fresh.equals(committed), `content/${path} is stale: run npm run import`);
  }
});

test('the project copy of the source is the excerpt as received', () => {
  const expected = existsSync(SHARED_SOURCE) ? sha256(SHARED_SOURCE) : SOURCE_SHA256;
  assert.equal(sha256(join(ROOT, REAL_SOURCE)), expected);
});
