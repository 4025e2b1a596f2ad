import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineMarks, isWhollyItalic } from '../../../scripts/importer/inline-markup.ts';
import { inlineProblem, sectionProblem } from '../../../scripts/importer/mdx-check.ts';
import { escapeText, guardLineStarts, inlineToMdx } from '../../../scripts/importer/mdx-text.ts';

const italics = { titles: ['China White Paper'], pinyin: ['maojin'] };
const mdx = (text: string) => inlineToMdx(text, 3, italics);

test('inlineMarks: note markers, italics, bold and strikethrough pair up; spaced or odd ones are text or problems', () => {
  const { marks, problems } = inlineMarks('a *b* **c** ~~d~~ e<sup>4</sup> 2 * 3 ~x~ ~~~');
  assert.deepEqual(
    marks.map((m) => (m.kind === 'note' ? `note ${m.n}` : `${m.kind}${m.open ? '(' : ')'}`)),
    ['em(', 'em)', 'strong(', 'strong)', 'del(', 'del)', 'note 4'],
  );
  assert.deepEqual(problems, []);
  assert.match(inlineMarks('an *open one').problems[0].problem, /^unclosed \* \(italics\)/);
  assert.match(inlineMarks('*a *b').problems[0].problem, /closes here but a space comes before it/);
  assert.match(inlineMarks('***x***').problems[0].problem, /3 asterisks in a row/);
});

test('isWhollyItalic: one italic span from start to end, not two, not bold, not spaced asterisks', () => {
  assert.equal(isWhollyItalic('*A caption. Credit.*'), true);
  assert.equal(isWhollyItalic('*one* and *two*'), false);
  assert.equal(isWhollyItalic('**bold**'), false);
  assert.equal(isWhollyItalic('* * *'), false);
});

test('escapeText: what MDX or Markdown would read becomes text', () => {
  assert.equal(escapeText('{x} <b> & \\ ` _ * ~'), '\\{x\\} \\<b> \\& \\\\ \\` \\_ \\* \\~');
  assert.equal(escapeText('[a](b) [c][d] [e]: f [his Soviet] friends'), '[a\\](b) [c\\][d] [e\\]: f [his Soviet] friends');
});

test('guardLineStarts: block syntax at the start of a line is escaped, on every line', () => {
  assert.equal(guardLineStarts('# a\n> b\n- c\n+ d\n=== \n1. e\n2) f\nimport x\nexport y'), '\\# a\n\\> b\n\\- c\n\\+ d\n\\=== \n1\\. e\n2\\) f\n&#105;mport x\n&#101;xport y');
  assert.equal(guardLineStarts('important exports 1949 was'), 'important exports 1949 was');
});

test('inlineToMdx: notes become sidenotes, titles and pinyin their elements, the rest stays or is escaped', () => {
  assert.deepEqual(mdx('the *China White Paper* and *maojin* and *this*.<sup>12</sup>'), {
    mdx: 'the <cite>China White Paper</cite> and <i lang="zh-Latn-pinyin">maojin</i> and *this*.<Sidenote chapter={3} n={12} />',
    reading: 'the ⟦em⟧China White Paper⟦/em⟧ and ⟦em⟧maojin⟦/em⟧ and ⟦em⟧this⟦/em⟧.⟦note 12⟧',
  });
  assert.equal(mdx('export const x = {1}').mdx, '&#101;xport const x = \\{1\\}');
  assert.equal(mdx('a line  \nbroken').mdx, 'a line  \nbroken');
});

test('inlineProblem: escaped text reads back as itself; unescaped syntax is named', () => {
  for (const text of ['See [x](javascript:alert(1)).', 'export const a = 1', '{1+1} and <b>x</b>', 'a ~~b~~ and **c** *d*<sup>2</sup>', 'x\n===', '&amp; `c` _u_']) {
    const { mdx: out, reading } = mdx(text);
    assert.equal(inlineProblem(out, reading), null, text);
  }
  assert.match(inlineProblem('See [x](javascript:alert(1)).', 'See [x](javascript:alert(1)).') ?? '', /as a link/);
  assert.match(inlineProblem('export const a = 1', 'export const a = 1') ?? '', /as an ES module statement/);
  assert.match(inlineProblem('a {1+1}', 'a {1+1}') ?? '', /a JavaScript expression/);
  assert.match(inlineProblem('- a', '- a') ?? '', /as a list/);
  assert.match(inlineProblem('a &amp; b', 'a &amp; b') ?? '', /would not render this text as written/);
  assert.match(inlineProblem('a <b>x', 'a <b>x') ?? '', /MDX cannot read this text as written/);
});

test('sectionProblem: paragraphs are counted; anything but the expected parts is named', () => {
  assert.equal(sectionProblem('## Title\n\nOne.\n\n> Two.\n\n<Photograph>\ncaption\n</Photograph>', 2), null);
  assert.match(sectionProblem('One.\n\nTwo.', 1) ?? '', /2 paragraphs where the source has 1/);
  assert.match(sectionProblem('One.\n\n***', 1) ?? '', /a horizontal rule/);
  assert.match(sectionProblem('One.\n\n<script>\nx\n</script>', 1) ?? '', /a JSX element/);
});
