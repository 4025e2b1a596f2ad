/**
 * The records Pagefind indexes. A chapter's records are runs of its whole
 * paragraphs, never across a section's end and of about RECORD_WORDS words,
 * with the section's heading, epigraphs and captions where they stand; an
 * empty marker carrying each paragraph's id goes before it, so that Pagefind
 * keeps the paragraph's word position (an anchor) and a result still lands on
 * its paragraph (src/browser/search/passages.ts). Then the title page, and an
 * entry of the index of names per record.
 *
 * Records carry no metadata: Pagefind indexes every metadata value as words of
 * its record (a section title in the metadata made every paragraph of the
 * section match its words), and per-record metadata is paid on every first
 * search. What a result is called (chapter, section, paragraph) comes from the
 * edition's data and the record's address (search-labels.ts). Only the index
 * of names carries a filter (kind:index), so the filter's size does not grow
 * with the text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { chapterPath, nameEntryPath, withBase } from '../edition/addresses.ts';
import type { NameEntry, SectionFrontmatter, TitlePage } from '../edition/formats/index.ts';
import { CLASS } from '../edition/markup.ts';
import type { ChapterOutline } from '../edition/outline.ts';
import { sectionParagraphIds } from '../edition/outline.ts';
import { otherForms } from '../lib/name-index.ts';

export interface SearchRecord {
  url: string;
  html: string;
  /** About how many words of text it holds (chapter records). */
  words?: number;
}

/**
 * About how many words a chapter record holds (a paragraph is never split).
 * Fewer, longer records make Pagefind's per-record metadata, which every first
 * search downloads, smaller; shorter ones make the fragments a result needs
 * smaller. Measured: README, Search.
 */
export const RECORD_WORDS = 700;

/** The filter that sets the index of names apart; text records carry none. */
export const INDEX_FILTER = { kind: 'index' } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A standalone HTML document for one record. An explicit empty title keeps
 * Pagefind from taking the first heading as a title (and indexing it twice).
 */
export function recordHtml(lang: string, body: string, { title = '', filter }: { title?: string; filter?: Record<string, string> } = {}): string {
  const filters = Object.entries(filter ?? {})
    .map(([k, v]) => ` data-pagefind-filter="${k}:${escape(v)}"`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head></head><body><div data-pagefind-body data-pagefind-meta="title:${escape(title)}"${filters}>${body}</div></body></html>`;
}

/** The element without any id (only the markers' ids become Pagefind anchors). */
function withoutIds<T extends ElementContent>(node: T): T {
  const copy = structuredClone(node);
  const strip = (n: ElementContent) => {
    if (n.type !== 'element') return;
    delete n.properties.id;
    n.children.forEach(strip);
  };
  strip(copy);
  return copy;
}

const marker = (id: string): Element => ({ type: 'element', tagName: 'span', properties: { id }, children: [] });

const wordCount = (node: ElementContent) => textOf(node).split(/\s+/).filter(Boolean).length;

const hasClass = (e: Element, name: string) => ([] as unknown[]).concat(e.properties.className ?? []).includes(name);

interface Run {
  /** Where a hit before the run's first paragraph lands: the section, or the chapter for its opening. */
  url: string;
  nodes: ElementContent[];
  words: number;
  paragraphs: number;
}

/** The records of one chapter page: its sections (from data) matched to the page's section parts, in order. */
export function chapterRecords(html: string, chapter: ChapterOutline<{ data: SectionFrontmatter }>, base: string, budget = RECORD_WORDS): SearchRecord[] {
  const path = chapterPath(chapter.number, base);
  const tree: Root = fromHtml(html);
  const article = select(`article.${CLASS.chapter}`, tree) as Element | undefined;
  if (!article) throw new Error(`${path}: no article.${CLASS.chapter}`);
  const header = select(`.${CLASS.chapterHeader}`, article) as Element;
  const parts = (article.children as Element[]).filter((c) => c.type === 'element' && hasClass(c, CLASS.section));
  if (parts.length !== chapter.sections.length) throw new Error(`${path}: ${parts.length} section parts on the page, ${chapter.sections.length} sections in the data`);
  return chapter.sections.flatMap(({ data }, order) => {
    const part = parts[order];
    const ids = new Set(sectionParagraphIds(data));
    const children = part.children.filter((c): c is Element => c.type === 'element');
    const isParagraph = (e: Element) => typeof e.properties.id === 'string' && ids.has(e.properties.id);
    const found = children.filter(isParagraph).length;
    if (found !== ids.size) throw new Error(`${path}: section ${data.sectionId ?? 'opening'} has ${found} of its ${ids.size} paragraphs on the page`);

    const runs: Run[] = [{ url: `${path}${data.sectionId ? `#${data.sectionId}` : ''}`, nodes: [], words: 0, paragraphs: 0 }];
    if (order === 0 && header) {
      runs[0].nodes.push(withoutIds(header));
      runs[0].words += wordCount(header);
    }
    for (const child of children) {
      let run = runs[runs.length - 1];
      const words = wordCount(child);
      if (isParagraph(child)) {
        const id = child.properties.id as string;
        if (run.paragraphs > 0 && run.words + words > budget) {
          run = { url: `${path}#${id}`, nodes: [], words: 0, paragraphs: 0 };
          runs.push(run);
        }
        run.nodes.push(marker(id));
        run.paragraphs += 1;
      }
      run.nodes.push(withoutIds(child));
      run.words += words;
    }
    return runs.filter((r) => r.nodes.length > 0).map((r) => ({ url: r.url, html: recordHtml('en', toHtml(r.nodes)), words: r.words }));
  });
}

/** The title page, from its data. */
export function titlePageRecord(page: TitlePage, base: string): SearchRecord {
  const lines = [page.series, page.seriesEditor, page.title.join(' '), page.author, ...page.imprint].filter((l): l is string => !!l);
  return { url: withBase(base, '/'), html: recordHtml('en', lines.map((l) => `<p>${escape(l)}</p>`).join('')) };
}

/**
 * The index of names, an entry per record (its heading and other spellings, not
 * its list of places), so that a search for a name, in any spelling, also
 * offers the name's entry. The heading is its title (the same words as its body).
 */
export function nameIndexRecords(entries: readonly NameEntry[], base: string): SearchRecord[] {
  return entries.map((e) => {
    const also = otherForms(e);
    const body = [
      `<span>${escape(e.indexAs)}</span>`,
      also.length > 0 ? `<span> in the text also ${escape(also.join(', '))}</span>` : '',
      e.variants.length > 0 ? `<span> elsewhere spelled ${escape(e.variants.join(', '))}</span>` : '',
    ].join('');
    return { url: nameEntryPath(e, base), html: recordHtml('en', body, { title: e.indexAs, filter: INDEX_FILTER }) };
  });
}
