/**
 * The records Pagefind indexes: one per section of a chapter page (its opening
 * with the chapter heading, then each titled section), and the title page. A
 * record per section keeps Pagefind's fragments small: a first search fetches
 * only the sections it found, not a whole chapter.
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
function recordHtml(lang: string, title: string, meta: Record<string, string>, body: Element[]): string {
  const metas = Object.entries(meta)
    .map(([k, v]) => `<span data-pagefind-meta="${k}:${escape(v)}"></span>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><title>${escape(title)}</title></head><body>${metas}<div data-pagefind-body>${toHtml(body)}</div></body></html>`;
}

/** Headings keep their text but lose their ids: the record itself is the section. */
function withoutHeadingIds(nodes: Element[]): Element[] {
  const copy = structuredClone(nodes);
  for (const n of copy) for (const h of selectAll('h1, h2, h3', n) as Element[]) delete h.properties.id;
  return copy;
}

export function chapterRecords(html: string, path: string, base: string): SearchRecord[] {
  const tree: Root = fromHtml(html);
  const article = select('article.chapter', tree) as Element | undefined;
  if (!article) throw new Error(`${path}: no article.chapter`);
  const label = String(article.properties.dataPagefindMeta ?? '').replace(/^chapter:/, '');
  const header = select('.chapter-header', article) as Element;
  const parts = (article.children as Element[]).filter((c) => c.type === 'element' && String(c.properties.className ?? '').includes('section'));
  return parts.map((part, order) => {
    const heading = select('h2', part) as Element | undefined;
    const section = heading ? toText(heading).replace(/\s*#$/, '').trim() : null;
    const url = `${base}${path}${heading ? `#${heading.properties.id}` : ''}`;
    const body = withoutHeadingIds(order === 0 ? [header, part] : [part]);
    const meta: Record<string, string> = { chapter: label };
    if (section) meta.section = section;
    return { url, html: recordHtml('en', section ? `${label}: ${section}` : label, meta, body) };
  });
}

export function titlePageRecord(html: string, base: string): SearchRecord {
  const tree: Root = fromHtml(html);
  const body = selectAll('[data-pagefind-body]', tree) as Element[];
  return { url: base, html: recordHtml('en', 'Title page', { chapter: 'Title page' }, body.map((b) => ({ ...b, properties: { ...b.properties, dataPagefindBody: undefined } }))) };
}

export function readingRecords(dist: string, chapterPaths: string[], base = '/'): SearchRecord[] {
  const read = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
  return [titlePageRecord(read(''), base), ...chapterPaths.flatMap((p) => chapterRecords(read(p), p, base))];
}
