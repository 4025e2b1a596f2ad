import { paragraphId } from '../../src/edition/addresses.ts';
import type { Where } from '../../src/edition/formats/changes.ts';
import type { Block } from './blocks.ts';
import type { Edition } from './structure.ts';

/**
 * Where a reader finds each block of the edited text: paragraphs by their
 * paragraph id, section headings by their section id, a transcribed document
 * and its caption by the document's id, a chapter heading or epigraph at the
 * top of the chapter's page, the title page at the home page. A photograph's
 * caption stays with the paragraph it follows. Every id is the one the
 * structure gave (structure.ts): nothing is counted or slugged again here.
 */
export function blockPlaces(edition: Edition): Map<Block, Where> {
  const places = new Map<Block, Where>();
  for (const b of edition.blocks) if (b.kind === 'title-page') places.set(b, { chapter: null, anchor: null });
  for (const chapter of edition.chapters) {
    const top: Where = { chapter: chapter.number, anchor: null };
    if (chapter.heading) places.set(chapter.heading, top);
    let last = top;
    for (const section of chapter.sections) {
      if (section.heading) places.set(section.heading, (last = { chapter: chapter.number, anchor: section.id }));
      for (const b of section.blocks) {
        const n = edition.numbering.paragraph.get(b);
        const document = edition.numbering.document.get(b);
        if (n !== undefined) last = { chapter: chapter.number, anchor: paragraphId(chapter.number, n) };
        else if (b.kind === 'epigraph') last = top;
        places.set(b, document ? { chapter: chapter.number, anchor: document } : last);
      }
    }
  }
  return places;
}

/** The block an offset of the edited text falls in, or the block before it when the offset is in a gap. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let found: Block | undefined;
  for (const b of blocks) {
    if (b.start > offset) break;
    found = b;
  }
  return found;
}

/** Where a reader finds the place at `offset` of the edited text. */
export function placeOf(edition: Edition, places: Map<Block, Where>, offset: number): Where {
  const block = blockAt(edition.blocks, offset);
  return (block && places.get(block)) ?? { chapter: null, anchor: null };
}
