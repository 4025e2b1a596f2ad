import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { caddySnippet, type Header, headersFile, nginxInclude, securityHeaderList } from '../../src/integrations/server-headers.ts';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/='; base-uri 'none'; frame-ancestors 'none'";
const headers = securityHeaderList(CSP);

/** Each host's file read back as a host would: name → value. */
const fromHeadersFile = (text: string): Header[] => [...text.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((m) => [m[1], m[2]]);
const fromNginx = (text: string): Header[] => [...text.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
const fromCaddy = (text: string): Header[] => {
  const block = /^header \{\n([\s\S]*?)\n\}$/m.exec(text)?.[1] ?? '';
  return [...block.matchAll(/^\t([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]);
};

test('the security headers: the policy, a referrer policy, no MIME sniffing', () => {
  assert.deepEqual(headers.map(([n]) => n), ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
});

test('_headers, the nginx include and the Caddy snippet carry the same headers, the same policy', () => {
  assert.deepEqual(fromHeadersFile(headersFile(headers)), headers);
  assert.deepEqual(fromNginx(nginxInclude(headers)), headers);
  assert.deepEqual(fromCaddy(caddySnippet(headers)), headers);
  assert.match(headersFile(headers), /^\/\*\n/);
});

test('a header value that would break out of its quotes is refused', () => {
  assert.throws(() => nginxInclude([['X-Test', 'a"; add_header X-Evil "1']]), /a header value with a quote/);
  assert.throws(() => caddySnippet([['X-Test', 'line\nbreak']]), /a header value with a quote/);
});

test('the sample server configs take their headers from the build, and set none of their own', () => {
  const nginx = readFileSync('deploy/nginx.conf', 'utf8');
  assert.match(nginx, /^\s*include \/srv\/edition\/security-headers\.nginx\.conf;$/m);
  assert.doesNotMatch(nginx.replace(/^\s*#.*$/gm, ''), /add_header|Content-Security-Policy/);
  const caddy = readFileSync('deploy/Caddyfile', 'utf8');
  assert.match(caddy, /^\s*import \/srv\/edition\/security-headers\.caddy$/m);
  assert.doesNotMatch(caddy.replace(/^\s*#.*$/gm, ''), /^\s*header\b|Content-Security-Policy/m);
});
