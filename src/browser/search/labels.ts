/**
 * What a result is called, from its address and the edition's outline (which
 * the build gives the search code: src/integrations/browser-bundle.ts), never
 * from the page: "Chapter 3 · From Tension to Crisis · ¶74", "Document · …",
 * "Index of names · Yudin, Pavel", "Title page". Pure.
 */
import { chapterLabel, documentPath, isNamesPath, parseChapterPath, parseParagraphId, withoutBase } from '../../edition/addresses.ts';

/** The outline as the search code receives it. */
export interface SearchOutline {
  /** [chapter number, [first paragraph number, section title (null: the opening)][]] in reading order. */
  chapters: [number, [number, string | null][]][];
  /** [document id, its caption]. */
  documents: [string, string][];
}

export interface Label {
  /** "Chapter 3 · From Tension to Crisis", "Document · The first and last pages …". */
  where: string;
  /** The paragraph's number when the result is one (¶74). */
  paragraph: number | null;
}

/** Pagefind's url (with the site's base) and the passage's paragraph, as a label. */
export function labelFor(url: string, paragraph: string | null, inParagraph: boolean, outline: SearchOutline, base = '/', title?: string): Label {
  const path = withoutBase(base, url.split('#')[0]) ?? url.split('#')[0];
  if (path === '/') return { where: 'Title page', paragraph: null };
  if (isNamesPath(path)) return { where: title ? `Index of names · ${title}` : 'Index of names', paragraph: null };
  const document = outline.documents.find(([id]) => documentPath(id) === path);
  if (document) return { where: `Document · ${document[1].replace(/\.$/, '')}`, paragraph: null };
  const chapter = parseChapterPath(path);
  if (chapter === null) return { where: title || path, paragraph: null };
  const p = paragraph ? parseParagraphId(paragraph) : null;
  const sections = outline.chapters.find(([n]) => n === chapter)?.[1] ?? [];
  const section = p ? sections.filter(([first]) => first <= p.n).at(-1)?.[1] : null;
  return { where: [chapterLabel(chapter), section].filter(Boolean).join(' · '), paragraph: p && inParagraph ? p.n : null };
}

/** The label as one line: "Chapter 3 · From Tension to Crisis · ¶74". */
export const labelText = (label: Label) => (label.paragraph === null ? label.where : `${label.where} · ¶${label.paragraph}`);
