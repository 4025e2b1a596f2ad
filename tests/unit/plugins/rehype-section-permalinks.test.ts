import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeSectionPermalinks from '../../../src/plugins/rehype-section-permalinks.ts';
import { sectionFile } from './section-file.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });

function run(children: Root['children']): Root {
  const tree: Root = { type: 'root', children };
  rehypeSectionPermalinks()(tree, new VFile());
  return tree;
}

test('an h2 with an id gets a trailing permalink to itself, whose name does not repeat the heading', () => {
  const h2 = el('h2', [text('Breakdown')], { id: 'breakdown' });
  run([h2]);
  assert.equal(h2.children.length, 3);
  assert.deepEqual(h2.children[1], { type: 'text', value: ' ' });
  const link = h2.children[2] as Element;
  assert.equal(link.tagName, 'a');
  assert.deepEqual(link.properties.className, ['permalink']);
  assert.equal(link.properties.href, '#breakdown');
  assert.equal(link.properties.ariaLabel, 'Link to this section');
  assert.deepEqual(link.children, [{ type: 'text', value: '#' }]);
  assert.equal(
    toHtml(h2),
    '<h2 id="breakdown">Breakdown <a class="permalink" href="#breakdown" aria-label="Link to this section" data-pagefind-ignore="">#</a></h2>',
  );
});

test('nested h2s are found; the heading keeps its inline markup before the link', () => {
  const h2 = el('h2', [text('The '), el('em', [text('Lean-to-One-Side')]), text(' Approach')], { id: 'the-lean-to-one-side-approach' });
  run([el('section', [h2])]);
  const link = h2.children.at(-1) as Element;
  assert.equal(link.properties.href, '#the-lean-to-one-side-approach');
  assert.equal(toHtml(h2.children.slice(0, 3) as never), 'The <em>Lean-to-One-Side</em> Approach');
});

test('an h2 without an id and an h3 (even with an id) are untouched', () => {
  const bare = el('h2', [text('Untitled')]);
  const h3 = el('h3', [text('Minor')], { id: 'minor' });
  const before = structuredClone([bare, h3]);
  run([bare, h3]);
  assert.deepEqual([bare, h3], before);
});

test('a heading id that is not the section id the importer recorded fails the build', () => {
  const tree: Root = { type: 'root', children: [el('h2', [text('Breakdown')], { id: 'breakdown-1' })] };
  assert.throws(() => rehypeSectionPermalinks()(tree, sectionFile({ section: 'Breakdown', sectionId: 'breakdown', order: 7 }, 'x.mdx')), /x\.mdx: the heading's id is "breakdown-1", the importer recorded "breakdown"/);
  const ok: Root = { type: 'root', children: [el('h2', [text('Breakdown')], { id: 'breakdown' })] };
  assert.doesNotThrow(() => rehypeSectionPermalinks()(ok, sectionFile({ section: 'Breakdown', sectionId: 'breakdown', order: 7 })));
});
