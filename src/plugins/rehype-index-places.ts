import type { Nodes, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { figureAfterId, paragraphId } from '../edition/addresses.ts';
import { sectionParagraphIds } from '../edition/outline.ts';
import { frontmatterOut, sectionData } from './section-data.ts';

/** A figure of a section, as the index of names reads it: its anchor, what it follows, and for a photograph its caption's words. */
export type RenderedFigure =
  /** A photograph: its caption and credit as the page shows them. */
  | { kind: 'photograph'; id: string; after: string; caption: string; credit: string | null }
  /** A transcribed document: its caption is the document's data (content/documents/), its anchor the document's id. */
  | { kind: 'document'; id: string; after: string };

/** The MDX components that are figures (src/components/Photograph.astro, Document.astro). */
const PHOTOGRAPH = 'Photograph';
const DOCUMENT = 'Document';

/** What a rehype plugin sees of an MDX component (mdast-util-mdx-jsx), as much as this plugin needs. */
interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: string | { value: string } | null }[];
  children: RootContent[];
}

const isJsx = (node: RootContent, name: string): node is RootContent & JsxElement =>
  (node as { type: string }).type === 'mdxJsxFlowElement' && (node as unknown as JsxElement).name === name;

/** A string attribute, written either way the importer might: credit="…" or credit={"…"}. */
function stringAttribute(node: JsxElement, name: string): string | undefined {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value.value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value.value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // An expression that is not a string literal: not a caption this plugin can read.
    }
  }
  return undefined;
}

/**
 * Where a paragraph's words (as rehype-paragraph-ids reads them: hast's
 * toString) are interrupted on the page by a component that shows words of
 * its own (a note's marker and the note): offsets into those words.
 */
export function componentOffsets(node: Nodes): number[] {
  const out: number[] = [];
  let at = 0;
  const walk = (n: Nodes | RootContent) => {
    if ((n as { type: string }).type === 'mdxJsxTextElement') out.push(at);
    if ('children' in n) for (const c of n.children) walk(c as RootContent);
    else if ('value' in n && typeof n.value === 'string') at += n.value.length;
  };
  walk(node);
  return out;
}

/**
 * What the index of names needs beyond the paragraphs' words. Each photograph
 * of a section gets a stable anchor from the paragraph it follows
 * (figureAfterId: the importer's paragraph numbers, as rehype-paragraph-ids
 * gives them), passed to the component as its id; every figure
 * goes back to the page (Astro's remarkPluginFrontmatter, `figures`) so that
 * captions are indexed, and so does where each paragraph's words are
 * interrupted by a note marker (`breaks`), so that a link can mark a name in
 * it. Runs before rehype-paragraph-ids, which adds each paragraph's number to its words.
 */
export default function rehypeIndexPlaces() {
  return (tree: Root, file: VFile) => {
    const fm = sectionData(file);
    if (!fm) return;
    const figures: RenderedFigure[] = [];
    const breaks: Record<string, number[]> = {};
    // Before its first paragraph a section's figure follows the previous section's last.
    let after = fm.firstParagraph > 1 ? paragraphId(fm.chapter, fm.firstParagraph - 1) : null;
    const taken = new Set<string>();
    // The paragraphs' ids as rehype-paragraph-ids gives them (after this plugin, so that their words are still only the text's).
    const ids = sectionParagraphIds(fm);
    let paragraphs = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'blockquote')) {
        const id = ids[paragraphs++];
        if (id === undefined) return; // rehype-paragraph-ids fails the build on the count, naming the file.
        after = id;
        const offsets = componentOffsets(node);
        if (offsets.length > 0) breaks[id] = offsets;
        continue;
      }
      const isPhotograph = isJsx(node, PHOTOGRAPH);
      if (!isPhotograph && !isJsx(node, DOCUMENT)) continue;
      if (after === null) throw new Error(`${file.path}: a figure comes before the chapter’s first paragraph, so it has no paragraph to be anchored after`);
      if (isPhotograph) {
        const jsx = node as unknown as JsxElement;
        // Two photographs after one paragraph: the second is "…-2".
        let anchor = figureAfterId(after);
        for (let n = 2; taken.has(anchor); n++) anchor = `${figureAfterId(after)}-${n}`;
        taken.add(anchor);
        jsx.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: anchor });
        const credit = stringAttribute(jsx, 'credit');
        const caption = toString({ type: 'root', children: jsx.children } as Root).trim().replace(/\s+/g, ' ');
        figures.push({ kind: 'photograph', id: anchor, after, caption, credit: credit ?? null });
      } else {
        const documentId = stringAttribute(node as unknown as JsxElement, 'id');
        if (documentId) figures.push({ kind: 'document', id: documentId, after });
      }
    }
    Object.assign(frontmatterOut(file), { figures, breaks });
  };
}
