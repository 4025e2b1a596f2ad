import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../../src/plugins/rehype-paragraph-ids.ts';
import { sectionFile } from './section-file.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const p = (text: string) => el('p', [{ type: 'text', value: text }]);

/** The ids the plugin gives, with the importer's count of the paragraphs (block quotations count). */
function ids(children: Root['children'], frontmatter: Record<string, unknown>): string[] {
  const tree: Root = { type: 'root', children };
  const count = children.filter((c) => c.type === 'element' && (c.tagName === 'p' || c.tagName === 'blockquote')).length;
  const file = 'chapter' in frontmatter ? sectionFile({ paragraphCount: count, ...frontmatter }) : new VFile({ data: { astro: { frontmatter } } });
  rehypeParagraphIds()(tree, file);
  return tree.children.flatMap((c) => (c.type === 'element' && c.properties.id ? [String(c.properties.id)] : []));
}

test('paragraphs and block quotations are numbered within the chapter from firstParagraph', () => {
  assert.deepEqual(ids([el('h2', [], { id: 'breakdown' }), p('a'), el('blockquote', [p('q')]), p('b')], { chapter: 3, firstParagraph: 94 }), ['breakdown', 'p3-94', 'p3-95', 'p3-96']);
});

test('ids do not depend on other markup: figures, epigraphs or component output between paragraphs', () => {
  const plain = ids([p('a'), p('b'), p('c')], { chapter: 3, firstParagraph: 1 });
  const withFigures = ids([el('figure', [el('figcaption', [p('caption')])]), p('a'), el('div', [p('inside a component')]), p('b'), el('aside'), p('c')], { chapter: 3, firstParagraph: 1 });
  assert.deepEqual(withFigures, plain);
});

test('each paragraph opens with its number, a link to itself; a block quotation’s number opens its first paragraph', () => {
  const para = p('text');
  const quoted = [p('first'), p('second')];
  rehypeParagraphIds()({ type: 'root', children: [para, el('blockquote', quoted)] }, sectionFile({ chapter: 2, firstParagraph: 7, paragraphCount: 2 }));
  const link = para.children[0] as Element;
  assert.equal(link.tagName, 'a');
  assert.deepEqual(link.properties, { className: ['pilcrow'], href: '#p2-7' });
  assert.deepEqual(link.children, [{ type: 'text', value: '7' }]);
  assert.deepEqual(para.children[1], { type: 'text', value: ' ' });
  assert.deepEqual(para.children[2], { type: 'text', value: 'text' });
  assert.equal((quoted[0]!.children[0] as Element).properties.href, '#p2-8');
  assert.equal(quoted[1]!.children.length, 1);
});

test('without the frontmatter (not a chapter file) nothing is numbered', () => {
  assert.deepEqual(ids([p('a')], {}), []);
});

test('a paragraph count that disagrees with the importer’s fails the build, naming the file', () => {
  const tree: Root = { type: 'root', children: [p('a'), p('b')] };
  assert.throws(() => rehypeParagraphIds()(tree, sectionFile({ paragraphCount: 3 }, 'content/chapters/chapter-3/01-x.mdx')), /01-x\.mdx: the importer counted 3 paragraphs in this section, the text has 2/);
});

test('the paragraphs’ ids and words go back to the page (for the index of names), without the ¶ link', () => {
  const file = sectionFile({ chapter: 4, firstParagraph: 2, paragraphCount: 2 });
  rehypeParagraphIds()({ type: 'root', children: [p('First words.'), el('blockquote', [p('Quoted.')])] }, file);
  const fm = (file.data.astro as { frontmatter: { paragraphs: unknown } }).frontmatter;
  assert.deepEqual(fm.paragraphs, [
    { id: 'p4-2', text: 'First words.' },
    { id: 'p4-3', text: 'Quoted.' },
  ]);
});
