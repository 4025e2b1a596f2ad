/**
 * The importer owns only what it wrote (its manifest, import-manifest.json):
 * it keeps everything else in the output folder, deletes only its own files
 * that a new import no longer writes, and names the path and the problem for
 * an output folder it must not or cannot use, or a source that is not a file.
 */
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importCommand } from '../../scripts/importer/command.ts';
import { filesOf, MINI_SOURCE, REAL_SOURCE, ROOT, snapshot } from './cli.ts';

const DATA = ['--italics', 'content/editorial/italics.json', '--names', 'content/names.json', '--glossary', 'content/glossary.json'].map((a) => (a.startsWith('--') ? a : join(ROOT, a)));

let work = '';
let mini = '';

async function run(source: string, out: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await importCommand(['--source', source, '--out', out, ...DATA], { log: (l) => stdout.push(l), error: (l) => stderr.push(l) });
  return { status, stdout, stderr };
}

/** Expect a refusal: exit 1, one line `import: PATH: problem`, and nothing changed under `watch`. */
async function refused(source: string, out: string, path: string, problem: RegExp, watch = work) {
  const before = snapshot(watch);
  const r = await run(source, out);
  assert.equal(r.status, 1, r.stdout.join('\n'));
  assert.equal(r.stderr.length, 1);
  assert.ok(r.stderr[0].startsWith(`import: ${path}: `), r.stderr[0]);
  assert.match(r.stderr[0].slice(`import: ${path}: `.length), problem);
  assert.deepEqual(snapshot(watch), before, 'nothing written or deleted');
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'import-output-'));
  mkdirSync(join(work, 'sources'));
  mini = join(work, 'sources', 'mini.txt');
  cpSync(MINI_SOURCE, mini);
});

after(() => {
  chmodSync(work, 0o755);
  rmSync(work, { recursive: true, force: true });
});

test('files the importer did not write survive an import, even inside its own folders', async () => {
  const out = join(work, 'keeps');
  mkdirSync(join(out, 'chapters'), { recursive: true });
  writeFileSync(join(out, 'chapters', 'thesis.docx'), 'the editor’s thesis');
  mkdirSync(join(out, 'edition'));
  writeFileSync(join(out, 'edition', 'notes.txt'), 'notes');
  const r = await run(mini, out);
  assert.equal(r.status, 0, r.stderr.join('\n'));
  assert.equal(readFileSync(join(out, 'chapters', 'thesis.docx'), 'utf8'), 'the editor’s thesis');
  assert.equal(readFileSync(join(out, 'edition', 'notes.txt'), 'utf8'), 'notes');
});

test('an import deletes its own files that the new one does not write, and the folders they leave empty, nothing else', async () => {
  const out = join(work, 'stale');
  assert.equal((await run(join(ROOT, REAL_SOURCE), out)).status, 0);
  assert.ok(existsSync(join(out, 'chapters/chapter-4/00-opening.mdx')));
  writeFileSync(join(out, 'chapters', 'chapter-3', 'editor.txt'), 'mine');
  const r = await run(mini, out);
  assert.equal(r.status, 0, r.stderr.join('\n'));
  const manifest = JSON.parse(readFileSync(join(out, 'import-manifest.json'), 'utf8')) as { files: string[] };
  assert.deepEqual(
    filesOf(snapshot(out)),
    [...manifest.files, 'chapters/chapter-3/editor.txt', 'import-manifest.json'].sort(),
  );
  assert.ok(!existsSync(join(out, 'chapters/chapter-4')), 'the emptied chapter-4 folder is gone');
  assert.ok(!existsSync(join(out, 'documents')), 'the emptied documents folder is gone');
});

test('a file at a generated path that the importer did not write is not overwritten', async () => {
  const out = join(work, 'foreign');
  mkdirSync(join(out, 'edition'), { recursive: true });
  writeFileSync(join(out, 'edition', 'title-page.json'), '{"mine": true}\n');
  await refused(mini, out, join(out, 'edition', 'title-page.json'), /exists and was not written by the importer \(it is not in import-manifest\.json\): move it away first$/);
});

test('an output folder inside the source’s folder is refused', async () => {
  await refused(mini, join(work, 'sources', 'gen'), join(work, 'sources', 'gen'), /the output folder is inside the source's folder .*: choose a folder outside it$/);
  await refused(join(ROOT, REAL_SOURCE), join(ROOT, 'content/source/gen'), join(ROOT, 'content/source/gen'), /inside the source's folder/, join(ROOT, 'content/source'));
});

test('an output that is a file is refused', async () => {
  writeFileSync(join(work, 'a-file'), 'x');
  await refused(mini, join(work, 'a-file'), join(work, 'a-file'), /is a file, not a folder/);
});

test('a file where the import needs a folder, or a folder where it writes a file, is named', async () => {
  const out = join(work, 'in-the-way');
  mkdirSync(out);
  writeFileSync(join(out, 'chapters'), 'a file called chapters');
  await refused(mini, out, join(out, 'chapters'), /is a file where the import needs a folder/);
  rmSync(join(out, 'chapters'));
  mkdirSync(join(out, 'edition', 'changes.json'), { recursive: true });
  await refused(mini, out, join(out, 'edition', 'changes.json'), /is in the way: the import writes a file here$/);
});

test('a folder given as the source, or a missing source, is named', async () => {
  await refused(join(work, 'sources'), join(work, 'out-x'), join(work, 'sources'), /^is a folder, not a file$/);
  await refused(join(work, 'sources', 'missing.txt'), join(work, 'out-x'), join(work, 'sources', 'missing.txt'), /^no such file or folder$/);
});

test('an output folder that cannot be written is named', async (t) => {
  // Root writes through file permissions: use a read-only file system for it when there is one.
  const root = process.getuid?.() === 0;
  if (root && !existsSync('/sys/kernel')) return t.skip('running as root with no read-only file system to write to');
  const readOnly = root ? '/sys/kernel' : join(work, 'read-only');
  if (!root) {
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
  }
  const r = await run(mini, join(readOnly, 'edition'));
  assert.equal(r.status, 1);
  assert.match(r.stderr[0], new RegExp(`^import: ${readOnly}(?:/edition)?: cannot be written to \\(permission denied or read-only\\)$`));
  assert.ok(!existsSync(join(readOnly, 'edition')));
});

test('a manifest that names a path outside the output folder is an error naming the manifest', async () => {
  const out = join(work, 'bad-manifest');
  mkdirSync(out);
  writeFileSync(join(out, 'import-manifest.json'), JSON.stringify({ files: ['../sources/mini.txt'] }));
  await refused(mini, out, join(out, 'import-manifest.json'), /files\[0\]: a relative path inside the output folder/);
  assert.equal(readFileSync(mini, 'utf8'), readFileSync(MINI_SOURCE, 'utf8'));
});
