/**
 * Where words sit in a chapter page: their paragraph (p3-52) or section
 * heading, the section's title, and the chapter. Works on the live page and on
 * a chapter page fetched and parsed by the notes page.
 */
import { parseChapterPath, parseParagraphId } from '../../edition/addresses.ts';
import { CLASS, cls } from '../../edition/markup.ts';

export interface Place {
  chapter: number;
  /** The id the link and the FragmentSelector name: the paragraph's, else the section heading's. */
  fragment: string | null;
  paragraph: number | null;
  /** The section's title; null in a chapter's untitled opening. */
  section: string | null;
}

/** The section heading's own words (its first text, without the permalink). */
const headingText = (h: Element | null | undefined) => (h ? (h.firstChild?.textContent ?? '').trim() : null);

export function placeOf(node: Node, chapterPathname: string, base: string): Place {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const withId = el?.closest('[id]');
  const para = withId && parseParagraphId(withId.id) ? withId : null;
  const part = el?.closest(cls(CLASS.section));
  const heading = part?.querySelector('h2[id]');
  return {
    chapter: parseChapterPath(chapterPathname, base) ?? 0,
    fragment: para?.id ?? heading?.id ?? null,
    paragraph: para ? (parseParagraphId(para.id)?.n ?? null) : null,
    section: headingText(heading),
  };
}

/** The chapter page's address for citing and for annotations: its canonical URL, else this address without query or fragment. */
export function canonicalOf(doc: Document, fallback: string): string {
  return doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? fallback;
}
