/**
 * Every place of the text the index of names points to, in book order: each
 * paragraph, and each caption (a photograph's, from rehype-index-places; a
 * transcribed document's, from its data) right after the paragraph it follows;
 * with where the page shows more than the place's words (`breaks`), so that a
 * link can mark a name there.
 */
import { getCollection, render } from 'astro:content';
import { abbreviationPattern } from '../edition/abbreviations.ts';
import type { RenderedFigure } from '../plugins/rehype-index-places.ts';
import type { RenderedParagraph } from '../plugins/rehype-paragraph-ids.ts';
import { abbreviations } from './edition-data.ts';
import { getChapters } from './edition.ts';
import type { Paragraph } from './name-index.ts';

const terms = abbreviations.map((a) => a.term);
const pattern = terms.length > 0 ? abbreviationPattern(terms) : null;

/**
 * Where an abbreviation may be spelt out after it (rehype-abbreviations does so
 * at its first use in the chapter, in a paragraph): after every use, in this
 * section, of a term the chapter had not used before it.
 */
function expansionOffsets(text: string, usedBefore: ReadonlySet<string>): number[] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].filter((m) => !usedBefore.has(m[1])).map((m) => m.index + m[0].length);
}

export async function indexPlaces(): Promise<Paragraph[]> {
  const documents = new Map((await getCollection('documents')).map((d) => [d.id, d.data]));
  const out: Paragraph[] = [];
  for (const chapter of await getChapters()) {
    for (const entry of chapter.sections) {
      const { remarkPluginFrontmatter } = await render(entry);
      const paragraphs = (remarkPluginFrontmatter.paragraphs ?? []) as RenderedParagraph[];
      const figures = (remarkPluginFrontmatter.figures ?? []) as RenderedFigure[];
      const markers = (remarkPluginFrontmatter.breaks ?? {}) as Record<string, number[]>;
      const usedBefore = new Set(entry.data.abbreviationsBefore);
      const where = { chapter: chapter.number, section: entry.data.section };
      const caption = (f: RenderedFigure): Paragraph => {
        const { caption: words, credit } = f.kind === 'photograph' ? f : (documents.get(f.id) ?? missing(f.id));
        // The credit is set apart from the caption: no context across the two.
        return { id: f.id, ...where, text: credit ? `${words} ${credit}` : words, kind: 'caption', ...(credit ? { breaks: [words.length] } : {}) };
      };
      const missing = (id: string): never => {
        throw new Error(`${entry.filePath ?? entry.id}: <Document id="${id}"> has no file in content/documents/`);
      };
      // A figure before the section's first paragraph follows the previous section's last.
      const ids = new Set(paragraphs.map((p) => p.id));
      out.push(...figures.filter((f) => !ids.has(f.after)).map(caption));
      for (const p of paragraphs) {
        const breaks = [...(markers[p.id] ?? []), ...expansionOffsets(p.text, usedBefore)].sort((a, b) => a - b);
        out.push({ ...p, ...where, ...(breaks.length > 0 ? { breaks } : {}) });
        out.push(...figures.filter((f) => f.after === p.id).map(caption));
      }
    }
  }
  return out;
}
