/**
 * The cover and the title page, both made of the title page's own words
 * (content/edition/title-page.json): the excerpt has no cover image and the
 * edition invents none. The cover sets the title large, for a reading
 * system's first screen; the title page lays it out as printed.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TitlePage } from '../../edition/formats/title-page.ts';
import { xhtml } from './xhtml.ts';

const lines = (text: readonly string[]): ElementContent[] => text.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])).map((n) => (typeof n === 'string' ? { type: 'text', value: n } : n));

export function coverDocument(page: TitlePage): string {
  const title = page.title.join(' ');
  return xhtml({
    title: 'Cover',
    lang: 'en',
    bodyType: 'cover',
    body: [
      h('section', { className: ['cover'], ariaLabel: `Cover: ${title}${page.author ? `, ${page.author}` : ''}` }, [
        h('p', { className: ['cover-title'] }, lines(page.title)),
        ...(page.author ? [h('p', { className: ['cover-author'] }, page.author)] : []),
        ...(page.series ? [h('p', { className: ['cover-series'] }, page.series)] : []),
      ]),
    ],
  });
}

export function titlePageDocument(page: TitlePage): string {
  return xhtml({
    title: 'Title page',
    lang: 'en',
    bodyType: 'frontmatter',
    body: [
      h('section', { className: ['title-page'], 'epub:type': 'titlepage' }, [
        ...(page.series ? [h('p', { className: ['series'] }, page.series)] : []),
        ...(page.seriesEditor ? [h('p', { className: ['series-editor'] }, page.seriesEditor)] : []),
        h('h1', { className: ['title'] }, lines(page.title)),
        ...(page.author ? [h('p', { className: ['author'] }, page.author)] : []),
        h('p', { className: ['imprint'] }, lines(page.imprint)),
      ]),
    ],
  });
}
