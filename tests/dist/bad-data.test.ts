/**
 * A malformed data file fails the build, naming the file and the bad field (or
 * the line and column of a JSON syntax error), and nothing is built from it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = mkdtempSync(join(tmpdir(), 'bad-data-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Build from a copy of content/ with one file changed; the build's exit code and output. */
function buildWith(file: string, change: (text: string) => string) {
  const content = mkdtempSync(join(root, 'content-'));
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
  const out = join(content, 'dist');
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, EDITION_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, built: existsSync(join(out, 'index.html')), content };
}

test('names.json with a field of the wrong kind: the build fails naming the file and the field', () => {
  const r = buildWith('names.json', (t) => t.replace('"kind": "place"', '"kind": "planet"'));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /names\.json: entries\[1\]\.kind: /);
  assert.equal(r.built, false);
});

test('changes.json cut short: the build fails naming the file and where the JSON breaks', () => {
  const r = buildWith(join('edition', 'changes.json'), (t) => t.slice(0, 2000));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /changes\.json: not valid JSON at line \d+, column \d+/);
  assert.equal(r.built, false);
});

test('a change record without its place: the build fails naming the change', () => {
  const r = buildWith(join('edition', 'changes.json'), (t) => t.replace(/,\s*"where": \{[^}]*\}/, ''));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /changes\.json: changes\[0\]\.where: /);
});
