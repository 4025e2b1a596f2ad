import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ATTR, CLASS } from '../edition/markup.ts';
import { sectionData } from './section-data.ts';

/**
 * Give the section heading (the h2, whose id rehype-slug assigns) a visible,
 * keyboard-reachable link to itself, after the heading text. The id must be
 * the section id the importer recorded: links from other pages rely on it.
 * The link's name does not repeat the heading's text: the link is part of the
 * heading, so a screen reader would read the section's name twice.
 */
export default function rehypeSectionPermalinks() {
  return (tree: Root, file: VFile) => {
    const fm = sectionData(file);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      if (fm && id !== fm.sectionId) throw new Error(`${file.path}: the heading's id is "${id}", the importer recorded "${fm.sectionId}": run \`npm run import\``);
      const link: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: [CLASS.permalink],
          href: `#${id}`,
          ariaLabel: 'Link to this section',
          [toProperty(ATTR.pagefindIgnore)]: '',
        },
        children: [{ type: 'text', value: '#' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    });
  };
}

/** hast's property name for a data attribute: data-pagefind-ignore → dataPagefindIgnore. */
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
