/**
 * XHTML content documents (EPUB 3.3 §6.1): hast serialised as XML through
 * xast, so the output is well-formed by construction (every element closed,
 * every attribute quoted, text escaped), in the XHTML namespace with the
 * epub: prefix declared for epub:type.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import { FILE } from './paths.ts';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const OPS_NS = 'http://www.idpf.org/2007/ops';

/** lang and xml:lang together (XHTML: both, and equal), as reading systems read one or the other. */
export const langAttributes = (lang: string) => ({ lang, 'xml:lang': lang });

export interface XhtmlDocument {
  title: string;
  /** The document's language; the title is English whatever the document's language. */
  lang: string;
  body: ElementContent[];
  /** epub:type of <body> (cover, bodymatter…). */
  bodyType?: string;
}

export function xhtml({ title, lang, body, bodyType }: XhtmlDocument): string {
  const tree = h('html', { xmlns: XHTML_NS, 'xmlns:epub': OPS_NS, ...langAttributes(lang) }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', lang === 'en' ? {} : langAttributes('en'), title),
      h('link', { rel: 'stylesheet', type: 'text/css', href: FILE.css }),
    ]),
    h('body', bodyType ? { 'epub:type': bodyType } : {}, body),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXml(toXast(tree), { closeEmptyElements: true })}\n`;
}
