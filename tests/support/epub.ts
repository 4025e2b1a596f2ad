/**
 * The built EPUB, opened as a reading system would: unzipped by a reader that
 * is not the edition's own writer (fflate), every XML file parsed as XML
 * (which fails on anything not well-formed), and a few ways to look inside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';
import { epubPath } from '../../src/edition/addresses.ts';
import { book } from '../../src/lib/edition-data.ts';

/** dist/<title>.epub, or in DIST_DIR. */
export const epubFile = (dist = process.env.DIST_DIR ?? 'dist') => join(dist, epubPath(book.title).slice(1));

export interface OpenedEpub {
  raw: Uint8Array;
  files: Record<string, Uint8Array>;
  text(path: string): string;
  xml(path: string): Root;
}

export function openEpub(file = epubFile()): OpenedEpub {
  const raw = new Uint8Array(readFileSync(file));
  const files = unzipSync(raw);
  const text = (path: string) => {
    const data = files[path];
    if (!data) throw new Error(`${file}: no ${path} in the archive`);
    return new TextDecoder().decode(data);
  };
  return { raw, files, text, xml: (path) => fromXml(text(path)) };
}

/** Every element of a tree (depth first, document order) that `test` accepts. */
export function elements(node: Root | Element, test: (e: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type === 'element') {
        if (test(c)) out.push(c);
        walk(c);
      }
    }
  };
  walk(node);
  return out;
}

/** An element's text, with the parts `skip` accepts left out. */
export function textOf(node: Root | Element, skip: (e: Element) => boolean = () => false): string {
  return node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !skip(c) ? textOf(c, skip) : ''))
    .join('');
}

export const hasClass = (e: Element, name: string) => String(e.attributes.class ?? '').split(/\s+/).includes(name);
export const epubType = (e: Element) => String(e.attributes['epub:type'] ?? '').split(/\s+/);
