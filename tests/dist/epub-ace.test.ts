/**
 * Ace by DAISY, the EPUB accessibility checker (axe-core in a browser, plus
 * its own checks of the package and the navigation), run on the system
 * Chromium, finds no violation in the built EPUB. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/ensure-chromium.ts';
import { epubFile } from '../support/epub.ts';

interface Assertion {
  'earl:test': { 'dct:title': string; 'earl:impact': string };
  'earl:result': { 'earl:outcome': string; 'dct:description': string; 'earl:pointer'?: { css?: string[] } };
}
interface Report {
  'earl:result': { 'earl:outcome': string };
  assertions: { 'earl:testSubject': { url: string }; assertions: Assertion[] }[];
}

test('Ace by DAISY finds no accessibility violation in the EPUB', () => {
  const file = epubFile(process.env.DIST_DIR ?? 'dist');
  assert.ok(existsSync(file), `${file} not found: run \`npm run build\` first`);
  const chromium = findChromium();
  assert.ok(chromium, NO_CHROMIUM_MESSAGE);
  const ace = join(dirname(createRequire(import.meta.url).resolve('@daisy/ace/package.json')), 'bin', 'ace-puppeteer.js');
  const out = mkdtempSync(join(tmpdir(), 'ace-'));
  try {
    // Ace drives Chromium through Puppeteer, which takes the browser from this variable instead of downloading its own.
    const run = spawnSync(process.execPath, [ace, '--silent', '--force', '--outdir', out, file], {
      encoding: 'utf8',
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(existsSync(join(out, 'report.json')), `Ace wrote no report (exit ${run.status}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const violations = report.assertions.flatMap((doc) =>
      doc.assertions
        .filter((a) => a['earl:result']['earl:outcome'] === 'fail')
        .map((a) => `${doc['earl:testSubject'].url}: ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']}): ${a['earl:result']['dct:description']} ${a['earl:result']['earl:pointer']?.css?.join(' ') ?? ''}`),
    );
    assert.deepEqual(violations, []);
    assert.equal(report['earl:result']['earl:outcome'], 'pass');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
