/**
 * A section's (or a document's) MDX as the EPUB's markup: parsed as MDX, then
 * through the site's own remark and rehype plugins (src/plugins/index.ts) with
 * the section's front matter where Astro puts it, so paragraph ids, section
 * ids and abbreviations come out exactly as on the site; then the components
 * as EPUB markup (components.ts), and without the site's self-links (¶, #),
 * which a reading system has no use for.
 */
import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Abbreviation } from '../../edition/formats/glossary.ts';
import type { SectionFrontmatter } from '../../edition/formats/section.ts';
import { CLASS } from '../../edition/markup.ts';
import type { DocumentFile, SectionFile } from '../../lib/outline-files.ts';
import { rehypePlugins, remarkPlugins } from '../../plugins/index.ts';
import type { RenderedParagraph } from '../../plugins/rehype-paragraph-ids.ts';
import { type ComponentContext, renderComponents } from './components.ts';

// MDX's own nodes pass through to hast untouched, as @mdx-js/mdx lets them (components.ts turns them into markup).
const TO_HAST = { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] } as ToHastOptions;

export interface RenderedSection {
  data: SectionFrontmatter;
  nodes: ElementContent[];
  /** The paragraphs' ids and words, as rehype-paragraph-ids read them (for the index of names). */
  paragraphs: RenderedParagraph[];
  /** The note numbers marked in the section, in order. */
  notes: number[];
  photographs: number;
}

export interface RenderContext {
  abbreviations: readonly Abbreviation[];
  documents: ReadonlyMap<string, DocumentFile>;
}

function processor(abbreviations: readonly Abbreviation[]) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins)
    .use(remarkRehype, TO_HAST)
    .use(rehypePlugins(abbreviations));
}

/** The line of `file` on which `body` starts (after the front matter), for errors that name a line. */
function firstLineOf(file: string, body: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    const at = text.lastIndexOf(body);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  } catch {
    return 1;
  }
}

const classes = (e: Element) => ([] as unknown[]).concat(e.properties.className ?? []);

/** The site's self-links (a paragraph's number before it, # after a heading) and the space between each and the words; Pagefind's attributes. */
function withoutSiteLinks<T extends Root | Element>(node: T): T {
  const out: (ElementContent | RootContent)[] = [];
  let afterLink = false;
  for (const child of node.children) {
    if (child.type === 'text' && afterLink && child.value.startsWith(' ')) child.value = child.value.slice(1);
    afterLink = false;
    if (child.type === 'element') {
      if (classes(child).some((c) => c === CLASS.pilcrow || c === CLASS.permalink)) {
        const before = out.at(-1);
        if (before?.type === 'text' && before.value === ' ') out.pop();
        afterLink = true;
        continue;
      }
      for (const key of Object.keys(child.properties)) if (key.startsWith('dataPagefind')) delete child.properties[key];
      withoutSiteLinks(child);
    }
    out.push(child);
  }
  node.children = out as T['children'];
  return node;
}

async function renderMdx(file: string, body: string, frontmatter: Record<string, unknown>, chapter: number, ctx: RenderContext) {
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: { ...frontmatter } } } });
  const proc = processor(ctx.abbreviations);
  const tree = (await proc.run(proc.parse(vfile), vfile)) as Root;
  const components: ComponentContext = { file, firstLine: firstLineOf(file, body), chapter, documents: ctx.documents, abbreviations: ctx.abbreviations, notes: [], photographs: 0 };
  renderComponents(tree, components);
  withoutSiteLinks(tree);
  const nodes = tree.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text' || n.type === 'comment');
  const paragraphs = (vfile.data.astro as { frontmatter: { paragraphs?: RenderedParagraph[] } }).frontmatter.paragraphs ?? [];
  return { nodes, paragraphs, notes: components.notes, photographs: components.photographs };
}

export async function renderSection(section: SectionFile, ctx: RenderContext): Promise<RenderedSection> {
  return { data: section.data, ...(await renderMdx(section.file, section.body, section.data, section.data.chapter, ctx)) };
}

/** A transcribed document's text (the plugins leave it alone: it is not a section of the text). */
export async function renderDocument(doc: DocumentFile, ctx: RenderContext): Promise<ElementContent[]> {
  const { nodes, notes } = await renderMdx(doc.file, doc.body, doc.data, doc.data.chapter, ctx);
  if (notes.length > 0) throw new Error(`${doc.file}: a document cannot carry the author's notes`);
  return nodes;
}
