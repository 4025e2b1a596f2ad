import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../../src/plugins/rehype-paragraph-ids.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const p = (text: string) => el('p', [{ type: 'text', value: text }]);

function ids(children: Root['children'], frontmatter: Record<string, unknown>): string[] {
  const tree: Root = { type: 'root', children };
  rehypeParagraphIds()(tree, new VFile({ data: { astro: { frontmatter } } }));
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

test('each paragraph links to itself', () => {
  const para = p('text');
  rehypeParagraphIds()({ type: 'root', children: [para] }, new VFile({ data: { astro: { frontmatter: { chapter: 2, firstParagraph: 7 } } } }));
  const link = para.children.at(-1) as Element;
  assert.equal(link.tagName, 'a');
  assert.equal(link.properties.href, '#p2-7');
});

test('without the frontmatter (not a chapter file) nothing is numbered', () => {
  assert.deepEqual(ids([p('a')], {}), []);
});
