/**
 * The edition's text has no links of its own: the importer escapes every
 * Markdown link and the characters GFM's bare addresses start from
 * (scripts/importer/mdx-text.ts). remark-gfm still finds addresses inside text
 * nodes after parsing (mdast-util-gfm-autolink-literal), which escaping cannot
 * reach; those links, made by the transform and so without a place in the
 * source, are turned back into the words they were. A link the MDX writes
 * (with a position) is left alone for the importer's check to refuse.
 */
import type { Parent, Root, RootContent } from 'mdast';

function unlink(parent: Parent): void {
  parent.children = parent.children.flatMap((child: RootContent) => {
    if (child.type === 'link' && !child.position) return child.children;
    if ('children' in child) unlink(child);
    return [child];
  }) as Parent['children'];
}

export default function remarkAddressesAsText() {
  return (tree: Root) => unlink(tree);
}
