import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { paragraphId } from '../plugins/rehype-paragraph-ids.ts';

export interface Paragraph {
  id: string;
  chapter: number;
  /** The section's heading; null in a chapter's opening. */
  section: string | null;
  /** Plain text, without note markers. */
  text: string;
}

interface EntryLike {
  body?: string;
  data: { chapter: number; section: string | null; firstParagraph: number };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * The paragraphs (and block quotations) of one chapter file, numbered as
 * rehype-paragraph-ids numbers them: top-level paragraphs and block quotations
 * of the MDX body, from the file's firstParagraph.
 */
export function paragraphsOf(entry: EntryLike): Paragraph[] {
  const tree = parser.parse(entry.body ?? '') as Root;
  let n = entry.data.firstParagraph;
  return tree.children
    .filter((node) => node.type === 'paragraph' || node.type === 'blockquote')
    .map((node) => ({ id: paragraphId(entry.data.chapter, n++), chapter: entry.data.chapter, section: entry.data.section, text: toString(node) }));
}
