/**
 * The records Pagefind indexes, each a passage a result can land on: every
 * paragraph of a chapter (by its id), and per section one record of what is
 * not in a paragraph (headings, epigraphs, captions, the telegram); the title
 * page; each entry of the index of names. What a record is called and where it
 * is (chapter label, section title, paragraph ids) comes from the edition's
 * data; only the rendered words come from the built page. Small records keep
 * Pagefind's fragments small: a first search fetches only the passages it shows.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { chapterLabel, chapterPath, nameEntryPath, withBase } from '../edition/addresses.ts';
import type { NameEntry, SectionFrontmatter, TitlePage } from '../edition/formats/index.ts';
import { CLASS } from '../edition/markup.ts';
import type { ChapterOutline } from '../edition/outline.ts';
import { sectionParagraphIds } from '../edition/outline.ts';
import { otherForms } from '../lib/name-index.ts';

export interface SearchRecord {
  url: string;
  html: string;
}

/** What a result is filtered by: a passage of the text, or an entry of the index of names. */
export type RecordKind = 'text' | 'index';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A standalone HTML document for one record; metadata sits outside the indexed body. */
export function recordHtml(lang: string, title: string, meta: Record<string, string>, body: string, kind: RecordKind = 'text'): string {
  const metas =
    Object.entries(meta)
      .map(([k, v]) => `<span data-pagefind-meta="${k}:${escape(v)}"></span>`)
      .join('') + `<span data-pagefind-filter="kind:${kind}"></span>`;
  return `<!doctype html><html lang="${lang}"><head><title>${escape(title)}</title></head><body>${metas}<div data-pagefind-body>${body}</div></body></html>`;
}

/** Headings keep their text but lose their ids: the record itself is the section. */
function withoutHeadingIds(nodes: Element[]): Element[] {
  const copy = structuredClone(nodes);
  for (const n of copy) for (const h of selectAll('h1, h2, h3', n) as Element[]) delete h.properties.id;
  return copy;
}

const hasClass = (e: Element, name: string) => ([] as unknown[]).concat(e.properties.className ?? []).includes(name);

/** The records of one chapter page: its sections (from data) matched to the page's section parts, in order. */
export function chapterRecords(html: string, chapter: ChapterOutline<{ data: SectionFrontmatter }>, base: string): SearchRecord[] {
  const path = chapterPath(chapter.number, base);
  const tree: Root = fromHtml(html);
  const article = select(`article.${CLASS.chapter}`, tree) as Element | undefined;
  if (!article) throw new Error(`${path}: no article.${CLASS.chapter}`);
  const header = select(`.${CLASS.chapterHeader}`, article) as Element;
  const parts = (article.children as Element[]).filter((c) => c.type === 'element' && hasClass(c, CLASS.section));
  if (parts.length !== chapter.sections.length) throw new Error(`${path}: ${parts.length} section parts on the page, ${chapter.sections.length} sections in the data`);
  const label = chapterLabel(chapter.number);
  return chapter.sections.flatMap(({ data }, order) => {
    const part = parts[order];
    const meta: Record<string, string> = { chapter: label, ...(data.section ? { section: data.section } : {}) };
    const title = data.section ? `${label}: ${data.section}` : label;
    const ids = new Set(sectionParagraphIds(data));
    const children = part.children.filter((c): c is Element => c.type === 'element');
    const isParagraph = (e: Element) => typeof e.properties.id === 'string' && ids.has(e.properties.id);
    const paragraphs = children.filter(isParagraph);
    if (paragraphs.length !== ids.size) throw new Error(`${path}: section ${data.sectionId ?? 'opening'} has ${paragraphs.length} of its ${ids.size} paragraphs on the page`);
    const rest = withoutHeadingIds([...(order === 0 ? [header] : []), ...children.filter((c) => !isParagraph(c))]);
    return [
      { url: `${path}${data.sectionId ? `#${data.sectionId}` : ''}`, html: recordHtml('en', title, meta, toHtml(rest)) },
      ...paragraphs.map((p) => ({ url: `${path}#${p.properties.id}`, html: recordHtml('en', title, meta, toHtml(p)) })),
    ];
  });
}

/** The title page, from its data. */
export function titlePageRecord(page: TitlePage, base: string): SearchRecord {
  const lines = [page.series, page.seriesEditor, page.title.join(' '), page.author, ...page.imprint].filter((l): l is string => !!l);
  return { url: withBase(base, '/'), html: recordHtml('en', 'Title page', { chapter: 'Title page' }, lines.map((l) => `<p>${escape(l)}</p>`).join('')) };
}

/**
 * The index of names, an entry per record (its heading and other spellings, not
 * its list of places), so that a search for a name, in any spelling, also
 * offers the name's entry.
 */
export function nameIndexRecords(entries: readonly NameEntry[], base: string): SearchRecord[] {
  return entries.map((e) => {
    const also = otherForms(e);
    const body = [
      `<span>${escape(e.indexAs)}</span>`,
      also.length > 0 ? `<span> in the text also ${escape(also.join(', '))}</span>` : '',
      e.variants.length > 0 ? `<span> elsewhere spelled ${escape(e.variants.join(', '))}</span>` : '',
    ].join('');
    return { url: nameEntryPath(e, base), html: recordHtml('en', e.indexAs, { chapter: 'Index of names', section: e.indexAs }, body, 'index') };
  });
}
