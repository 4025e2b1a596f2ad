/**
 * A small static file server for dist/ that compresses as a real host would
 * (gzip for text, wasm and the index), so the benchmark measures bytes on the
 * wire. Serves /404.html for anything missing. Loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.epub': 'application/epub+zip',
};
// Pagefind's index files are already gzip-compressed; compressing them again gains nothing.
const PRECOMPRESSED = new Set(['.pf_index', '.pf_fragment', '.pf_meta', '.pf_filter']);

export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/404.html';
    else path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const compress = !PRECOMPRESSED.has(ext) && ext !== '.woff2' && /gzip/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  await serveStatic(root, port);
  console.log(`serving ${root} at http://127.0.0.1:${port}/`);
}
