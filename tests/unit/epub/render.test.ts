/**
 * The EPUB's rendering of the text's MDX: the site's plugins (ids, abbreviations)
 * and the components as EPUB markup; bad MDX fails naming the file and line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { SectionFrontmatter } from '../../../src/edition/formats/section.ts';
import type { DocumentFile, SectionFile } from '../../../src/lib/outline-files.ts';
import { renderDocument, renderSection } from '../../../src/integrations/epub/render.ts';

const abbreviations = [{ term: 'CCP', expansion: 'Chinese Communist Party' }];
const telegram: DocumentFile = {
  id: 'telegram',
  file: 'content/documents/telegram.mdx',
  data: { chapter: 3, caption: 'A telegram.', credit: 'CCP Central Archives.', lang: 'zh-Hant' },
  body: '\n甲~~乙丙~~丁。\n',
};
const ctx = { abbreviations, documents: new Map([[telegram.id, telegram]]) };

function section(body: string, over: Partial<SectionFrontmatter> = {}): SectionFile {
  return {
    file: 'content/chapters/chapter-3/01-a-section.mdx',
    data: { chapter: 3, chapterTitle: 'A Chapter', section: 'A Section', sectionId: 'a-section', order: 1, firstParagraph: 5, paragraphCount: 2, abbreviationsBefore: [], ...over },
    body,
  };
}
const html = (nodes: ElementContent[]) => toHtml(nodes, { allowDangerousCharacters: true });

test('renderSection: the site’s ids and abbreviations, no self-links, note markers as EPUB noterefs', async () => {
  const r = await renderSection(section('\n## A Section\n\nThe CCP met.<Sidenote chapter={3} n={7} />\n\n> Quoted, by the CCP.<Sidenote chapter={3} n={8} />\n'), ctx);
  const out = html(r.nodes);
  assert.match(out, /<h2 id="a-section">A Section<\/h2>/);
  assert.match(out, /<p id="p3-5">The <abbr title="Chinese Communist Party">CCP<\/abbr><span class="abbr-expansion"> \[Chinese Communist Party\]<\/span> met\.<a class="note-ref" id="note-ref-7" href="#note-7" epub:type="noteref" role="doc-noteref">7<\/a><\/p>/);
  assert.match(out, /<blockquote id="p3-6">/);
  assert.doesNotMatch(out, /pilcrow|permalink|¶|data-pagefind/);
  assert.deepEqual(r.notes, [7, 8]);
  assert.deepEqual(r.paragraphs.map((p) => p.id), ['p3-5', 'p3-6']);
  assert.equal(r.paragraphs[0].text, 'The CCP met.');
});

test('renderSection: epigraph, photograph and document as EPUB markup', async () => {
  const body = [
    '',
    '<Epigraph attribution={"—A proverb"}>',
    'Never two suns,<br />',
    'never two emperors.',
    '</Epigraph>',
    '',
    '<Photograph credit={"Xinhua News Agency."}>',
    'Mao and the <cite>CCP</cite>.',
    '</Photograph>',
    '',
    '<Document id={"telegram"} />',
    '',
  ].join('\n');
  const r = await renderSection(section(body, { section: null, sectionId: null, order: 0, paragraphCount: 0 }), ctx);
  const out = html(r.nodes);
  assert.match(out, /<div class="epigraph" epub:type="epigraph" role="doc-epigraph"><blockquote><p>Never two suns,<br>\nnever two emperors\.<\/p><\/blockquote><p class="attribution">—A proverb<\/p><\/div>/);
  assert.match(out, /<figure class="photograph"><p class="absent edition">Photograph not included in this excerpt<\/p><figcaption><p>Mao and the <cite>CCP<\/cite>\.<\/p> <span class="credit">Xinhua News Agency\.<\/span><\/figcaption><\/figure>/);
  assert.match(out, /<figure class="document" id="telegram"><figcaption>A telegram\. <span class="credit"><abbr title="Chinese Communist Party">CCP<\/abbr> Central Archives\.<\/span><\/figcaption><p class="document-link"><a href="telegram.xhtml" hreflang="zh-Hant">/);
  assert.equal(r.photographs, 1);
});

test('renderDocument: the transcription with its struck passage', async () => {
  const nodes = await renderDocument(telegram, ctx);
  assert.equal(html(nodes), '<p>甲<del>乙丙</del>丁。</p>');
});

test('bad MDX fails naming the file, the line and the problem', async () => {
  await assert.rejects(renderSection(section('\n## A Section\n\nText.<Sidenote chapter={3} n={x} />\n\nMore.\n'), ctx), /content\/chapters\/chapter-3\/01-a-section\.mdx:\d+: <Sidenote>: the attribute n must be a literal value, not \{x\}/);
  await assert.rejects(renderSection(section('\n## A Section\n\nText.<Sidenote chapter={4} n={1} />\n\nMore.\n'), ctx), /a note of chapter 4 in chapter 3/);
  await assert.rejects(renderSection(section('\n## A Section\n\n<Gallery />\n\nText.\n\nMore.\n'), ctx), /<Gallery>: not a component the EPUB knows/);
  await assert.rejects(renderSection(section('\n## A Section\n\nText.\n\n<Document id={"nothing"} />\n\nMore.\n'), ctx), /no document "nothing"/);
  // The importer's paragraph count still holds the text to account.
  await assert.rejects(renderSection(section('\n## A Section\n\nOnly one.\n'), ctx), /the importer counted 2 paragraphs in this section, the text has 1/);
});

