/**
 * The built EPUB (dist/<title>.epub): EPUBCheck passes it without an error or a
 * warning; opened, it holds the 170 note markers linked both ways to their
 * notes, every paragraph of the site with the same words, the telegram in
 * Chinese with its struck passage, the index of names with the site's links,
 * the navigation and the accessibility metadata; and the pages that offer it
 * give its real size. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { epubPath, nameEntryId, nameEntryPath, noteId, noteRefId, parseParagraphId } from '../../src/edition/addresses.ts';
import { CLASS } from '../../src/edition/markup.ts';
import { abbreviations, book, changeRecord, glossary, names } from '../../src/lib/edition-data.ts';
import { fileSize } from '../../src/lib/file-size.ts';
import { readDocuments } from '../../src/lib/outline-files.ts';
import { elements, epubFile, epubType, hasClass, openEpub, textOf } from '../support/epub.ts';
import { CHAPTERS, TOTAL_NOTES } from '../support/site.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const FILE = epubFile(DIST);
const epub = existsSync(FILE) ? openEpub(FILE) : undefined;
const opened = () => epub ?? assert.fail(`${FILE} not found: run \`npm run build\` first`);

const OPF = 'EPUB/package.opf';
const chapterDoc = (n: number) => `EPUB/chapter-${n}.xhtml`;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const site = (path: string) => fromHtml(readFileSync(join(DIST, path), 'utf8'));

/** EPUBCheck: Debian's package installs a jar (run by Java); elsewhere `epubcheck` may be a script. */
function epubcheck(file: string, report: string) {
  const found = spawnSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' }).stdout.trim();
  const target = found ? realpathSync(found) : '/usr/share/java/epubcheck.jar';
  const [cmd, ...args] = target.endsWith('.jar') ? ['java', '-jar', target] : [target];
  return spawnSync(cmd, [...args, file, '--json', report], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('EPUBCheck reports no error and no warning', () => {
  opened();
  const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
  try {
    const run = epubcheck(FILE, join(dir, 'report.json'));
    assert.equal(run.error, undefined, `could not run EPUBCheck (apt-get install epubcheck): ${run.error?.message}`);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      checker: { nFatal: number; nError: number; nWarning: number; checkerVersion: string };
      messages: { ID: string; severity: string; message: string; locations: { path: string; line: number; column: number }[] }[];
    };
    const problems = report.messages
      .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
      .map((m) => `${m.severity} ${m.ID}: ${m.message} (${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(', ')})`);
    assert.deepEqual(problems, [], `EPUBCheck ${report.checker.checkerVersion}`);
    assert.deepEqual([report.checker.nFatal, report.checker.nError, report.checker.nWarning], [0, 0, 0]);
    assert.equal(run.status, 0, run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the container: mimetype first and stored, then the container file naming the package', () => {
  const { raw, text } = opened();
  const view = new DataView(raw.buffer, raw.byteOffset);
  assert.equal(view.getUint32(0, true), 0x04034b50, 'a ZIP local file header first');
  assert.equal(view.getUint16(8, true), 0, 'mimetype stored, not compressed');
  const nameLength = view.getUint16(26, true);
  assert.equal(view.getUint16(28, true), 0, 'no extra field before the mimetype');
  assert.equal(new TextDecoder().decode(raw.subarray(30, 30 + nameLength)), 'mimetype');
  assert.equal(new TextDecoder().decode(raw.subarray(30 + nameLength, 30 + nameLength + 20)), 'application/epub+zip');
  assert.match(text('META-INF/container.xml'), /full-path="EPUB\/package.opf"/);
});

test('the package: the book, a stable identifier, a reproducible date, and the accessibility metadata', () => {
  const { xml } = opened();
  const opf = xml(OPF);
  const metadata = elements(opf, (e) => e.name === 'metadata')[0];
  const dc = (name: string) => elements(metadata, (e) => e.name === `dc:${name}`).map((e) => textOf(e));
  const meta = (property: string) => elements(metadata, (e) => e.name === 'meta' && e.attributes.property === property).map((e) => textOf(e));
  assert.deepEqual(dc('title'), [book.title]);
  assert.deepEqual(dc('creator'), [book.author]);
  assert.deepEqual(dc('publisher'), [book.publisher]);
  assert.deepEqual(dc('language'), ['en', 'zh-Hant']);
  assert.match(dc('identifier')[0], /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(meta('belongs-to-collection'), [book.series]);
  assert.match(meta('dcterms:modified')[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // EPUB Accessibility 1.1 §5: discovery metadata and the conformance claim.
  assert.deepEqual(meta('schema:accessMode'), ['textual']);
  assert.deepEqual(meta('schema:accessModeSufficient'), ['textual']);
  assert.ok(meta('schema:accessibilityFeature').includes('structuralNavigation'));
  assert.ok(meta('schema:accessibilityFeature').includes('tableOfContents'));
  assert.ok(meta('schema:accessibilityFeature').includes('index'));
  assert.deepEqual(meta('schema:accessibilityHazard'), ['none']);
  const [summary] = meta('schema:accessibilitySummary');
  assert.match(summary, /170 note markers/);
  assert.match(summary, /not in the excerpt/);
  assert.deepEqual(meta('dcterms:conformsTo'), ['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
});

test('170 noterefs, each linked both ways to its footnote, which is honest about the missing text', () => {
  const { xml } = opened();
  let total = 0;
  for (const chapter of CHAPTERS) {
    const doc = xml(chapterDoc(chapter.number));
    const refs = elements(doc, (e) => epubType(e).includes('noteref'));
    const notes = new Map(elements(doc, (e) => epubType(e).includes('footnote')).map((e) => [String(e.attributes.id), e]));
    const ids = new Set(elements(doc, (e) => e.attributes.id !== undefined).map((e) => String(e.attributes.id)));
    assert.deepEqual(refs.map((r) => Number(textOf(r))), chapter.notes, `chapter ${chapter.number}: the book's note numbers, in order`);
    for (const ref of refs) {
      const n = Number(textOf(ref));
      assert.equal(ref.attributes.id, noteRefId(n));
      assert.equal(ref.attributes.href, `#${noteId(n)}`);
      assert.equal(ref.attributes.role, 'doc-noteref');
      const note = notes.get(noteId(n));
      assert.ok(note, `chapter ${chapter.number}: note ${n} is there`);
      assert.equal(note.name, 'aside');
      const back = elements(note, (e) => e.attributes.role === 'doc-backlink');
      assert.equal(back.length, 1);
      assert.equal(back[0].attributes.href, `#${noteRefId(n)}`);
      assert.ok(ids.has(noteRefId(n)));
      assert.match(textOf(note), /The text of this note is not in the excerpt\./, `chapter ${chapter.number}, note ${n}`);
    }
    assert.equal(notes.size, refs.length, `chapter ${chapter.number}: a note for each marker and no other`);
    total += refs.length;
  }
  assert.equal(total, TOTAL_NOTES);
});

test('every paragraph of the site is in the EPUB, with the same words', () => {
  const { xml } = opened();
  for (const chapter of CHAPTERS) {
    const page = site(join(chapter.path, 'index.html'));
    const ours = new Map(
      elements(xml(chapterDoc(chapter.number)), (e) => typeof e.attributes.id === 'string' && parseParagraphId(String(e.attributes.id)) !== null).map((e) => [String(e.attributes.id), squash(textOf(e))]),
    );
    const theirs = (selectAll('article p[id], article blockquote[id]', page) as HastElement[]).filter((e) => parseParagraphId(String(e.properties.id)) !== null);
    assert.ok(theirs.length > 0);
    assert.equal(ours.size, theirs.length, `chapter ${chapter.number}: as many paragraphs`);
    for (const p of theirs) {
      const copy = structuredClone(p);
      remove(copy, (n) => n.type === 'element' && [CLASS.sidenote, CLASS.pilcrow].some((c) => ([] as unknown[]).concat((n as HastElement).properties.className ?? []).includes(c)));
      assert.equal(ours.get(String(p.properties.id)), squash(toText(copy, { whitespace: 'pre' })), `${chapter.path}#${p.properties.id}`);
    }
  }
});

test('the telegram: its own document, in Chinese (zh-Hant), with its struck passage', () => {
  const { xml } = opened();
  for (const doc of readDocuments()) {
    const tree = xml(`EPUB/${doc.id}.xhtml`);
    const html = elements(tree, (e) => e.name === 'html')[0];
    assert.equal(html.attributes.lang, 'zh-Hant');
    assert.equal(html.attributes['xml:lang'], 'zh-Hant');
    // The struck passage, as the site's page of the document gives it.
    const struck = (selectAll('del', site(`documents/${doc.id}/index.html`)) as HastElement[]).map((d) => toText(d));
    assert.ok(struck.length > 0 && struck[0].length > 20);
    assert.deepEqual(elements(tree, (e) => e.name === 'del').map((d) => textOf(d)), struck);
    // The English caption is marked as English; the chapter links to the document, and it back.
    const caption = elements(tree, (e) => e.name === 'figcaption')[0];
    assert.equal(caption.attributes.lang, 'en');
    assert.ok(elements(tree, (e) => e.name === 'a' && e.attributes.href === `chapter-${doc.data.chapter}.xhtml#${doc.id}`).length === 1);
    assert.ok(elements(xml(chapterDoc(doc.data.chapter)), (e) => e.name === 'a' && e.attributes.href === `${doc.id}.xhtml`).length === 1);
  }
});

test('the index of names: every entry, linked to the very paragraphs the site’s index links to', () => {
  const { xml } = opened();
  const tree = xml('EPUB/names.xhtml');
  assert.ok(elements(tree, (e) => epubType(e).includes('index')).length === 1);
  const entries = elements(tree, (e) => epubType(e).includes('index-entry'));
  assert.equal(entries.length, names.length);
  let links = 0;
  for (const entry of entries) {
    const id = String(entry.attributes.id);
    const ours = elements(entry, (e) => e.name === 'a').map((a) => String(a.attributes.href).replace(/^chapter-(\d+)\.xhtml#/, '/chapter-$1/#'));
    // The site's entry is on its letter's page; its paragraph links carry a text fragment that marks the name.
    const named = names.find((n) => nameEntryId(n.id) === id)!;
    const theirs = site(`${nameEntryPath(named).slice(1).split('#')[0]}index.html`);
    const siteLinks = (selectAll(`li#${id} .subentries a`, theirs) as HastElement[])
      .map((a) => String(a.properties.href).split(':~:')[0]!)
      .filter((href) => parseParagraphId(href.split('#')[1] ?? '') !== null);
    assert.deepEqual(ours, siteLinks, id);
    links += ours.length;
  }
  assert.ok(links > 100, `${links} links`);
  const yudin = entries.find((e) => e.attributes.id === 'name-yudin');
  assert.ok(yudin && elements(yudin, (e) => e.name === 'a').length > 0);
});

test('the glossary and the editorial changes are there, and the navigation reaches every chapter and section', () => {
  const { xml } = opened();
  const glossaryTree = xml('EPUB/glossary.xhtml');
  assert.equal(elements(glossaryTree, (e) => e.name === 'dt').length, abbreviations.length + glossary.pinyin.length);
  const about = xml('EPUB/about.xhtml');
  assert.equal(elements(about, (e) => e.name === 'ol' && hasClass(e, 'change-list')).flatMap((ol) => elements(ol, (e) => e.name === 'li')).length, changeRecord.changes.length);

  const nav = xml('EPUB/nav.xhtml');
  const toc = elements(nav, (e) => epubType(e).includes('toc'))[0];
  const hrefs = elements(toc, (e) => e.name === 'a').map((a) => String(a.attributes.href));
  for (const chapter of CHAPTERS) assert.ok(hrefs.includes(`chapter-${chapter.number}.xhtml`));
  for (const h2 of elements(xml(chapterDoc(3)), (e) => e.name === 'h2')) assert.ok(hrefs.includes(`chapter-3.xhtml#${h2.attributes.id}`), String(h2.attributes.id));
  for (const file of ['names.xhtml', 'glossary.xhtml', 'about.xhtml', 'telegram-1950-10-02.xhtml']) assert.ok(hrefs.includes(file), file);
  const landmarks = elements(elements(nav, (e) => epubType(e).includes('landmarks'))[0], (e) => e.name === 'a').map((a) => epubType(a)[0]);
  assert.deepEqual(landmarks, ['cover', 'titlepage', 'toc', 'bodymatter', 'index', 'glossary']);
});

test('the home page and every chapter page offer the EPUB with its real size', () => {
  const size = fileSize(statSync(FILE).size);
  for (const path of ['index.html', ...CHAPTERS.map((c) => join(c.path, 'index.html'))]) {
    const links = (selectAll('a[type="application/epub+zip"]', site(path)) as HastElement[]);
    assert.equal(links.length, 1, path);
    assert.equal(links[0].properties.href, epubPath(book.title));
    assert.equal(toText(links[0]), `Download EPUB (${size})`, path);
  }
});
