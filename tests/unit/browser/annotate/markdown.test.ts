import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toMarkdown } from '../../../../src/browser/annotate/markdown.ts';

test('grouped by chapter and section: quote, note, citation, link', () => {
  const base = { note: '', citation: 'Chen Jian, *Title*, chap. 3.', link: 'https://example.org/chapter-3/#p3-1:~:text=No%20other', found: true };
  const md = toMarkdown('Notes on Title', [
    { ...base, chapterHeading: 'Chapter 3: Mao', section: null, quote: 'No other event', note: 'A *strong* claim' },
    { ...base, chapterHeading: 'Chapter 3: Mao', section: 'Breakdown', quote: 'first\nsecond' },
    { ...base, chapterHeading: 'Chapter 3: Mao', section: 'Breakdown', quote: 'gone', found: false },
  ]);
  assert.equal(
    md,
    [
      '# Notes on Title', '',
      '## Chapter 3: Mao', '',
      '> No other event', '', 'A \\*strong\\* claim', '', base.citation, '', `<${base.link}>`, '', '---', '',
      '### Breakdown', '',
      '> first\n> second', '', base.citation, '', `<${base.link}>`, '', '---', '',
      '> gone', '', '*No longer found in the text.*', '', base.citation, '', `<${base.link}>`, '',
    ].join('\n'),
  );
});
