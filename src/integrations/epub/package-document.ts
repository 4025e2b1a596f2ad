/**
 * The package document (EPUB 3.3 §5): the book's metadata, its accessibility
 * metadata as EPUB Accessibility 1.1 asks (schema.org access modes, features,
 * hazards and a summary; the conformance claim), every file, the reading
 * order; and the OCF container file that points to it. Written as XML trees
 * (xastscript), so the output is well-formed whatever the data holds.
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Book } from '../../edition/formats/book.ts';
import { CONTENT_DIR, FILE } from './paths.ts';

export interface ManifestItem {
  /** The file's path inside CONTENT_DIR. */
  href: string;
  mediaType: string;
  /** nav, cover-image, … */
  properties?: string;
  /** In the reading order (the spine), and whether it is read in sequence there. */
  spine?: 'linear' | 'nonlinear';
}

export interface PackageFacts {
  book: Book;
  identifier: string;
  /** dcterms:modified: CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
  description: string;
  languages: readonly string[];
  accessibilitySummary: string;
  /** schema:accessibilityFeature values. */
  features: readonly string[];
  items: readonly ManifestItem[];
}

/** A manifest id from a file name: "chapter-3.xhtml" → "chapter-3-xhtml" (ids cannot start with a digit, none here does). */
const itemId = (href: string) => href.replace(/[^A-Za-z0-9_-]/g, '-');

// EPUB Accessibility 1.1 §5.1: the claim names the specification and the WCAG version and level met.
export const CONFORMANCE = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';

export function packageDocument(f: PackageFacts): string {
  const meta = (property: string, value: string, extra: Record<string, string> = {}) => x('meta', { property, ...extra }, value);
  const tree = x(
    'package',
    { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'uid', 'xml:lang': 'en' },
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
      x('dc:identifier', { id: 'uid' }, f.identifier),
      x('dc:title', { id: 'title' }, f.book.title),
      meta('title-type', 'main', { refines: '#title' }),
      x('dc:creator', { id: 'author' }, f.book.author),
      meta('role', 'aut', { refines: '#author', scheme: 'marc:relators' }),
      x('dc:publisher', f.book.publisher),
      x('dc:date', String(f.book.year)),
      ...f.languages.map((lang) => x('dc:language', lang)),
      x('dc:description', f.description),
      meta('belongs-to-collection', f.book.series, { id: 'series' }),
      meta('collection-type', 'series', { refines: '#series' }),
      meta('dcterms:modified', f.modified),
      meta('schema:accessMode', 'textual'),
      meta('schema:accessModeSufficient', 'textual'),
      ...f.features.map((feature) => meta('schema:accessibilityFeature', feature)),
      meta('schema:accessibilityHazard', 'none'),
      meta('schema:accessibilitySummary', f.accessibilitySummary),
      meta('dcterms:conformsTo', CONFORMANCE),
    ]),
    x(
      'manifest',
      f.items.map((item) => x('item', { id: itemId(item.href), href: item.href, 'media-type': item.mediaType, ...(item.properties ? { properties: item.properties } : {}) })),
    ),
    x(
      'spine',
      f.items.filter((item) => item.spine).map((item) => x('itemref', { idref: itemId(item.href), ...(item.spine === 'nonlinear' ? { linear: 'no' } : {}) })),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(tree, { closeEmptyElements: true })}\n`;
}

/** META-INF/container.xml (EPUB 3.3 §4.2.6.3.1): where the package document is. */
export function containerXml(): string {
  const tree = x(
    'container',
    { xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container', version: '1.0' },
    x('rootfiles', [x('rootfile', { 'full-path': `${CONTENT_DIR}/${FILE.package}`, 'media-type': 'application/oebps-package+xml' })]),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(tree, { closeEmptyElements: true })}\n`;
}
