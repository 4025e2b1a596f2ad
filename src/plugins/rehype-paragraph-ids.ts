import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { paragraphId } from '../edition/addresses.ts';
import { CLASS } from '../edition/markup.ts';
import { frontmatterOut, sectionData } from './section-data.ts';

/** A paragraph of the text as rendered: its id and its words (without note markers). */
export interface RenderedParagraph {
  id: string;
  text: string;
}

/**
 * Give the section's paragraphs (and block quotations) the ids the importer
 * numbered them by (front matter: firstParagraph, paragraphCount), each opening
 * with its number, a link to itself: a reader holding a locator such as ¶13
 * finds the paragraph (the stylesheet sets the number in the margin and draws
 * the ¶). A count that disagrees with the importer's fails the build. Their
 * texts go back to the page as `paragraphs` (Astro's remarkPluginFrontmatter),
 * for the index of names.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const fm = sectionData(file);
    if (!fm) return;
    const nodes = tree.children.filter((n): n is Element => n.type === 'element' && (n.tagName === 'p' || n.tagName === 'blockquote'));
    if (nodes.length !== fm.paragraphCount) {
      throw new Error(`${file.path}: the importer counted ${fm.paragraphCount} paragraphs in this section, the text has ${nodes.length}: run \`npm run import\``);
    }
    const paragraphs: RenderedParagraph[] = nodes.map((node, i) => {
      const n = fm.firstParagraph + i;
      const id = paragraphId(fm.chapter, n);
      const text = toString(node);
      node.properties.id = id;
      const host = node.tagName === 'p' ? node : firstParagraph(node);
      host?.children.unshift(permalink(id, n), { type: 'text', value: ' ' });
      return { id, text };
    });
    frontmatterOut(file).paragraphs = paragraphs;
  };
}

function firstParagraph(node: Element): Element | undefined {
  return node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
}

/** The number only: the stylesheet draws the ¶ and names the link "paragraph 13" (its alternative text), which costs no bytes. */
function permalink(id: string, n: number): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [CLASS.pilcrow], href: `#${id}` },
    children: [{ type: 'text', value: String(n) }],
  };
}
