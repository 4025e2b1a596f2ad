/**
 * The built HTML is valid: the Nu HTML Checker (vnu-jar, run with Java) finds no
 * errors in any .html file under dist/. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// DIST_DIR lets the check run on another build output (default: dist/).
const DIST = resolve(process.env.DIST_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  }).sort();
}

/**
 * The checker's CSS grammar predates container queries (CSS Containment 3,
 * supported by every current browser; global.css's layouts query the page so
 * that they follow the reader's text size): these two messages, and only
 * these, are the checker's gap, not an error in the page.
 */
const CHECKER_GAPS = ['CSS: Unrecognized at-rule “@container”.*', 'CSS: “container”: Property “container” doesn.t exist.*'];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

test('dist/ has HTML files and the Nu HTML Checker finds no errors in them', () => {
  const files = htmlFiles(DIST);
  assert.ok(files.length > 0, `no .html files under ${DIST}: run \`npm run build\` first`);

  const require = createRequire(import.meta.url);
  const vnuJar = String(require('vnu-jar'));
  const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--filterpattern', CHECKER_GAPS.join('|'), '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.error, undefined, `could not run java: ${result.error?.message}`);

  // vnu writes its report to stderr; exit status 1 means "errors found".
  const raw = result.stderr.trim() || result.stdout.trim();
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(raw) as { messages: VnuMessage[] };
  } catch {
    assert.fail(`vnu did not print a JSON report (exit ${result.status}):\n${raw.slice(0, 4000)}`);
  }

  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const lines = errors.map((m) => {
    const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : '(unknown file)';
    const where = m.lastLine !== undefined ? `:${m.lastLine}${m.firstColumn !== undefined ? `:${m.firstColumn}` : ''}` : '';
    const extract = m.extract ? `\n    …${m.extract.replace(/\s+/g, ' ').slice(0, 160)}…` : '';
    return `${file}${where}: ${m.message}${extract}`;
  });
  if (lines.length > 0) console.error(lines.join('\n'));
  assert.equal(errors.length, 0, `${errors.length} HTML error(s) in ${files.length} file(s):\n${lines.join('\n')}`);
  assert.equal(result.status, 0, `vnu exited ${result.status} with no errors reported:\n${raw.slice(0, 4000)}`);
  console.log(`vnu: ${files.length} HTML file(s) checked, 0 errors`);
});
