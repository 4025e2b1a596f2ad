/**
 * The records Pagefind indexes, each a passage a result can land on: every
 * paragraph of a chapter (by its id), and per section one record of what is
 * not in a paragraph (headings, epigraphs, captions, the telegram); the title
 * page. Small records keep Pagefind's fragments small: a first search fetches
 * only the passages it shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

export interface SearchRecord {
  url: string;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A standalone HTML document for one record; metadata sits outside the indexed body. */
function recordHtml(lang: string, title: string, meta: Record<string, string>, body: Element[], kind: 'text' | 'index' = 'text'): string {
  const metas =
    Object.entries(meta)
      .map(([k, v]) => `<span data-pagefind-meta="${k}:${escape(v)}"></span>`)
      .join('') + `<span data-pagefind-filter="kind:${kind}"></span>`;
  return `<!doctype html><html lang="${lang}"><head><title>${escape(title)}</title></head><body>${metas}<div data-pagefind-body>${toHtml(body)}</div></body></html>`;
}

/** Headings keep their text but lose their ids: the record itself is the section. */
function withoutHeadingIds(nodes: Element[]): Element[] {
  const copy = structuredClone(nodes);
  for (const n of copy) for (const h of selectAll('h1, h2, h3', n) as Element[]) delete h.properties.id;
  return copy;
}

const isParagraph = (e: Element) => (e.tagName === 'p' || e.tagName === 'blockquote') && typeof e.properties.id === 'string';

export function chapterRecords(html: string, path: string, base: string): SearchRecord[] {
  const tree: Root = fromHtml(html);
  const article = select('article.chapter', tree) as Element | undefined;
  if (!article) throw new Error(`${path}: no article.chapter`);
  const label = String(article.properties.dataPagefindMeta ?? '').replace(/^chapter:/, '');
  const header = select('.chapter-header', article) as Element;
  const parts = (article.children as Element[]).filter((c) => c.type === 'element' && String(c.properties.className ?? '').includes('section'));
  return parts.flatMap((part, order) => {
    const heading = select('h2', part) as Element | undefined;
    const section = heading ? toText(heading).replace(/\s*#$/, '').trim() : null;
    const meta: Record<string, string> = { chapter: label, ...(section ? { section } : {}) };
    const title = section ? `${label}: ${section}` : label;
    const children = part.children.filter((c): c is Element => c.type === 'element');
    const paragraphs = children.filter(isParagraph).map((p) => ({
      url: `${base}${path}#${p.properties.id}`,
      html: recordHtml('en', title, meta, [p]),
    }));
    const rest = withoutHeadingIds([...(order === 0 ? [header] : []), ...children.filter((c) => !isParagraph(c))]);
    const restRecord = { url: `${base}${path}${heading ? `#${heading.properties.id}` : ''}`, html: recordHtml('en', title, meta, rest) };
    return [restRecord, ...paragraphs];
  });
}

export function titlePageRecord(html: string, base: string): SearchRecord {
  const tree: Root = fromHtml(html);
  const body = selectAll('[data-pagefind-body]', tree) as Element[];
  return { url: base, html: recordHtml('en', 'Title page', { chapter: 'Title page' }, body.map((b) => ({ ...b, properties: { ...b.properties, dataPagefindBody: undefined } }))) };
}

/**
 * The index of names, an entry per record (its heading and other spellings, not
 * its list of places), so that a search for a name, in any spelling, also
 * offers the name's entry.
 */
export function nameIndexRecords(html: string, base: string): SearchRecord[] {
  const tree: Root = fromHtml(html);
  return (selectAll('li[id^="name-"]', tree) as Element[]).map((li) => {
    const heading = toText(select('.index-heading', li) as Element);
    const parts = selectAll('.index-heading, .variants', li) as Element[];
    return { url: `${base}names/#${li.properties.id}`, html: recordHtml('en', heading, { chapter: 'Index of names', section: heading }, structuredClone(parts), 'index') };
  });
}

export function readingRecords(dist: string, chapterPaths: string[], base = '/'): SearchRecord[] {
  const read = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
  return [titlePageRecord(read(''), base), ...chapterPaths.flatMap((p) => chapterRecords(read(p), p, base)), ...nameIndexRecords(read('names/'), base)];
}
