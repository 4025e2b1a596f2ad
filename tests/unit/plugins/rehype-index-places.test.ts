import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeIndexPlaces from '../../../src/plugins/rehype-index-places.ts';
import rehypeParagraphIds from '../../../src/plugins/rehype-paragraph-ids.ts';
import { sectionFile } from './section-file.ts';

const el = (tagName: string, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string) => ({ type: 'text' as const, value });
/** An MDX component as rehype sees it (mdast-util-mdx-jsx). */
const jsx = (type: 'mdxJsxFlowElement' | 'mdxJsxTextElement', name: string, attributes: Record<string, string>, children: unknown[] = []) =>
  ({
    type,
    name,
    attributes: Object.entries(attributes).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(v) } })),
    children,
  }) as unknown as RootContent;
const sidenote = (n: number) => jsx('mdxJsxTextElement', 'Sidenote', { n: String(n) }) as unknown as ElementContent;

function run(children: RootContent[], firstParagraph = 10) {
  const tree: Root = { type: 'root', children };
  const count = children.filter((c) => c.type === 'element' && (c.tagName === 'p' || c.tagName === 'blockquote')).length;
  const file = sectionFile({ chapter: 3, firstParagraph, paragraphCount: count }, 'content/chapters/chapter-3/01-x.mdx');
  rehypeIndexPlaces()(tree, file);
  rehypeParagraphIds()(tree, file);
  return { tree, out: (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter };
}

test('a photograph is anchored after the paragraph it follows, and its caption and credit go back to the page', () => {
  const photo = jsx('mdxJsxFlowElement', 'Photograph', { credit: 'Courtesy Shi Zhe personal collection.' }, [el('p', [text('Stalin and Mao. At the far left is Shi Zhe.')])]);
  const { out } = run([el('p', [text('One.')]), photo, el('p', [text('Two.')])]);
  assert.deepEqual(out.figures, [
    { kind: 'photograph', id: 'figure-after-p3-10', after: 'p3-10', caption: 'Stalin and Mao. At the far left is Shi Zhe.', credit: 'Courtesy Shi Zhe personal collection.' },
  ]);
  const attributes = (photo as unknown as { attributes: { name: string; value: unknown }[] }).attributes;
  assert.deepEqual(attributes.at(-1), { type: 'mdxJsxAttribute', name: 'id', value: 'figure-after-p3-10' }, 'the component gets its anchor as its id');
});

test('a figure before a section’s first paragraph follows the previous section’s last; two after one paragraph are told apart', () => {
  const photo = () => jsx('mdxJsxFlowElement', 'Photograph', {}, [el('p', [text('A caption.')])]);
  const { out } = run([photo(), el('p', [text('One.')]), photo(), photo()], 20);
  assert.deepEqual(
    (out.figures as { id: string }[]).map((f) => f.id),
    ['figure-after-p3-19', 'figure-after-p3-20', 'figure-after-p3-20-2'],
  );
});

test('a transcribed document keeps its own id; its caption is the document’s data', () => {
  const { out } = run([el('p', [text('One.')]), jsx('mdxJsxFlowElement', 'Document', { id: 'telegram-1950-10-02' })]);
  assert.deepEqual(out.figures, [{ kind: 'document', id: 'telegram-1950-10-02', after: 'p3-10' }]);
});

test('where a note marker interrupts a paragraph’s words, as offsets into the words the index reads', () => {
  const p = el('p', [text('the treaty.'), sidenote(13), text(' However, '), el('i', [text('Stalin')]), text(' said.'), sidenote(14)]);
  const { out } = run([p]);
  const words = 'the treaty. However, Stalin said.';
  assert.equal(toString(el('p', [text('the treaty.'), text(' However, '), el('i', [text('Stalin')]), text(' said.')])), words);
  assert.deepEqual(out.breaks, { 'p3-10': [11, words.length] });
});

test('a figure before the chapter’s first paragraph fails the build, naming the file', () => {
  assert.throws(() => run([jsx('mdxJsxFlowElement', 'Photograph', {}, [])], 1), /01-x\.mdx: a figure comes before the chapter’s first paragraph/);
});
