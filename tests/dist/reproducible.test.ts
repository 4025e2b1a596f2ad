/**
 * Two builds of one commit give the same EPUB, byte for byte, and the same
 * service worker (whose cache version is a hash of every file it precaches, so
 * the same worker means the same site): this test builds the site once more,
 * into a temporary folder, and compares it with dist/. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SERVICE_WORKER_PATH } from '../../src/edition/addresses.ts';
import { epubFile } from '../support/epub.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

test('a second build gives a byte-identical EPUB and service worker', () => {
  assert.ok(existsSync(epubFile(DIST)), `${epubFile(DIST)} not found: run \`npm run build\` first`);
  const out = mkdtempSync(join(tmpdir(), 'second-build-'));
  try {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(build.status, 0, `the second build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
    assert.ok(readFileSync(epubFile(out)).equals(readFileSync(epubFile(DIST))), 'the two EPUBs differ');
    const sw = SERVICE_WORKER_PATH.slice(1);
    assert.equal(readFileSync(join(out, sw), 'utf8'), readFileSync(join(DIST, sw), 'utf8'), 'the two service workers differ: some file of the site is not reproducible');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
