/**
 * `npm start`'s server, and the bench's: serves a built site as a static host
 * does. A file's precompressed sibling (`.br`, `.gz`, written by
 * src/integrations/precompress.ts) is sent by the request's Accept-Encoding,
 * with Content-Encoding and Vary; the security headers come from the site's
 * own `_headers`; a miss gets 404.html; BASE_PATH serves the site under a
 * sub-path. Loopback only unless HOST says otherwise.
 *
 *   node scripts/serve-static.ts [dir]    (PORT, default 4321 or the next free one; BASE_PATH; HOST)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { chooseEncoding, type Encoding } from './serve/accept-encoding.ts';
import { contentType } from './serve/content-types.ts';
import { headersFor, type HeaderRule, parseHeadersFile } from './serve/headers-file.ts';
import { normaliseBase, resolveRequestPath } from './serve/resolve-path.ts';

export interface ServeOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** When the port is taken, try the next ones (npm start); the bench wants its own port or an error. */
  nextFreePort?: boolean;
}

export interface Served {
  server: Server;
  port: number;
  /** The site's address, base path included. */
  url: string;
  close(): Promise<void>;
}

/** Configuration for hosts, not part of the site. */
const NOT_SERVED = new Set(['_headers', '_redirects']);
const SIBLINGS: [Exclude<Encoding, 'identity'>, string][] = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, extra: Record<string, string>): void {
  const available = SIBLINGS.filter(([, ext]) => isFile(file + ext)).map(([coding]) => coding);
  const encoding = chooseEncoding(req.headers['accept-encoding'], available);
  const sent = encoding === 'identity' ? file : file + SIBLINGS.find(([c]) => c === encoding)?.[1];
  const headers: Record<string, string | number> = {
    ...extra,
    'content-type': contentType(file),
    'content-length': statSync(sent).size,
    // Revalidate every time: this server is for looking at a fresh build.
    'cache-control': 'no-cache',
  };
  if (available.length > 0) headers.vary = 'Accept-Encoding';
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(sent).pipe(res);
}

export function handler(root: string, base: string, rules: readonly HeaderRule[]) {
  const notFound = join(root, '404.html');
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const missing = (sitePath: string) => {
      const extra = headersFor(rules, sitePath);
      if (isFile(notFound)) send(req, res, 404, notFound, extra);
      else res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    };
    const resolved = resolveRequestPath(url.pathname, base);
    if (resolved.kind === 'base-redirect') {
      res.writeHead(301, { location: `${base}${url.search}` }).end();
      return;
    }
    if (resolved.kind === 'bad-path') {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    if (resolved.kind === 'outside-base') return missing(url.pathname);
    const sitePath = `/${resolved.segments.join('/')}${resolved.directory && resolved.segments.length > 0 ? '/' : ''}`;
    let file = join(root, ...resolved.segments);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!resolved.directory) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (NOT_SERVED.has(basename(file)) || !isFile(file)) return missing(sitePath);
    send(req, res, 200, file, headersFor(rules, sitePath));
  };
}

function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), file) : [];
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      fail(e);
    };
    const onListening = () => {
      server.off('error', onError);
      ok((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function serveStatic(options: ServeOptions): Promise<Served> {
  const root = resolve(options.root);
  if (!existsSync(root)) throw new Error(`${options.root}: no such directory; run \`npm run build\` first`);
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const server = createServer(handler(root, base, readRules(root)));
  let port = options.port ?? 4321;
  for (let tries = 0; ; tries++) {
    try {
      port = await listen(server, port, host);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !options.nextFreePort || tries >= 50) throw e;
      port += 1;
    }
  }
  const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  return {
    server,
    port,
    url: `http://${shown}:${port}${base}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const served = await serveStatic({
    root,
    base: process.env.BASE_PATH ?? '/',
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
    nextFreePort: true,
  });
  console.log(`Serving ${root}/ at ${served.url} (precompressed files by Accept-Encoding; Ctrl+C stops)`);
}
