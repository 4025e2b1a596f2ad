import GithubSlugger from 'github-slugger';
import { type Block, chapterNumberOf, PROSE_KINDS } from './blocks.ts';
import { findContinuations } from './continuation.ts';

/** Where in the built edition a place in the source ends up: a page and, where there is one, an anchor. */
export interface Where {
  path: string;
  anchor: string | null;
}

/**
 * For each source block, the page and anchor a reader finds it at: paragraphs by
 * their paragraph id (p3-12, counted as rehype-paragraph-ids counts them: a
 * paragraph continued across a page is one), section headings by their slug,
 * figures at the paragraph they follow (the telegram by its own id).
 */
export function blockLocations(blocks: readonly Block[], documentIds: readonly string[] = []): Map<Block, Where> {
  const continued = new Set(findContinuations(blocks).map((c) => c.second));
  const firstChapter = blocks.map((b) => (b.kind === 'chapter-heading' ? chapterNumberOf(b.text) : undefined)).find((n) => n !== undefined);
  const out = new Map<Block, Where>();
  let chapter = (firstChapter ?? 1) - 1;
  let paragraph = 0;
  let slugger = new GithubSlugger();
  let last: Where = { path: '/', anchor: null };
  let documents = 0;
  let previous: Block | undefined;
  for (const b of blocks) {
    const path = `/chapter-${chapter}/`;
    if (b.kind === 'title-page') last = { path: '/', anchor: null };
    else if (b.kind === 'chapter-heading') {
      chapter = chapterNumberOf(b.text) ?? chapter + 1;
      paragraph = 0;
      slugger = new GithubSlugger();
      last = { path: `/chapter-${chapter}/`, anchor: null };
    } else if (b.kind === 'section-heading') {
      last = { path, anchor: slugger.slug(b.text.replace(/^#+\s+/, '').replace(/\*\*/g, '').trim()) };
    } else if (PROSE_KINDS.has(b.kind)) {
      if (!continued.has(b)) paragraph += 1;
      last = { path, anchor: `p${chapter}-${paragraph}` };
    } else if (b.kind === 'document' || b.kind === 'document-caption') {
      // A transcribed document (and its caption) has an id of its own.
      if (b.kind === 'document' && previous?.kind !== 'document') documents += 1;
      const id = documentIds[documents - 1];
      out.set(b, id ? { path, anchor: id } : last);
      previous = b;
      continue;
    } else if (b.kind === 'epigraph') {
      last = { path, anchor: null };
    }
    // A photograph's caption stays with the paragraph it interrupted (or follows).
    out.set(b, last);
    previous = b;
  }
  return out;
}

/** The block a source offset falls in, or the block before it when the offset is in a gap. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let found: Block | undefined;
  for (const b of blocks) {
    if (b.start > offset) break;
    found = b;
  }
  return found;
}
