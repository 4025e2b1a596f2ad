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
 * numbered them by (front matter: firstParagraph, paragraphCount), each with a
 * discreet link to itself; a count that disagrees with the importer's fails
 * the build. Their texts go back to the page as `paragraphs` (Astro's
 * remarkPluginFrontmatter), for the index of names.
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
      const host = node.tagName === 'p' ? node : lastParagraph(node);
      host?.children.push({ type: 'text', value: ' ' }, permalink(id, fm.chapter, n));
      return { id, text };
    });
    frontmatterOut(file).paragraphs = paragraphs;
  };
}

function lastParagraph(node: Element): Element | undefined {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').at(-1);
}

function permalink(id: string, chapter: number, n: number): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [CLASS.pilcrow], href: `#${id}`, ariaLabel: `Link to paragraph ${n} of chapter ${chapter}` },
    children: [{ type: 'text', value: '¶' }],
  };
}
