import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';

/** The id of paragraph `n` of chapter `chapter`: it changes only if the text's paragraphing does. */
export const paragraphId = (chapter: number, n: number) => `p${chapter}-${n}`;

interface Frontmatter {
  chapter?: number;
  firstParagraph?: number;
}

/**
 * Number the text's paragraphs (and block quotations) within their chapter, from
 * the section's `firstParagraph` (set by the importer), and give each a discreet
 * link to itself. Other elements (headings, figures, epigraphs) are not counted,
 * so changing a component's markup cannot shift an id.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    if (typeof fm.chapter !== 'number' || typeof fm.firstParagraph !== 'number') return;
    let n = fm.firstParagraph;
    for (const node of tree.children) {
      if (node.type !== 'element' || (node.tagName !== 'p' && node.tagName !== 'blockquote')) continue;
      const id = paragraphId(fm.chapter, n);
      node.properties.id = id;
      const host = node.tagName === 'p' ? node : lastParagraph(node);
      host?.children.push({ type: 'text', value: ' ' }, permalink(id, fm.chapter, n));
      n += 1;
    }
  };
}

function lastParagraph(node: Element): Element | undefined {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').at(-1);
}

function permalink(id: string, chapter: number, n: number): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['pilcrow'], href: `#${id}`, ariaLabel: `Link to paragraph ${n} of chapter ${chapter}` },
    children: [{ type: 'text', value: '¶' }],
  };
}
