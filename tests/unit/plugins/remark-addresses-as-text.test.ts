import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkPlugins } from '../../../src/plugins/index.ts';

const parse = (mdx: string) => {
  const p = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
  return p.runSync(p.parse(mdx)) as Root;
};
const kinds = (tree: Root) => JSON.stringify(tree.children[0]).match(/"type":"\w+"/g);

test('addresses GFM finds in escaped words stay words, exactly as written', () => {
  const tree = parse('see http\\://example.org, www\\.example.org and a\\@b.com.');
  assert.deepEqual(new Set(kinds(tree)), new Set(['"type":"paragraph"', '"type":"text"']));
  const words = (tree.children[0] as { children: { value: string }[] }).children.map((t) => t.value).join('');
  assert.equal(words, 'see http://example.org, www.example.org and a@b.com.');
});

test('a link the MDX itself writes is left for the importer’s check to refuse', () => {
  assert.ok(kinds(parse('[x](https://example.org) and https://example.org'))!.filter((k) => k === '"type":"link"').length === 2);
});

test('struck words stay struck beside Chinese punctuation', () => {
  assert.ok(kinds(parse('前~~刪去，~~後'))!.includes('"type":"delete"'));
});
