import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeAbbreviations from '../../../src/plugins/rehype-abbreviations.ts';
import { sectionFile } from './section-file.ts';

const abbreviations = [
  { term: 'CCP', expansion: 'Chinese Communist Party' },
  { term: 'UN', expansion: 'United Nations' },
  { term: 'U.S.', expansion: 'United States' },
];

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const p = (...children: (string | ElementContent)[]) => el('p', children.map((c) => (typeof c === 'string' ? text(c) : c)));

/** Run the plugin over paragraphs and give back the tree's HTML. */
function run(children: Root['children'], file: VFile = sectionFile()): string {
  const tree: Root = { type: 'root', children };
  rehypeAbbreviations({ abbreviations })(tree, file);
  return toHtml(tree);
}

const CCP = '<abbr title="Chinese Communist Party">CCP</abbr>';
const CCP_EXPANSION = '<span class="abbr-expansion"> [Chinese Communist Party]</span>';
const UN = '<abbr title="United Nations">UN</abbr>';
const UN_EXPANSION = '<span class="abbr-expansion"> [United Nations]</span>';

test('an abbreviation is wrapped in <abbr title>, and spelt out at its first use only', () => {
  assert.equal(run([p('The CCP met. The CCP decided.')]), `<p>The ${CCP}${CCP_EXPANSION} met. The ${CCP} decided.</p>`);
});

test('the first use is per file, not per paragraph: a later paragraph gets no expansion', () => {
  assert.equal(run([p('The CCP met.'), p('The CCP and the UN.')]), `<p>The ${CCP}${CCP_EXPANSION} met.</p><p>The ${CCP} and the ${UN}${UN_EXPANSION}.</p>`);
});

test('block quotations are marked too; other elements at the top level are not', () => {
  assert.equal(
    run([el('h2', [text('The CCP')]), el('blockquote', [p('The CCP spoke.')]), el('figure', [el('figcaption', [text('A UN session.')])])]),
    `<h2>The CCP</h2><blockquote><p>The ${CCP}${CCP_EXPANSION} spoke.</p></blockquote><figure><figcaption>A UN session.</figcaption></figure>`,
  );
});

test('a possessive keeps its “’s” right after the abbreviation, the expansion after that', () => {
  assert.equal(run([p('The CCP’s leaders and the CCP’s army.')]), `<p>The ${CCP}’s${CCP_EXPANSION} leaders and the ${CCP}’s army.</p>`);
});

test('an abbreviation the text has just spelt out gets no expansion, nor do its later uses', () => {
  assert.equal(run([p('The United Nations (UN) voted; the UN acted.')]), `<p>The United Nations (${UN}) voted; the ${UN} acted.</p>`);
});

test('whole words only: a term inside a longer word is not an abbreviation', () => {
  assert.equal(run([p('UNESCO and CCPs are not terms; U.S. is.')]), '<p>UNESCO and CCPs are not terms; <abbr title="United States">U.S.</abbr><span class="abbr-expansion"> [United States]</span> is.</p>');
});

test('text inside <a> or <cite> is left alone, and does not count as the first use', () => {
  const html = run([p('See ', el('a', [text('the CCP')], { href: '/glossary/' }), ' and ', el('cite', [text('UN Report')]), '; the CCP ', el('em', [text('and the UN')]), '.')]);
  assert.equal(html, `<p>See <a href="/glossary/">the CCP</a> and <cite>UN Report</cite>; the ${CCP}${CCP_EXPANSION} <em>and the ${UN}${UN_EXPANSION}</em>.</p>`);
});

test('a file without chapter frontmatter is left alone', () => {
  assert.equal(run([p('The CCP met.')], new VFile({ data: { astro: { frontmatter: { caption: 'A document' } } } })), '<p>The CCP met.</p>');
  assert.equal(run([p('The CCP met.')], new VFile()), '<p>The CCP met.</p>');
});

test('a term the chapter used before this section (abbreviationsBefore) gets no expansion; a new one does', () => {
  const file = sectionFile({ order: 1, abbreviationsBefore: ['CCP'] });
  assert.equal(run([p('The CCP and the UN.')], file), `<p>The ${CCP} and the ${UN}${UN_EXPANSION}.</p>`);
});

test('no file is read: the same section with an empty abbreviationsBefore spells out both', () => {
  const file = sectionFile({ order: 1, abbreviationsBefore: [] }, '/nonexistent/01-x.mdx');
  assert.equal(run([p('The CCP and the UN.')], file), `<p>The ${CCP}${CCP_EXPANSION} and the ${UN}${UN_EXPANSION}.</p>`);
});
