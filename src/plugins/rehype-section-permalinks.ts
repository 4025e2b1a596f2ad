import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Give every section heading (h2 with an id, which rehype-slug assigns) a visible,
 * keyboard-reachable link to itself, after the heading text.
 */
export default function rehypeSectionPermalinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      const link: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['permalink'],
          href: `#${id}`,
          ariaLabel: `Link to this section: ${toString(node)}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    });
  };
}
