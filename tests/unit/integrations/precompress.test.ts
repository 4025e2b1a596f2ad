import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { brotliQualityFor, candidate, precompress, precompressDirectory } from '../../../src/integrations/precompress.ts';

const prose = 'The Chinese leaders decided to enter the Korean War. '.repeat(40);

/** A small built site: text files of every kind, Pagefind's gzip-inside files, host configuration. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'chapter-3'));
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><p>${prose}</p>`);
  writeFileSync(join(dir, 'chapter-3/index.html'), `<!doctype html><p>${prose}毛泽东</p>`);
  writeFileSync(join(dir, 'search-ui.js'), `export const a = ${JSON.stringify(prose)};`);
  writeFileSync(join(dir, 'style.css'), `p { margin: 0 }\n`.repeat(30));
  writeFileSync(join(dir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><title>${prose}</title></svg>`);
  writeFileSync(join(dir, 'sitemap.xml'), `<urlset>${prose}</urlset>`);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: prose }));
  writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), JSON.stringify({ version: '1.6.0' }));
  writeFileSync(join(dir, 'pagefind/fragment/en_1.pf_fragment'), gzipSync(prose));
  writeFileSync(join(dir, 'pagefind/wasm.en.pagefind'), gzipSync(prose));
  writeFileSync(join(dir, 'font.woff2'), Buffer.from(prose));
  writeFileSync(join(dir, 'data.bin'), Buffer.from(prose));
  writeFileSync(join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  return dir;
}

const TEXT_FILES = ['index.html', 'chapter-3/index.html', 'search-ui.js', 'style.css', 'favicon.svg', 'sitemap.xml', 'robots.txt', 'manifest.webmanifest', 'pagefind/pagefind-entry.json'];

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

test('precompress integration: every text file gets a .br and a .gz that decompress to it; compressed and host files get none', async () => {
  const dir = site();
  const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  try {
    const logged: string[] = [];
    const hook = precompress({ cacheDir: cache }).hooks['astro:build:done'];
    assert.ok(hook);
    // The hook gets more than it reads; only `dir` and `logger` matter here.
    await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (m: string) => logged.push(m) } } as unknown as Parameters<typeof hook>[0]);
    for (const file of TEXT_FILES) {
      const original = readFileSync(join(dir, file));
      assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))), original, `${file}.br`);
      assert.deepEqual(gunzipSync(readFileSync(join(dir, `${file}.gz`))), original, `${file}.gz`);
    }
    // An unknown format is compressed when it gains (this one is text inside).
    assert.deepEqual(gunzipSync(readFileSync(join(dir, 'data.bin.gz'))), readFileSync(join(dir, 'data.bin')));
    const files = listing(dir);
    for (const left of ['pagefind/fragment/en_1.pf_fragment', 'pagefind/wasm.en.pagefind', 'font.woff2', '_headers']) {
      assert.ok(!files.includes(`${left}.br`) && !files.includes(`${left}.gz`), `${left} should be left as it is`);
    }
    assert.match(logged.join('\n'), /^precompress: 10 files, .* s CPU$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('precompressDirectory: reproducible; a second run compresses no .br or .gz again; the cache gives the same bytes', async () => {
  const a = site();
  const b = site();
  const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  try {
    await precompressDirectory(a, { cacheDir: false });
    const first = listing(a).map((f) => [f, readFileSync(join(a, f))] as const);
    const again = await precompressDirectory(a, { cacheDir: false });
    assert.deepEqual(listing(a), first.map(([f]) => f), 'no .br.br, .gz.gz or other new files');
    for (const [f, bytes] of first) assert.deepEqual(readFileSync(join(a, f)), bytes, f);
    assert.equal(again.files, 10);

    const cold = await precompressDirectory(b, { cacheDir: cache });
    const warm = await precompressDirectory(b, { cacheDir: cache });
    assert.equal(cold.cached, 0);
    assert.equal(warm.cached, warm.files);
    for (const [f, bytes] of first) assert.deepEqual(readFileSync(join(b, f)), bytes, `${f} from the cache`);
  } finally {
    for (const d of [a, b, cache]) rmSync(d, { recursive: true, force: true });
  }
});

test('candidate: text by extension, known compressed formats and host files never, others tried', () => {
  assert.equal(candidate('index.html'), true);
  assert.equal(candidate('pagefind.js'), true);
  assert.equal(candidate('site.webmanifest'), true);
  assert.equal(candidate('index.html.br'), false);
  assert.equal(candidate('font.woff2'), false);
  assert.equal(candidate('_headers'), false);
  assert.equal(candidate('en_1.pf_fragment'), undefined);
});

test('brotli quality: its best up to 512 kB, 10 above (where 11 triples the CPU for 1–2 % fewer bytes), or as fixed', () => {
  assert.equal(brotliQualityFor(170_000), 11);
  assert.equal(brotliQualityFor(512 * 1024), 11);
  assert.equal(brotliQualityFor(512 * 1024 + 1), 10);
  assert.equal(brotliQualityFor(4_700_000, 11), 11);
});
