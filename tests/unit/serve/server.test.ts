/** The server over HTTP, on a small site in a temporary folder (port chosen by the system). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { type Served, serveStatic } from '../../../scripts/serve-static.ts';

let dir: string;
let served: Served;
const PAGE = '<!doctype html><title>Chapter 3</title><p>Yudin</p>';

before(async () => {
  const outer = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(outer, 'secret.txt'), 'secret');
  dir = join(outer, 'site');
  mkdirSync(dir);
  mkdirSync(join(dir, 'chapter-3'));
  writeFileSync(join(dir, 'chapter-3/index.html'), PAGE);
  writeFileSync(join(dir, 'chapter-3/index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(dir, 'chapter-3/index.html.gz'), gzipSync(PAGE));
  writeFileSync(join(dir, 'plain.css'), 'p{margin:0}');
  writeFileSync(join(dir, 'x.pf_fragment'), gzipSync('{}'));
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n");
  served = await serveStatic({ root: dir, base: '/book/', port: 0 });
});
after(async () => {
  await served.close();
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: served.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('serve-static: the precompressed sibling by Accept-Encoding, with Content-Encoding, Vary and the type of the original', async () => {
  const br = await get('/book/chapter-3/', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(brotliDecompressSync(br.body).toString(), PAGE);
  const gz = await get('/book/chapter-3/index.html', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), PAGE);
  const plain = await get('/book/chapter-3/');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), PAGE);
  assert.equal(Number(plain.headers['content-length']), Buffer.byteLength(PAGE));
});

test('serve-static: a file without siblings goes as it is, without Vary; Pagefind files are not marked as encoded', async () => {
  const css = await get('/book/plain.css', { 'accept-encoding': 'br, gzip' });
  assert.equal(css.headers['content-encoding'], undefined);
  assert.equal(css.headers.vary, undefined);
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
  const fragment = await get('/book/x.pf_fragment', { 'accept-encoding': 'br, gzip' });
  assert.equal(fragment.headers['content-encoding'], undefined);
  assert.equal(fragment.headers['content-type'], 'application/octet-stream');
});

test('serve-static: security headers from _headers, which itself is not served', async () => {
  const page = await get('/book/chapter-3/');
  assert.equal(page.headers['content-security-policy'], "default-src 'self'");
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  const headersFile = await get('/book/_headers');
  assert.equal(headersFile.status, 404);
});

test('serve-static: 404.html for misses and outside the base; redirects to the slash; traversal refused; only GET and HEAD', async () => {
  const miss = await get('/book/chapter-9/');
  assert.equal(miss.status, 404);
  assert.match(miss.body.toString(), /Not found/);
  assert.equal(miss.headers['x-content-type-options'], 'nosniff');
  assert.equal((await get('/chapter-3/')).status, 404);
  const slash = await get('/book/chapter-3?x=1');
  assert.equal(slash.status, 301);
  assert.equal(slash.headers.location, '/book/chapter-3/?x=1');
  assert.equal((await get('/book')).headers.location, '/book/');
  // The URL parser already folds %2e%2e segments (then the path is outside the base); encoded slashes reach the resolver.
  for (const path of ['/book/%2e%2e/%2e%2e/etc/passwd', '/book/..%2f_headers', '/book/chapter-3%2f..%2f..%2fsecret.txt']) {
    const res = await get(path);
    assert.ok([400, 404].includes(res.status), `${path}: ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /secret|Content-Security/, path);
  }
  assert.equal((await get('/book/..%2f_headers')).status, 400);
  const head = await get('/book/chapter-3/', {}, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get('/book/chapter-3/', {}, 'POST')).status, 405);
});

test('serve-static: a taken port moves to the next free one when asked', async () => {
  const second = await serveStatic({ root: dir, port: served.port, nextFreePort: true });
  try {
    assert.notEqual(second.port, served.port);
    assert.match(second.url, new RegExp(`^http://localhost:${second.port}/$`));
  } finally {
    await second.close();
  }
  await assert.rejects(serveStatic({ root: dir, port: served.port }), /EADDRINUSE/);
});
