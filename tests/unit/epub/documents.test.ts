/**
 * The EPUB's documents, each from plain data: well-formed XML (parsed back as
 * XML), with the structure and metadata a reading system relies on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromXml } from 'xast-util-from-xml';
import type { SectionFrontmatter } from '../../../src/edition/formats/section.ts';
import type { ChapterOutline } from '../../../src/edition/outline.ts';
import { chapterDocument } from '../../../src/integrations/epub/chapter.ts';
import { navDocument } from '../../../src/integrations/epub/nav.ts';
import { footnote } from '../../../src/integrations/epub/notes.ts';
import { containerXml, packageDocument } from '../../../src/integrations/epub/package-document.ts';
import type { RenderedSection } from '../../../src/integrations/epub/render.ts';
import { coverDocument, titlePageDocument } from '../../../src/integrations/epub/title-pages.ts';
import { elements, epubType, textOf } from '../../support/epub.ts';

const fm = (over: Partial<SectionFrontmatter>): SectionFrontmatter => ({
  chapter: 4, chapterTitle: null, section: null, sectionId: null, order: 0, firstParagraph: 1, paragraphCount: 1, abbreviationsBefore: [], ...over,
});
const chapter: ChapterOutline<RenderedSection> = {
  number: 4,
  title: null,
  opensMidChapter: true,
  endsMidSentence: true,
  sections: [
    { data: fm({}), nodes: [{ type: 'element', tagName: 'p', properties: { id: 'p4-1' }, children: [{ type: 'text', value: 'Text & more' }] }], paragraphs: [], notes: [1], photographs: 0 },
    { data: fm({ section: 'A “Section”', sectionId: 'a-section', order: 1, firstParagraph: 2 }), nodes: [], paragraphs: [], notes: [2], photographs: 0 },
  ],
};

test('footnote: linked back to its marker; the supplied text, or that the excerpt lacks it', () => {
  const missing = footnote(5, null);
  assert.equal(missing.properties.id, 'note-5');
  assert.equal(missing.properties['epub:type'], 'footnote');
  assert.equal(missing.properties.role, 'doc-footnote');
  const back = missing.children[0].type === 'element' ? missing.children[0].children[0] : undefined;
  assert.ok(back?.type === 'element' && back.properties.href === '#note-ref-5' && back.properties.role === 'doc-backlink');
  assert.match(JSON.stringify(missing), /The text of this note is not in the excerpt\./);
  assert.match(JSON.stringify(footnote(5, 'See Chen, 2001.')), /See Chen, 2001\./);
});

test('chapterDocument: well-formed XHTML; the edition’s label, notes after their section, the excerpt’s end', () => {
  const tree = fromXml(chapterDocument(chapter, (n) => (n === 2 ? 'A supplied text.' : null)));
  const html = elements(tree, (e) => e.name === 'html')[0];
  assert.equal(html.attributes.xmlns, 'http://www.w3.org/1999/xhtml');
  assert.equal(html.attributes['xmlns:epub'], 'http://www.idpf.org/2007/ops');
  assert.equal(textOf(elements(tree, (e) => e.name === 'h1')[0]), 'Chapter 4');
  assert.equal(elements(tree, (e) => e.name === 'h1')[0].attributes.class, 'edition');
  assert.match(textOf(tree), /The excerpt opens partway through this chapter/);
  assert.match(textOf(tree), /the edition supplies 1 of the 2/);
  assert.match(textOf(tree), /Text & more/);
  const section = elements(tree, (e) => e.name === 'section' && e.attributes.class === 'section')[0];
  assert.deepEqual(elements(section, (e) => epubType(e).includes('footnote')).map((a) => a.attributes.id), ['note-2']);
  assert.match(textOf(elements(tree, (e) => e.attributes.class === 'excerpt-end edition')[0]), /ends here, in mid-sentence/);
});

test('navDocument: the contents with every section, and the landmarks', () => {
  const tree = fromXml(navDocument([chapter], [{ id: 'doc', chapter: 4, title: 'A document' }]));
  const toc = elements(tree, (e) => epubType(e).includes('toc'))[0];
  assert.deepEqual(
    elements(toc, (e) => e.name === 'a').map((a) => [a.attributes.href, textOf(a)]),
    [
      ['title-page.xhtml', 'Title page'],
      ['chapter-4.xhtml', 'Chapter 4'],
      ['chapter-4.xhtml#a-section', 'A “Section”'],
      ['doc.xhtml', 'A document'],
      ['names.xhtml', 'Index of names'],
      ['glossary.xhtml', 'Abbreviations and Chinese terms'],
      ['about.xhtml', 'About this edition'],
    ],
  );
  const landmarks = elements(tree, (e) => epubType(e).includes('landmarks'))[0];
  assert.equal(landmarks.attributes.hidden, '');
  assert.deepEqual(elements(landmarks, (e) => e.name === 'a').map((a) => a.attributes['epub:type']), ['cover', 'titlepage', 'toc', 'bodymatter', 'index', 'glossary']);
});

test('cover and title page: the title page’s own words', () => {
  const page = { series: 'A Series', seriesEditor: 'An Editor, editor', title: ['A Title', 'in Two Lines'], author: 'An Author', imprint: ['A Press', 'A Place'] };
  const cover = fromXml(coverDocument(page));
  assert.equal(elements(cover, (e) => e.name === 'body')[0].attributes['epub:type'], 'cover');
  assert.equal(textOf(elements(cover, (e) => e.attributes.class === 'cover-title')[0]), 'A Titlein Two Lines');
  const title = fromXml(titlePageDocument(page));
  assert.deepEqual(elements(title, (e) => e.name === 'p' || e.name === 'h1').map((e) => textOf(e)), ['A Series', 'An Editor, editor', 'A Titlein Two Lines', 'An Author', 'A PressA Place']);
});

test('packageDocument: escaped data, the accessibility metadata, the spine with non-linear items', () => {
  const opf = packageDocument({
    book: { author: 'A & B', title: 'T <1>', series: 'S', place: 'P', publisher: 'Pub', year: 2001 },
    identifier: 'urn:uuid:x',
    modified: '2024-01-01T00:00:00Z',
    description: 'D',
    languages: ['en', 'zh-Hant'],
    accessibilitySummary: 'Summary.',
    features: ['tableOfContents'],
    items: [
      { href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav', spine: 'linear' },
      { href: 'doc.xhtml', mediaType: 'application/xhtml+xml', spine: 'nonlinear' },
      { href: 'edition.css', mediaType: 'text/css' },
    ],
  });
  const tree = fromXml(opf);
  const meta = (p: string) => elements(tree, (e) => e.name === 'meta' && e.attributes.property === p).map((e) => textOf(e));
  assert.deepEqual(elements(tree, (e) => e.name === 'dc:creator').map((e) => textOf(e)), ['A & B']);
  assert.deepEqual(elements(tree, (e) => e.name === 'dc:title').map((e) => textOf(e)), ['T <1>']);
  assert.deepEqual(meta('dcterms:conformsTo'), ['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
  assert.deepEqual(meta('schema:accessibilityHazard'), ['none']);
  assert.deepEqual(elements(tree, (e) => e.name === 'itemref').map((e) => [e.attributes.idref, e.attributes.linear]), [['nav-xhtml', undefined], ['doc-xhtml', 'no']]);
  assert.match(containerXml(), /full-path="EPUB\/package.opf" media-type="application\/oebps-package\+xml"/);
});
